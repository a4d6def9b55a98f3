#!/usr/bin/env bash
# What Data Preview costs a running job: the same streamwright-cli runs a datagen -> filter ->
# project -> blackhole job (the rows of sw_bench_runtime_pipeline, unpaced) for SECONDS, rounds
# alternating a plain `run` (no sampling) with `run --events` (every node's output sampled,
# previewRows 20, plus the metrics and preview events, written to /dev/null). Prints the records
# read per second of each run and the median of each way.
# usage: [SW_BENCH_CPUS=LIST] bench/preview_overhead.sh BUILD_DIR [SECONDS [ROUNDS]]
set -euo pipefail
build=${1:?usage: $0 BUILD_DIR [SECONDS [ROUNDS]]}
seconds=${2:-10}
rounds=${3:-3}
cli=$build/app/streamwright-cli
# SW_BENCH_CPUS=0: both runtime threads on one core (taskset), which takes the scheduling of two
# threads on a shared VM out of the numbers.
run_cli() {
  if [[ -n ${SW_BENCH_CPUS:-} ]]; then taskset -c "$SW_BENCH_CPUS" "$cli" "$@"; else "$cli" "$@"; fi
}
state=$(mktemp -d)
trap 'rm -rf "$state"' EXIT
job=$state/job.json
cat >"$job" <<'JSON'
{"format": "streamwright-job", "version": 1, "name": "preview overhead",
 "settings": {"miniBatch": {"enabled": false}},
 "nodes": [
  {"id": "gen", "kind": "datagen-source", "name": "orders",
   "options": {"fields.order_id.kind": "sequence", "fields.order_id.start": "1",
               "fields.order_id.end": "1000000000000", "fields.amount.min": "1", "fields.amount.max": "500",
               "fields.city.length": "8", "fields.price.min": "1", "fields.price.max": "999",
               "rows-per-second": "1000000000000"},
   "schema": {"columns": [{"name": "order_id", "type": "BIGINT"}, {"name": "amount", "type": "INT"},
                          {"name": "city", "type": "STRING"}, {"name": "price", "type": "DECIMAL(10, 2)"}]}},
  {"id": "big", "kind": "filter", "name": "big", "options": {"condition": "amount > 100"}},
  {"id": "enriched", "kind": "project", "name": "enriched",
   "outputs": [{"name": "order_id", "expression": "order_id"}, {"name": "city", "expression": "UPPER(city)"},
               {"name": "amount", "expression": "amount"}, {"name": "total", "expression": "price * amount"}]},
  {"id": "out", "kind": "blackhole-sink", "name": "out"}],
 "edges": [{"from": "gen", "fromPort": "out", "to": "big", "toPort": "in"},
           {"from": "big", "fromPort": "out", "to": "enriched", "toPort": "in"},
           {"from": "enriched", "fromPort": "out", "to": "out", "toPort": "in"}]}
JSON

# Records read per second from the final --metrics-out line (source records over elapsed seconds).
rate() {
  tail -1 "$state/metrics.jsonl" |
    sed -n 's/.*"elapsedSeconds":\([0-9.e+-]*\),"sourceRecords":\([0-9]*\),.*/\2 \1/p' |
    awk '{ printf "%d\n", $1 / $2 }'
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
# --events stops when its stdin ends: a FIFO this script holds open for writing never ends.
mkfifo "$state/stdin"
exec 3<>"$state/stdin"

plain=() sampled=() ratios=()
for round in $(seq "$rounds"); do
  run_cli run "$job" --duration "$seconds" --metrics-out "$state/metrics.jsonl" >/dev/null 2>&1
  p=$(rate)
  run_cli run "$job" --events --duration "$seconds" --metrics-out "$state/metrics.jsonl" <"$state/stdin" >/dev/null 2>&1
  s=$(rate)
  r=$(awk -v p="$p" -v s="$s" 'BEGIN { printf "%.1f\n", (s - p) * 100 / p }')
  echo "round $round: run $p records/s, run --events (previews) $s records/s ($r %)"
  plain+=("$p") sampled+=("$s") ratios+=("$r")
done
mp=$(printf '%s\n' "${plain[@]}" | median)
ms=$(printf '%s\n' "${sampled[@]}" | median)
mr=$(printf '%s\n' "${ratios[@]}" | median)
awk -v p="$mp" -v s="$ms" -v n="$rounds" -v r="$mr" 'BEGIN {
  printf "median of %d: run %d, run --events %d records/s (%+.1f %%); median of the rounds: %+.1f %%\n",
         n, p, s, (s - p) * 100 / p, r }'
