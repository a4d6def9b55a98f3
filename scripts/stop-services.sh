#!/usr/bin/env bash
# Stops what scripts/start-services.sh STATE_DIR started, by the PIDs it recorded, and waits
# until the processes are gone. Safe to run twice, or after a partial start.
set -euo pipefail

if [[ $# -ne 1 ]]; then
  echo "usage: $0 STATE_DIR" >&2
  exit 2
fi
state=$1
# shellcheck source=scripts/stop-recorded.sh
source "$(dirname "$0")/stop-recorded.sh"

for kafka in kafka kafka-outage; do
  stop_recorded "$state/$kafka/broker.pid" "sw-kafka-mock-b" 10
done
for mysql in mysql mysql-outage mysql-other-host; do
  stop_recorded "$state/$mysql/mariadbd.pid" "mariadbd" 60
done
rm -f "$state/env"
