#!/usr/bin/env bash
# Builds and runs the core and runtime unit tests under sanitizers, each build in a dir of its own:
#   FUZZ_BUILD        AddressSanitizer + UndefinedBehaviorSanitizer (leaks included): the tests of
#                     model, kinds, analysis, expr, validate, sql and runtime, the golden examples
#                     and the fuzz corpus replay, in the clang build of scripts/fuzz.sh (its
#                     libraries already carry exactly this instrumentation, plus coverage counters
#                     that only libFuzzer reads), so the two share one compile of the core
#   BUILD_ROOT/tsan   ThreadSanitizer (gcc): the runtime tests (threads, queues, checkpoints)
# librdkafka, libmariadb and Connector/C++ are Debian's uninstrumented builds: the suppressions in
# scripts/sanitizers/ name them, and nothing of ours. Prints one line per test binary and a total;
# exits non-zero on any sanitizer report or failing test. Results: docs/sanitizers.md.
#
# usage: scripts/sanitize.sh [asan|tsan|all] [BUILD_ROOT]      (defaults: all, <repo>/build-sanitize)
# env:   SW_BUILD_JOBS  parallel compile jobs (default 2); the builds run under nice.
#        SW_FUZZ_BUILD  the clang ASan+UBSan build (default <repo>/build-fuzz; configured here if new)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
which=${1:-all}
root=$(mkdir -p "${2:-$repo/build-sanitize}" && cd "${2:-$repo/build-sanitize}" && pwd)
suppressions=$repo/scripts/sanitizers
jobs=${SW_BUILD_JOBS:-2}

core_tests=(sw_test_model sw_test_kinds sw_test_analysis sw_test_expr sw_test_validate sw_test_sql
            sw_test_golden sw_test_fuzz_replay sw_test_runtime)
runtime_tests=(sw_test_runtime)

# configure DIR FLAGS: a test build without the GUI, compiled with FLAGS; the last flag (the
# -fsanitize=) is also the link flag.
configure() {
  local dir=$1 flags=$2
  [[ -f $dir/CMakeCache.txt ]] && return 0
  mkdir -p "$dir"
  # -O1 -g1: stack traces with lines, at about half the compile time of RelWithDebInfo.
  cmake -S "$repo" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=None -DSW_BUILD_GUI=OFF \
    -DCMAKE_CXX_FLAGS="$flags -fno-omit-frame-pointer" -DCMAKE_EXE_LINKER_FLAGS="${flags##* }" \
    >"$dir/configure.log" 2>&1 || { cat "$dir/configure.log" >&2; exit 1; }
}

failures=0
# build_and_run DIR TEST...: builds and runs each gtest binary of DIR in turn (results come while
# the next one compiles), one summary line each.
build_and_run() {
  local dir=$1
  shift
  for test in "$@"; do
    nice -n 15 cmake --build "$dir" -j"$jobs" --target "$test"
    local binary log
    binary=$(find "$dir/tests" -name "$test" -type f -perm -u+x | head -1)
    log=$dir/$test.log
    if (cd "$dir" && "$binary" --gtest_brief=1 >"$log" 2>&1); then
      echo "sanitize: $(basename "$dir") $test: $(grep -E '^\[  PASSED  \]' "$log" | tail -1)"
    else
      failures=$((failures + 1))
      echo "sanitize: $(basename "$dir") $test FAILED (log $log):" >&2
      grep -E 'ERROR: (Address|Leak|Thread|Undefined)Sanitizer|runtime error:|WARNING: ThreadSanitizer|^\[  FAILED  \]|SUMMARY' "$log" |
        head -20 >&2 || tail -20 "$log" >&2
    fi
  done
}

if [[ $which == all || $which == asan ]]; then
  asan=${SW_FUZZ_BUILD:-$repo/build-fuzz}
  # scripts/fuzz.sh --seconds 0 configures the build as the fuzzers need it and builds them.
  SW_BUILD_JOBS=$jobs bash "$repo/scripts/fuzz.sh" --seconds 0 "$asan" >/dev/null
  export ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1
  export LSAN_OPTIONS=suppressions=$suppressions/lsan.supp:print_suppressions=0
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  build_and_run "$asan" "${core_tests[@]}"
fi
if [[ $which == all || $which == tsan ]]; then
  configure "$root/tsan" "-O1 -g1 -fsanitize=thread"
  export TSAN_OPTIONS=suppressions=$suppressions/tsan.supp:second_deadlock_stack=1:print_suppressions=0
  build_and_run "$root/tsan" "${runtime_tests[@]}"
fi
echo "sanitize: $failures failing test binar$([[ $failures == 1 ]] && echo y || echo ies)"
[[ $failures == 0 ]]
