#!/usr/bin/env bash
# Starts the services the integration tests need, on loopback only, under STATE_DIR:
#   STATE_DIR/mysql         a throw-away MariaDB (scripts/mariadb-server.sh: own datadir,
#                           generated CA + server cert, TLS on)
#   STATE_DIR/mysql-outage  a second one, only for the tests that restart it mid-run, so the
#                           tests running in parallel against the first never see an outage
#   STATE_DIR/mysql-other-host  a third one whose certificate, signed by the same CA as the first
#                           one's, names another host (other.example): for the TLS verification tests
#   STATE_DIR/test-ca, STATE_DIR/unrelated-ca  the CA of mysql and mysql-other-host, and a CA
#                           that signed nothing (a wrong CA that is not the system's bundle)
#   STATE_DIR/kafka         sw-kafka-mock-broker (librdkafka's mock cluster) with a few topics
#   STATE_DIR/kafka-outage  a second mock cluster whose brokers the outage tests take down and up
#                           through a control FIFO
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
command -v mariadb >/dev/null || die "mariadb is not installed (run scripts/install-deps.sh)"
if compgen -G "$state/*/mariadbd.pid" >/dev/null || compgen -G "$state/*/broker.pid" >/dev/null; then
  die "$state already has running services; stop them with scripts/stop-services.sh $state"
fi

# Whatever started before a failure is stopped again, so a failed start leaves no processes.
started=0
cleanup_on_failure() { [[ $started == 1 ]] || bash "$repo/scripts/stop-services.sh" "$state" || true; }
trap cleanup_on_failure EXIT
# The services must outlive this script, including a terminal hang-up after it returns.
trap '' HUP

# ---------------------------------------------------------------- MariaDB ---------------
mariadb_server=$repo/scripts/mariadb-server.sh
# Nothing runs in STATE_DIR (checked above): the data of an earlier run is stale.
rm -rf "$state/mysql" "$state/mysql-outage" "$state/mysql-other-host" "$state/test-ca" "$state/unrelated-ca"
bash "$mariadb_server" "$state/test-ca" ca
bash "$mariadb_server" "$state/unrelated-ca" ca
# The servers initialise at the same time: the outage and other-host servers cost no extra wall time.
bash "$mariadb_server" "$state/mysql" create --ca "$state/test-ca" &
shared_creation=$!
bash "$mariadb_server" "$state/mysql-outage" create &
outage_creation=$!
bash "$mariadb_server" "$state/mysql-other-host" create --ca "$state/test-ca" --cert-host other.example &
other_host_creation=$!
creation_failed=
wait "$shared_creation" || creation_failed+=" mysql"
wait "$outage_creation" || creation_failed+=" mysql-outage"
wait "$other_host_creation" || creation_failed+=" mysql-other-host"
[[ -z $creation_failed ]] || die "MariaDB server(s) did not start:$creation_failed"

