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
job=$(cd "$(dirname "$0")" && pwd)/jobs/unpaced-pipeline.json

# shellcheck source=bench/bench_lib.sh
source "$(dirname "$0")/bench_lib.sh"
rate() { metrics_rate "$state/metrics.jsonl"; }
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
