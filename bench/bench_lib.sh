# Shared by the bench/*.sh scripts (sourced): medians and the rate of a --metrics-out file.

# The median of the numbers on standard input, one per line.
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# Records read per second from the last line of the --metrics-out file $1 (source records over
# elapsed seconds).
metrics_rate() {
  tail -1 "$1" |
    sed -n 's/.*"elapsedSeconds":\([0-9.e+-]*\),"sourceRecords":\([0-9]*\),.*/\2 \1/p' |
    awk '{ printf "%d\n", $1 / $2 }'
}
