#!/usr/bin/env bash
# Soak benchmark (not a test): bench/jobs/soak-lookup-aggregate.json — Kafka orders → MySQL lookup
# of the user (LRU cache) → GROUP BY city → MySQL upsert, with checkpoints every 10 s — runs for
# SECONDS while a producer writes RATE orders per second; the CLI's RSS is sampled every second.
# Prints start / peak / end RSS and the slope after the warm-up, writes OUT_DIR/rss.tsv
# (seconds, RSS in KiB), OUT_DIR/metrics.jsonl and, with gnuplot, OUT_DIR/rss.png.
#
# usage: bench/soak.sh BUILD_DIR OUT_DIR [SECONDS [RATE]]     (defaults 600 s, 1000 orders/s)
# Services: those of a sourced STATE_DIR/env (scripts/start-services.sh), else started here.
# env: SW_SOAK_RUN_PREFIX  a command the CLI runs under, to find where memory goes
#      (e.g. "heaptrack -o OUT_DIR/heaptrack"; RSS is then that of the wrapper's child)
set -euo pipefail
build=$(cd "${1:?usage: $0 BUILD_DIR OUT_DIR [SECONDS [RATE]]}" && pwd)
out=$(mkdir -p "${2:?usage: $0 BUILD_DIR OUT_DIR [SECONDS [RATE]]}" && cd "$2" && pwd)
seconds=${3:-600}
rate=${4:-1000}
repo=$(cd "$(dirname "$0")/.." && pwd)
cli=$build/app/streamwright-cli
# The first minute fills the lookup cache, the aggregate state and the client buffers.
warmup=60
users=10000
cities=50

work=$(mktemp -d -t sw-soak.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [[ -d $work/services ]] && bash "$repo/scripts/stop-services.sh" "$work/services"
  rm -rf "$work"
}
trap cleanup EXIT

if [[ -z ${SW_TEST_MYSQL:-} || -z ${SW_TEST_KAFKA:-} ]]; then
  SW_BUILD_DIR=$build bash "$repo/scripts/start-services.sh" "$work/services"
  # shellcheck source=/dev/null
  source "$work/services/env"