# Gives root a password and creates the test user (with its database swtest) on the server in
# DIR; prints the user's password. `swtest%` also lets tests create private databases such as
# swtest_lookup_cache.
create_test_user() {
  local db=$1 root_password sw_password
  root_password=$(openssl rand -hex 16)
  sw_password=$(openssl rand -hex 16)
  mariadb --no-defaults --protocol=socket --socket="$db/mysqld.sock" -uroot <<SQL
ALTER USER 'root'@'localhost' IDENTIFIED BY '$root_password';
CREATE DATABASE swtest;
CREATE USER 'sw'@'%' IDENTIFIED BY '$sw_password';
GRANT ALL PRIVILEGES ON \`swtest%\`.* TO 'sw'@'%';
FLUSH PRIVILEGES;
SQL
  (umask 077 && echo "$root_password" >"$db/root.password")
  echo "$sw_password"
}
sw_password=$(create_test_user "$state/mysql")
mysql_port=$(cat "$state/mysql/port")
outage_password=$(create_test_user "$state/mysql-outage")
outage_port=$(cat "$state/mysql-outage/port")
other_host_password=$(create_test_user "$state/mysql-other-host")
other_host_port=$(cat "$state/mysql-other-host/port")
db=$state/mysql
outage_db=$state/mysql-outage

# ---------------------------------------------------------------- Kafka -----------------
# Starts a mock cluster in DIR with ARGS...; prints its bootstrap list once it serves.
start_mock_cluster() {
  local dir=$1
  shift
  mkdir -p "$dir"
  rm -f "$dir/bootstrap"
  "$broker_bin" "$@" --bootstrap-file "$dir/bootstrap" </dev/null >"$dir/broker.log" 2>&1 &
  echo $! >"$dir/broker.pid"
  for _ in $(seq 100); do
    [[ -s $dir/bootstrap ]] && break
    kill -0 "$(cat "$dir/broker.pid")" 2>/dev/null || { cat "$dir/broker.log" >&2; die "mock broker exited"; }
    sleep 0.1
  done
  [[ -s $dir/bootstrap ]] || die "mock broker wrote no bootstrap list within 10 s"
  log "Kafka mock ready at $(cat "$dir/bootstrap") (pid $(cat "$dir/broker.pid"))"
  cat "$dir/bootstrap"
}
# Keyed test data spreads over partitions; each mock partition keeps only ~5 MiB.
kafka_bootstrap=$(start_mock_cluster "$state/kafka" --brokers 3 --topic sw-orders:8 --topic sw-users:4 \
  --topic sw-enriched:8 --topic sw-events:32)
outage_control=$state/kafka-outage/control
outage_bootstrap=$(start_mock_cluster "$state/kafka-outage" --brokers 3 --control-fifo "$outage_control")

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
# SW_TEST_MYSQL_OTHER_HOST  like SW_TEST_MYSQL, for a server whose certificate is signed by
#                 SW_TEST_MYSQL_CA but names only the host other.example (not 127.0.0.1): a
#                 client that verifies the host name must refuse it, one that verifies only the
#                 chain must accept it.
# SW_TEST_UNRELATED_CA  a CA certificate (PEM) generated for this run that signed no server.
# SW_TEST_KAFKA   bootstrap list HOST:PORT[,HOST:PORT...] of the mock cluster (no SASL/SSL).
#                 Pre-created topics: sw-orders(8) sw-users(4) sw-enriched(8) sw-events(32);
#                 other topics are auto-created with 4 partitions.
#
# For the outage tests only (they take these services down mid-run, so other tests must not
# use them; CTest serialises the outage tests with a RESOURCE_LOCK):
# SW_TEST_MYSQL_OUTAGE         like SW_TEST_MYSQL, for a second MariaDB server (TLS on).
# SW_TEST_MYSQL_OUTAGE_SERVER  a shell command prefix; append " stop", " start" or " restart"
#                              (scripts/mariadb-server.sh DIR VERB): restart shuts the server
#                              down cleanly and starts it again on the same port and datadir,
#                              returning once it answers; exits non-zero if it does not.
# SW_TEST_KAFKA_OUTAGE         bootstrap list of a second mock cluster (3 brokers, topics
#                              auto-created with 4 partitions).
# SW_TEST_KAFKA_OUTAGE_CONTROL a FIFO: the line "down" disconnects all its brokers and refuses
#                              connections (messages are kept), "up" accepts them again,
#                              "errors APIKEY CODE COUNT" fails the next COUNT requests of a
#                              Kafka API with error CODE; once applied, the broker writes the
#                              line into the file <FIFO>.state.
export SW_TEST_MYSQL='mysql://sw:$sw_password@127.0.0.1:$mysql_port/swtest?sslCA=$db/ca.pem'
export SW_TEST_MYSQL_CA='$db/ca.pem'
export SW_TEST_MYSQL_OTHER_HOST='mysql://sw:$other_host_password@127.0.0.1:$other_host_port/swtest?sslCA=$state/mysql-other-host/ca.pem'
export SW_TEST_UNRELATED_CA='$state/unrelated-ca/ca.pem'
export SW_TEST_KAFKA='$kafka_bootstrap'
export SW_TEST_MYSQL_OUTAGE='mysql://sw:$outage_password@127.0.0.1:$outage_port/swtest?sslCA=$outage_db/ca.pem'
export SW_TEST_MYSQL_OUTAGE_SERVER='bash "$mariadb_server" "$outage_db"'
export SW_TEST_KAFKA_OUTAGE='$outage_bootstrap'
export SW_TEST_KAFKA_OUTAGE_CONTROL='$outage_control'
ENV
mv -f "$state/env.tmp" "$state/env"
started=1
log "wrote $state/env"
