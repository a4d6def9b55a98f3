#!/usr/bin/env bash
# Runs Flink's own expectations for 879 scalar expressions (../shared/flink-oracle, next to the
# checkout) through streamwright-cli and fails when fewer match than tests/flink-oracle-floor
# records, so the level reached only goes up. Raise the floor when a change matches more.
#   usage: scripts/check-flink-oracle.sh CLI
set -euo pipefail
cli=$1
repo=$(cd "$(dirname "$0")/.." && pwd)
oracle=$repo/../shared/flink-oracle
floor=$(tr -d '[:space:]' < "$repo/tests/flink-oracle-floor")

if [[ ! -f $oracle/run_oracle.py ]]; then
  # CI has ../shared; elsewhere the check cannot run, and says so instead of passing.
  if [[ -n ${CI:-} ]]; then
    echo "check-flink-oracle: $oracle is missing, but CI is set" >&2
    exit 1
  fi
  echo "check-flink-oracle: SKIPPED, $oracle is missing"
  exit 77
fi

report=$(python3 "$oracle/run_oracle.py" "$cli" "$oracle/cases.tsv" --jobs "${SW_ORACLE_JOBS:-2}")
echo "$report"
matched=$(sed -n 's/^matched \([0-9]*\) of .*/\1/p' <<< "$report")
if [[ -z $matched ]]; then
  echo "check-flink-oracle: the runner printed no 'matched M of N' line" >&2
  exit 1
fi
if (( matched < floor )); then
  echo "check-flink-oracle: $matched cases match, fewer than the floor of $floor (tests/flink-oracle-floor)" >&2
  exit 1
fi
echo "check-flink-oracle: $matched cases match (floor $floor)"
