#!/usr/bin/env bash
# Stops what scripts/start-services.sh STATE_DIR started, by the PIDs it recorded, and waits
# until the processes are gone. Safe to run twice, or after a partial start.
set -euo pipefail

if [[ $# -ne 1 ]]; then
  echo "usage: $0 STATE_DIR" >&2
  exit 2
fi
state=$1

# Stops PID from PIDFILE if it still runs EXPECTED (a recycled PID belongs to someone else).
stop_recorded() {
  local pidfile=$1 expected=$2 grace=$3 pid
  [[ -s $pidfile ]] || return 0
  pid=$(cat "$pidfile")
  if [[ $pid =~ ^[0-9]+$ ]] && [[ $(cat "/proc/$pid/comm" 2>/dev/null) == "$expected" ]]; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq $((grace * 10))); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
      echo "stop-services: $expected (pid $pid) ignored SIGTERM for ${grace}s, killing it" >&2
      kill -KILL "$pid" 2>/dev/null || true
      while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    fi
    echo "stop-services: stopped $expected (pid $pid)" >&2
  fi
  rm -f "$pidfile"
}

# /proc/PID/comm holds at most 15 characters.
stop_recorded "$state/kafka/broker.pid" "sw-kafka-mock-b" 10
stop_recorded "$state/mysql/mariadbd.pid" "mariadbd" 60
rm -f "$state/env"
