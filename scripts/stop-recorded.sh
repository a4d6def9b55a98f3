#!/usr/bin/env bash
# Sourced by stop-services.sh and mariadb-server.sh: stop_recorded PIDFILE COMM GRACE stops the
# process whose PID PIDFILE holds — only if it still runs COMM (a recycled PID belongs to
# someone else) — with SIGTERM, then SIGKILL after GRACE seconds, waits until it is gone and
# removes PIDFILE. /proc/PID/comm holds at most 15 characters.

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
      echo "$expected (pid $pid) ignored SIGTERM for ${grace}s, killing it" >&2
      kill -KILL "$pid" 2>/dev/null || true
      while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    fi
    echo "stopped $expected (pid $pid)" >&2
  fi
  rm -f "$pidfile"
}
