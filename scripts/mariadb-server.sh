#!/usr/bin/env bash
# One throw-away MariaDB server for the tests, in its own directory DIR, on loopback, TLS on.
#
# usage: scripts/mariadb-server.sh DIR create [--ca CA_DIR] [--cert-host NAME]|start|stop|restart|ca
#   create   generates a server certificate, initialises DIR/data and starts the server on a free
#            loopback port (recorded in DIR/port); root logs in through DIR/mysqld.sock.
#            The certificate is signed by a new CA in DIR, or with --ca by the CA in CA_DIR (made
#            by the verb ca; its ca.pem is copied to DIR/ca.pem). It names 127.0.0.1 and
#            localhost, or with --cert-host only NAME (a server that claims to be another host).
#   ca       only generates a CA (DIR/ca.pem, DIR/ca-key.pem) for create --ca, or for a test that
#            needs a CA which signed nothing
#   start    starts it again on the same port, datadir and certificates; waits until it answers
#   stop     shuts it down (SIGTERM, as a clean restart does) and waits until it is gone
#   restart  stop, then start: what an integration test runs to restart the server mid-job
# The PID of mariadbd itself is kept in DIR/mariadbd.pid. Exits non-zero, with the tail of
# DIR/error.log, when the server does not come up.
set -euo pipefail

