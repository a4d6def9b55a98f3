#!/usr/bin/env bash
# A run from the designer against the same run from the CLI: rounds alternate
# `streamwright-cli run JOB --preview` (what Run Preview runs, without the designer) with
# sw_bench_gui_run (the designer starting Run Preview on the same job and CLI), each for
# SECONDS, on bench/jobs/unpaced-pipeline.json (datagen -> filter -> project -> blackhole as
# fast as it goes). Prints each round's records/s, the designer's event-loop gaps, and medians.
# Each round ends with the baseline: an idle designer (no run of its own) beside the same CLI run,
# so the gaps the machine's scheduler causes are told apart from the designer's own work.
# usage: bench/gui_run_bench.sh BUILD_DIR [SECONDS [ROUNDS]]   (QT_QPA_PLATFORM defaults to offscreen)
set -euo pipefail
build=${1:?usage: $0 BUILD_DIR [SECONDS [ROUNDS]]}
seconds=${2:-10}
rounds=${3:-3}
cli=$build/app/streamwright-cli
gui=$build/bench/sw_bench_gui_run
job=$(cd "$(dirname "$0")" && pwd)/jobs/unpaced-pipeline.json
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
state=$(mktemp -d)
trap 'rm -rf "$state"' EXIT

# shellcheck source=bench/bench_lib.sh
source "$(dirname "$0")/bench_lib.sh"
cli_rates=() gui_rates=() ratios=()
for round in $(seq "$rounds"); do
  "$cli" run "$job" --preview --duration "$seconds" --metrics-out "$state/metrics.jsonl" >/dev/null 2>&1
  c=$(metrics_rate "$state/metrics.jsonl")
  line=$("$gui" "$job" "$seconds" "$cli")
  g=$(awk '{ print $2 }' <<<"$line")
  r=$(awk -v c="$c" -v g="$g" 'BEGIN { printf "%.1f\n", g * 100 / c }')
  echo "round $round: cli $c records/s; designer: $line ($r % of the cli)"
  "$cli" run "$job" --preview --duration "$seconds" >/dev/null 2>&1 &
  idle=$("$gui" "$job" "$seconds" -)
  wait
  echo "         idle designer beside the cli run: ${idle#records/s 0  }"
  cli_rates+=("$c") gui_rates+=("$g") ratios+=("$r")
done
mc=$(printf '%s\n' "${cli_rates[@]}" | median)
mg=$(printf '%s\n' "${gui_rates[@]}" | median)
mr=$(printf '%s\n' "${ratios[@]}" | median)
echo "median of $rounds: cli $mc, designer $mg records/s; median of the rounds' ratios: $mr %"
