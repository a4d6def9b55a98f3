#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz (clang, ASan + UBSan, -DSW_FUZZ=ON) in BUILD_DIR and
# runs each for SECONDS from its committed corpus (tests/fuzz/corpus/<name>). New inputs go to a
# scratch corpus (or, with --merge, are merged into the committed one: review before committing).
# Exits non-zero when a target crashes, hangs, leaks or breaks an invariant; the reproducer is
# left in BUILD_DIR/fuzz-artifacts/ and printed. See docs/fuzzing.md.
#
# usage: scripts/fuzz.sh [--seconds N] [--merge] [BUILD_DIR]   (defaults: 15 s each, build-fuzz)
#        --seconds 0 only configures and builds.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
seconds=15
merge=0
build=$repo/build-fuzz
while [[ $# -gt 0 ]]; do
  case $1 in
    --seconds) seconds=${2:?--seconds needs a number}; shift 2 ;;
    --seconds=*) seconds=${1#*=}; shift ;;
    --merge) merge=1; shift ;;
    -*) echo "usage: $0 [--seconds N] [--merge] [BUILD_DIR]" >&2; exit 2 ;;
    *) build=$1; shift ;;
  esac
done
command -v clang++-14 >/dev/null || { echo "fuzz: clang++-14 is not installed (run scripts/install-deps.sh)" >&2; exit 1; }

# name:corpus — the job loader and the SQL generator both read job files.
targets=(job_loader:job expression:expression sql_generator:job)
if [[ ! -f $build/CMakeCache.txt ]]; then
  mkdir -p "$build"
  # -O1 with line tables: the optimisation libFuzzer's documentation suggests, and quick to compile.
  cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_FLAGS="-O1 -gline-tables-only" \
    -DCMAKE_CXX_COMPILER=clang++-14 \
    -DSW_FUZZ=ON -DSW_BUILD_GUI=OFF >"$build/configure.log" 2>&1 ||
    { cat "$build/configure.log" >&2; exit 1; }
fi
fuzzers=()
for entry in "${targets[@]}"; do fuzzers+=("sw_fuzz_${entry%%:*}"); done
nice -n 15 cmake --build "$build" -j"${SW_BUILD_JOBS:-2}" --target "${fuzzers[@]}"

[[ $seconds == 0 ]] && exit 0

mkdir -p "$build/fuzz-artifacts"
status=0
for entry in "${targets[@]}"; do
  name=${entry%%:*}
  seeds=$repo/tests/fuzz/corpus/${entry#*:}
  scratch=$(mktemp -d -t "sw-fuzz-$name.XXXXXX")
  log=$build/fuzz-artifacts/$name.log
  # -rss_limit_mb and -timeout turn the issue's "bounded memory, within seconds" into failures.
  if "$build/tests/fuzz/sw_fuzz_$name" "$scratch" "$seeds" -max_total_time="$seconds" -timeout=10 \
       -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
       -artifact_prefix="$build/fuzz-artifacts/$name-" >"$log" 2>&1; then
    echo "fuzz: $name: $(grep -E '^#[0-9]+.*DONE' "$log" | tail -1)"
    grep -E 'stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$log" | sed "s/^/fuzz: $name: /"
  else
    status=1
    echo "fuzz: $name FAILED; log $log:" >&2
    grep -E 'ERROR|invariant broken|Test unit written|SUMMARY' "$log" >&2 || tail -30 "$log" >&2
  fi
  if [[ $merge == 1 ]]; then
    "$build/tests/fuzz/sw_fuzz_$name" -merge=1 "$seeds" "$scratch" >>"$log" 2>&1
  fi
  rm -rf "$scratch"
done
exit "$status"