fi
# mysql://USER:PASSWORD@HOST:PORT/DATABASE?sslCA=FILE (start-services.sh; nothing percent-encoded)
[[ $SW_TEST_MYSQL =~ ^mysql://([^:]+):([^@]+)@([^:]+):([0-9]+)/[^?]+\?sslCA=(.+)$ ]] ||
  { echo "soak: cannot read SW_TEST_MYSQL" >&2; exit 1; }
user=${BASH_REMATCH[1]} password=${BASH_REMATCH[2]} host=${BASH_REMATCH[3]} port=${BASH_REMATCH[4]} ca=${BASH_REMATCH[5]}
database=swtest_soak
topic=sw-soak-$$
mysql_client() {
  MYSQL_PWD=$password mariadb --no-defaults -h"$host" -P"$port" -u"$user" --ssl-ca="$ca" "$@"
}

mysql_client <<SQL
DROP DATABASE IF EXISTS $database;
CREATE DATABASE $database;
CREATE TABLE $database.users (id BIGINT PRIMARY KEY, user_name VARCHAR(32), city VARCHAR(32));
CREATE TABLE $database.city_stats (city VARCHAR(32) PRIMARY KEY, order_count BIGINT, revenue DECIMAL(38, 2));
INSERT INTO $database.users
  SELECT seq, CONCAT('user-', seq), CONCAT('city-', seq % $cities) FROM $database.seq_1_to_$users;
SQL

sed -e "s|@BOOTSTRAP@|$SW_TEST_KAFKA|" -e "s|@TOPIC@|$topic|" -e "s|@MYSQL_HOST@|$host|" \
  -e "s|@MYSQL_PORT@|$port|" -e "s|@DATABASE@|$database|" -e "s|@MYSQL_USER@|$user|" -e "s|@MYSQL_CA@|$ca|" \
  "$repo/bench/jobs/soak-lookup-aggregate.json" >"$work/job.json"

# RATE keyed orders per second in batches of a tenth of a second; one user in six is unknown to
# the lookup (its city becomes 'unknown'). Keys spread the orders over the topic's partitions.
python3 -u - "$rate" "$users" "$seconds" <<'PY' | kcat -P -q -b "$SW_TEST_KAFKA" -t "$topic" -K '|' &
import datetime, random, sys, time
rate, users, seconds = (int(a) for a in sys.argv[1:])
start = time.monotonic()
sent = 0
while time.monotonic() - start < seconds + 5:
    due = int((time.monotonic() - start) * rate)
    now = datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]
    for _ in range(due - sent):
        sent += 1
        print(f'{sent}|{{"order_id":{sent},"user_id":{random.randint(1, users * 6 // 5)},'
              f'"amount":{random.randint(100, 99999) / 100},"order_time":"{now}"}}')
    time.sleep(0.1)
print(sent, file=open("/dev/stderr", "w"))
PY
pids+=($!)

# shellcheck disable=SC2086  # the prefix is a command line of its own
SW_SECRET_RDS_PASSWORD=$password ${SW_SOAK_RUN_PREFIX:-} "$cli" run "$work/job.json" --duration "$seconds" \
  --checkpoint-dir "$work/checkpoints" --metrics-out "$out/metrics.jsonl" >"$out/run.log" 2>&1 &
cli_pid=$!
pids+=("$cli_pid")

: >"$out/rss.tsv"
# Bash builtins only, on a fixed one-second grid: forking awk/bc per sample drifted to 1.35 s.
began=${EPOCHREALTIME/./}
next=$began
while kill -0 "$cli_pid" 2>/dev/null; do
  rss=
  while read -r key value _; do [[ $key == VmRSS: ]] && rss=$value && break; done <"/proc/$cli_pid/status" || break
  now=${EPOCHREALTIME/./}
  [[ -n $rss ]] && printf '%d.%01d\t%s\n' $(((now - began) / 1000000)) $(((now - began) % 1000000 / 100000)) "$rss" >>"$out/rss.tsv"
  next=$((next + 1000000))
  now=${EPOCHREALTIME/./}
  ((next > now)) && sleep "$(printf '0.%06d' $((next - now)))"
done
status=0
wait "$cli_pid" || status=$?
[[ $status == 0 ]] || { tail -20 "$out/run.log" >&2; echo "soak: the run failed ($status)" >&2; exit 1; }

# Start = first sample after the warm-up; slope = least squares over the samples after it.
awk -v warmup="$warmup" '
  { t[NR] = $1; r[NR] = $2 / 1024; if (r[NR] > peak) peak = r[NR] }
  $1 >= warmup && !first { first = NR }
  END {
    for (i = first; i <= NR; i++) { n++; sx += t[i]; sy += r[i]; sxx += t[i] * t[i]; sxy += t[i] * r[i] }
    slope = (n * sxy - sx * sy) / (n * sxx - sx * sx)
    printf "samples %d; RSS MiB: first %.1f, at %d s %.1f, peak %.1f, end %.1f; slope after %d s: %.3f MiB/min\n",
      NR, r[1], warmup, r[first], peak, r[NR], warmup, slope * 60
  }' "$out/rss.tsv" | tee "$out/summary.txt"
echo "records: $(tail -1 "$out/metrics.jsonl" | sed -n 's/.*"sourceRecords":\([0-9]*\).*/\1/p') read;" \
  "$(mysql_client -N -e "SELECT SUM(order_count) FROM $database.city_stats") counted in city_stats" |
  tee -a "$out/summary.txt"
mysql_client -e "DROP DATABASE $database"

if command -v gnuplot >/dev/null; then
  gnuplot <<GP
set terminal pngcairo size 900,450
set output "$out/rss.png"
set title "streamwright-cli run: Kafka → lookup → GROUP BY → upsert, $rate orders/s"
set xlabel "seconds"
set ylabel "RSS (MiB)"
set yrange [0:*]
set grid
plot "$out/rss.tsv" using 1:(\$2/1024) with lines title "RSS"
GP
fi