usage="usage: $0 DIR create [--ca CA_DIR] [--cert-host NAME]|start|stop|restart|ca"
if [[ $# -lt 2 ]]; then
  echo "$usage" >&2
  exit 2
fi
db=$(mkdir -p "$1" && cd "$1" && pwd)
command=$2
shift 2
signing_ca=$db
cert_host=
while [[ $# -gt 0 && $command == create ]]; do
  case $1 in
    --ca) signing_ca=$(cd "${2:?--ca needs a directory}" && pwd); shift 2 ;;
    --cert-host) cert_host=${2:?--cert-host needs a host name}; shift 2 ;;
    *) break ;;
  esac
done
if [[ $# -gt 0 ]]; then
  echo "$usage" >&2
  exit 2
fi
# shellcheck source=scripts/stop-recorded.sh
source "$(dirname "$0")/stop-recorded.sh"

log() { echo "mariadb-server: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

days=7

make_ca() {
  openssl req -x509 -newkey rsa:2048 -nodes -days "$days" -subj "/CN=Streamwright test CA $(basename "$1")" \
    -keyout "$1/ca-key.pem" -out "$1/ca.pem" 2>/dev/null
}

make_certificates() {
  if [[ $signing_ca == "$db" ]]; then
    make_ca "$db"
  else
    [[ -s $signing_ca/ca.pem && -s $signing_ca/ca-key.pem ]] || die "$signing_ca holds no CA (run: $0 $signing_ca ca)"
    cp "$signing_ca/ca.pem" "$db/ca.pem"
  fi
  # The SAN lets clients that verify the host name (sslVerify=true) accept 127.0.0.1/localhost;
  # a --cert-host certificate names only that host, so verifying the name must refuse it.
  local subject=127.0.0.1 names=IP:127.0.0.1,DNS:localhost
  [[ -n $cert_host ]] && subject=$cert_host names=DNS:$cert_host
  openssl req -newkey rsa:2048 -nodes -subj "/CN=$subject" \
    -keyout "$db/server-key.pem" -out "$db/server.csr" 2>/dev/null
  printf 'subjectAltName=%s\nbasicConstraints=CA:FALSE\n' "$names" >"$db/server-ext.cnf"
  openssl x509 -req -in "$db/server.csr" -CA "$signing_ca/ca.pem" -CAkey "$signing_ca/ca-key.pem" \
    -CAserial "$db/ca.srl" -CAcreateserial -days "$days" -extfile "$db/server-ext.cnf" \
    -out "$db/server-cert.pem" 2>/dev/null
  rm -f "$db/server.csr" "$db/server-ext.cnf"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Below Linux's ephemeral range (32768+), so no client socket holds the port when a restart
# binds it again.
pick_port() {
  local port
  for _ in $(seq 50); do
    port=$((20000 + RANDOM % 12000))
    port_in_use "$port" || { echo "$port"; return 0; }
  done
  return 1
}

# Starts mariadbd in the background and records the PID of mariadbd itself (the simple
# command after '&' is exec'd, so $! is the server, not a wrapper shell).
start_mariadbd() {
  local port=$1
  : >"$db/error.log"
  mariadbd --no-defaults --user=root --datadir="$db/data" --tmpdir="$db/tmp" --port="$port" \
    --bind-address=127.0.0.1 --socket="$db/mysqld.sock" --pid-file="$db/mysqld.pid" --log-error="$db/error.log" \
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
    # ping succeeds on any answer, "access denied" included: root has a password once created.
    if mariadb-admin --no-defaults --protocol=socket --socket="$db/mysqld.sock" -uroot \
         --connect-timeout=2 ping >/dev/null 2>&1; then
      return 0
    fi
    sleep 0.1
  done
  return 2
}

bound_port_taken() { grep -q "Bind on TCP/IP port\|Address already in use" "$db/error.log"; }

start_on_recorded_port() {
  [[ -s $db/port ]] || die "$db has no server; run: $0 $db create"
  [[ -s $db/mariadbd.pid ]] && die "the server in $db already runs (pid $(cat "$db/mariadbd.pid"))"
  start_mariadbd "$(cat "$db/port")"
  local status=0
  wait_for_mariadbd || status=$?
  if [[ $status != 0 ]]; then
    tail -20 "$db/error.log" >&2
    stop_recorded "$db/mariadbd.pid" mariadbd 10
    die "mariadbd did not become ready on port $(cat "$db/port") (see $db/error.log)"
  fi
}

create() {
  for tool in mariadb-install-db mariadbd mariadb-admin openssl; do
    command -v "$tool" >/dev/null || die "$tool is not installed (run scripts/install-deps.sh)"
  done
  [[ -e $db/data ]] && die "$db already holds a server"
  chmod 700 "$db"
  make_certificates
  # A private tmpdir: servers bootstrapping at the same time otherwise collide on temporary
  # table names in /tmp ("Unknown table 'mysql.tmp_user_nopasswd'").
  mkdir -p "$db/tmp"
  mariadb-install-db --no-defaults --datadir="$db/data" --tmpdir="$db/tmp" --user=root \
    --auth-root-authentication-method=normal --skip-test-db --skip-name-resolve \
    >"$db/install.log" 2>&1 || { cat "$db/install.log" >&2; die "mariadb-install-db failed"; }
  local port status
  for attempt in 1 2 3 4 5; do
    port=$(pick_port) || die "no free loopback port found"
    start_mariadbd "$port"
    status=0
    wait_for_mariadbd || status=$?
    if [[ $status == 0 ]]; then
      echo "$port" >"$db/port"
      log "ready on 127.0.0.1:$port (pid $(cat "$db/mariadbd.pid"), TLS CA $db/ca.pem)"
      return 0
    fi
    if [[ $status == 1 ]] && bound_port_taken; then
      log "port $port was taken meanwhile (attempt $attempt), retrying"
      rm -f "$db/mariadbd.pid"
      continue
    fi
    tail -20 "$db/error.log" >&2
    stop_recorded "$db/mariadbd.pid" mariadbd 10
    die "mariadbd did not become ready (see $db/error.log)"
  done
  die "mariadbd could not bind a loopback port after 5 attempts"
}

case $command in
  create) create ;;
  start) start_on_recorded_port ;;
  stop) stop_recorded "$db/mariadbd.pid" mariadbd 60 ;;
  restart)
    stop_recorded "$db/mariadbd.pid" mariadbd 60
    start_on_recorded_port
    ;;
  ca) chmod 700 "$db" && make_ca "$db" ;;
  *) echo "$usage" >&2; exit 2 ;;
esac
