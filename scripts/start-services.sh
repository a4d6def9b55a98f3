#!/usr/bin/env bash
# Starts the services the integration tests need, on loopback only, under STATE_DIR:
#   STATE_DIR/mysql  a throw-away MariaDB (own datadir, generated CA + server cert, TLS on)
#   STATE_DIR/kafka  sw-kafka-mock-broker (librdkafka's mock cluster) with a few topics
# and writes STATE_DIR/env for `source`. Stop everything with scripts/stop-services.sh STATE_DIR.
#
# usage: scripts/start-services.sh STATE_DIR
# env:   SW_BUILD_DIR          build tree holding the mock broker (default: <repo>/build)
#        SW_KAFKA_MOCK_BROKER  explicit path of sw-kafka-mock-broker (overrides SW_BUILD_DIR)
set -euo pipefail

if [[ $# -ne 1 ]]; then
  echo "usage: $0 STATE_DIR" >&2
  exit 2
fi
repo=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$1"
state=$(cd "$1" && pwd)
build=${SW_BUILD_DIR:-$repo/build}
broker_bin=${SW_KAFKA_MOCK_BROKER:-$build/tests/support/sw-kafka-mock-broker}

log() { echo "start-services: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

[[ -x $broker_bin ]] || die "$broker_bin not found; build the target sw-kafka-mock-broker first (scripts/build.sh)"
for tool in mariadb-install-db mariadbd mariadb openssl; do
  command -v "$tool" >/dev/null || die "$tool is not installed (run scripts/install-deps.sh)"
done
if [[ -s $state/mysql/mariadbd.pid || -s $state/kafka/broker.pid ]]; then
  die "$state already has running services; stop them with scripts/stop-services.sh $state"
fi

# Whatever started before a failure is stopped again, so a failed start leaves no processes.
started=0
cleanup_on_failure() { [[ $started == 1 ]] || bash "$repo/scripts/stop-services.sh" "$state" || true; }
trap cleanup_on_failure EXIT
# The services must outlive this script, including a terminal hang-up after it returns.
trap '' HUP

# ---------------------------------------------------------------- MariaDB ---------------
db=$state/mysql
mkdir -p "$db"
chmod 700 "$db"

make_certificates() {
  local days=7
  openssl req -x509 -newkey rsa:2048 -nodes -days "$days" -subj "/CN=Streamwright test CA" \
    -keyout "$db/ca-key.pem" -out "$db/ca.pem" 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" \
    -keyout "$db/server-key.pem" -out "$db/server.csr" 2>/dev/null
  # The SAN lets clients that verify the host name (sslVerify=true) accept 127.0.0.1/localhost.
  printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n' >"$db/server-ext.cnf"
  openssl x509 -req -in "$db/server.csr" -CA "$db/ca.pem" -CAkey "$db/ca-key.pem" -CAcreateserial \
    -days "$days" -extfile "$db/server-ext.cnf" -out "$db/server-cert.pem" 2>/dev/null
  rm -f "$db/server.csr" "$db/server-ext.cnf"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

pick_port() {
  local port
  for _ in $(seq 50); do
    port=$((20000 + RANDOM % 40000))
    port_in_use "$port" || { echo "$port"; return 0; }
  done
  return 1
}

# Starts mariadbd in the background and records the PID of mariadbd itself (the simple
# command after '&' is exec'd, so $! is the server, not a wrapper shell).
start_mariadbd() {
  local port=$1
  : >"$db/error.log"
  mariadbd --no-defaults --user=root --datadir="$db/data" --port="$port" --bind-address=127.0.0.1 \
    --socket="$db/mysqld.sock" --pid-file="$db/mysqld.pid" --log-error="$db/error.log" \
    --skip-name-resolve --innodb-buffer-pool-size=64M --innodb-flush-log-at-trx-commit=2 \
    --skip-log-bin --ssl-ca="$db/ca.pem" --ssl-cert="$db/server-cert.pem" \
    --ssl-key="$db/server-key.pem" </dev/null >>"$db/stdout.log" 2>&1 &
  echo $! >"$db/mariadbd.pid"
}

# 0 = accepting connections, 1 = died (see error.log), 2 = still not ready after ~30 s.
wait_for_mariadbd() {
  local pid
  pid=$(cat "$db/mariadbd.pid")
  for _ in $(seq 120); do
    kill -0 "$pid" 2>/dev/null || return 1
    if mariadb --no-defaults --protocol=socket --socket="$db/mysqld.sock" -uroot \
         -e 'SELECT 1' >/dev/null 2>&1; then
      return 0
    fi
    sleep 0.25
  done
  return 2
}

make_certificates
mariadb-install-db --no-defaults --datadir="$db/data" --user=root \
  --auth-root-authentication-method=normal --skip-test-db --skip-name-resolve \
  >"$db/install.log" 2>&1 || { cat "$db/install.log" >&2; die "mariadb-install-db failed"; }

mysql_port=
for attempt in 1 2 3 4 5; do
  port=$(pick_port) || die "no free loopback port found"
  start_mariadbd "$port"
  status=0
  wait_for_mariadbd || status=$?
  if [[ $status == 0 ]]; then
    mysql_port=$port
    break
  fi
  if [[ $status == 1 ]] && grep -q "Bind on TCP/IP port\|Address already in use" "$db/error.log"; then
    log "port $port was taken meanwhile (attempt $attempt), retrying"
    rm -f "$db/mariadbd.pid"
    continue
  fi
  tail -20 "$db/error.log" >&2
  die "mariadbd did not become ready (see $db/error.log)"
done
[[ -n $mysql_port ]] || die "mariadbd could not bind a loopback port after 5 attempts"

root_password=$(openssl rand -hex 16)
sw_password=$(openssl rand -hex 16)
# `swtest%` also lets tests create private databases such as swtest_lookup_cache.
mariadb --no-defaults --protocol=socket --socket="$db/mysqld.sock" -uroot <<SQL
ALTER USER 'root'@'localhost' IDENTIFIED BY '$root_password';
CREATE DATABASE swtest;
CREATE USER 'sw'@'%' IDENTIFIED BY '$sw_password';
GRANT ALL PRIVILEGES ON \`swtest%\`.* TO 'sw'@'%';
FLUSH PRIVILEGES;
SQL
(umask 077 && echo "$root_password" >"$db/root.password")
log "MariaDB ready on 127.0.0.1:$mysql_port (pid $(cat "$db/mariadbd.pid"), TLS CA $db/ca.pem)"

# ---------------------------------------------------------------- Kafka -----------------
kafka=$state/kafka
mkdir -p "$kafka"
rm -f "$kafka/bootstrap"
# Keyed test data spreads over partitions; each mock partition keeps only ~5 MiB.
"$broker_bin" --brokers 3 --topic sw-orders:8 --topic sw-users:4 --topic sw-enriched:8 \
  --topic sw-events:32 --bootstrap-file "$kafka/bootstrap" </dev/null >"$kafka/broker.log" 2>&1 &
echo $! >"$kafka/broker.pid"
for _ in $(seq 100); do
  [[ -s $kafka/bootstrap ]] && break
  kill -0 "$(cat "$kafka/broker.pid")" 2>/dev/null || { cat "$kafka/broker.log" >&2; die "mock broker exited"; }
  sleep 0.1
done
[[ -s $kafka/bootstrap ]] || die "mock broker wrote no bootstrap list within 10 s"
kafka_bootstrap=$(cat "$kafka/bootstrap")
log "Kafka mock ready at $kafka_bootstrap (pid $(cat "$kafka/broker.pid"))"

# ---------------------------------------------------------------- env -------------------
cat >"$state/env.tmp" <<ENV
# Written by scripts/start-services.sh; source it, then run the tests.
#
# SW_TEST_MYSQL   mysql://USER:PASSWORD@HOST:PORT/DATABASE?PROPERTY=VALUE[&PROPERTY=VALUE...]
#                 USER/PASSWORD/VALUE may be percent-encoded (%XX); each PROPERTY is a
#                 Connector/C++ connection property name used verbatim (sslCA=<CA file> turns
#                 TLS on and verifies the chain). Parse with tests/support/test_endpoints.h.
#                 The user may also create databases named swtest*.
# SW_TEST_MYSQL_CA the CA certificate that signed the server certificate (PEM).
# SW_TEST_KAFKA   bootstrap list HOST:PORT[,HOST:PORT...] of the mock cluster (no SASL/SSL).
#                 Pre-created topics: sw-orders(8) sw-users(4) sw-enriched(8) sw-events(32);
#                 other topics are auto-created with 4 partitions.
export SW_TEST_MYSQL='mysql://sw:$sw_password@127.0.0.1:$mysql_port/swtest?sslCA=$db/ca.pem'
export SW_TEST_MYSQL_CA='$db/ca.pem'
export SW_TEST_KAFKA='$kafka_bootstrap'
ENV
mv -f "$state/env.tmp" "$state/env"
started=1
log "wrote $state/env"
