#!/usr/bin/env bash
# THE test command: installs dependencies, sets up the Flink SQL grammar checker, builds
# everything, starts MariaDB and the Kafka mock on loopback, runs all tests, stops the services,
# then runs each libFuzzer target briefly (scripts/fuzz.sh, clang build in BUILD_DIR-fuzz).
#   usage: scripts/test.sh [BUILD_DIR]       (default: build)
#   env:   SW_TEST_TIMEOUT  seconds per test (default 300); SW_TEST_JOBS  ctest -j (default 2)
#          SW_FUZZ_SECONDS  seconds per fuzz target (default 15)
# Exits with ctest's status. It runs with CI=true (unless CI is already set), so a test that would
# skip fails instead (tests/support/ci_environment.h).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
build=$(mkdir -p "${1:-$repo/build}" && cd "${1:-$repo/build}" && pwd)
cd "$repo"
# This script installs and starts everything the tests need, so a skip here is a bug, as in CI.
export CI="${CI:-true}"

bash scripts/install-deps.sh
bash scripts/setup-sql-grammar.sh
bash scripts/build.sh "$build"

work=$(mktemp -d -t streamwright-test.XXXXXX)
state=$work/services
# shellcheck disable=SC2317  # invoked by the EXIT trap
cleanup() {
  bash "$repo/scripts/stop-services.sh" "$state" || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

SW_BUILD_DIR=$build bash scripts/start-services.sh "$state"
# shellcheck source=/dev/null
source "$state/env"
# Widget tests run without a display.
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

status=0
# No tests found (a broken configure) is a failure, not an empty success.
ctest --test-dir "$build" --output-on-failure --no-tests=error -j"${SW_TEST_JOBS:-2}" \
  --timeout "${SW_TEST_TIMEOUT:-300}" || status=$?
# A bounded run: it finds what a change broke in the parsers; longer runs are in docs/fuzzing.md.
bash scripts/fuzz.sh --seconds "${SW_FUZZ_SECONDS:-15}" "$build-fuzz" || status=1
exit "$status"
