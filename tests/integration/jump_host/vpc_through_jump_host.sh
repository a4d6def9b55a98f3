#!/usr/bin/env bash
# A VPC that only a jump host reaches, simulated with network namespaces (needs root):
#   sw-vpc-N     the "VPC": the mock Kafka broker and a MariaDB on its own loopback, and a real
#                sshd (the jump host) on 10.213.N.1:2222
#   sw-client-N  the user's machine: loopback, and the veth peer 10.213.N.2 — nothing else, and
#                a resolv.conf whose name server does not exist, so the job's names resolve nowhere
# streamwright-cli runs in sw-client-N. The job names alikafka-test-vpc.invalid:9094 and
# rm-test.mysql.invalid:3306; the profile maps them onto the VPC's loopback as the jump host sees
# it. The broker advertises 127.0.0.1:PORT, which in the client namespace has nothing behind it:
# only a forward through the tunnel reaches it. Traffic stays on loopback and the two namespaces.
#
# usage: vpc_through_jump_host.sh STREAMWRIGHT_CLI MOCK_BROKER
# Exit 77 (skipped) when not root outside CI; under CI=true not being root is a failure.
set -euo pipefail
cli=$1
broker_bin=$2
repo=$(cd "$(dirname "$0")/../../.." && pwd)

fail() { echo "FAIL: $*" >&2; exit 1; }
pass() { echo "ok: $*"; }
if [[ $(id -u) -ne 0 ]]; then
  [[ ${CI:-} == true || ${CI:-} == 1 ]] && fail "this test creates network namespaces and needs root (CI=$CI)"
  echo "SKIPPED: not root; this test creates network namespaces" >&2
  exit 77
fi
for tool in ip sshd ssh-keygen kcat mariadb; do
  command -v "$tool" >/dev/null || [[ -x /usr/sbin/$tool ]] || fail "$tool is missing (scripts/install-deps.sh)"
done

# A /30 of its own per run, so parallel runs do not collide.
net=$((RANDOM % 250 + 1))
vpc=sw-vpc-$$
client=sw-client-$$
vpc_ip=10.213.$net.1
client_ip=10.213.$net.2
state=$(mktemp -d -t sw-jump-host.XXXXXX)
pids=()
cleanup() {
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [[ -f $state/mysql/mariadbd.pid ]] && ip netns exec "$vpc" bash "$repo/scripts/mariadb-server.sh" "$state/mysql" stop >/dev/null 2>&1
  ip netns del "$vpc" 2>/dev/null || true
  ip netns del "$client" 2>/dev/null || true
  rm -rf "/etc/netns/$vpc" "/etc/netns/$client" "$state"
}
trap cleanup EXIT

# ------------------------------------------------------------ the two namespaces -----------
ip netns add "$vpc"
ip netns add "$client"
ip link add "swv$$" type veth peer name "swc$$"
ip link set "swv$$" netns "$vpc"
ip link set "swc$$" netns "$client"
ip -n "$vpc" addr add "$vpc_ip/30" dev "swv$$"
ip -n "$client" addr add "$client_ip/30" dev "swc$$"
for ns in "$vpc" "$client"; do
  ip -n "$ns" link set lo up
  mkdir -p "/etc/netns/$ns"
  # A name server on the namespace's own loopback, where none listens: lookups fail at once.
  echo "nameserver 127.0.0.1" >"/etc/netns/$ns/resolv.conf"
done
ip -n "$vpc" link set "swv$$" up
ip -n "$client" link set "swc$$" up
in_vpc() { ip netns exec "$vpc" "$@"; }
in_client() { ip netns exec "$client" "$@"; }

# ------------------------------------------------------------ services in the VPC ----------
mkdir -p "$state/kafka"
# Started by `ip netns exec` directly (not through a function), so $! is the server itself.
ip netns exec "$vpc" "$broker_bin" --brokers 2 --topic sw-orders:4 --bootstrap-file "$state/kafka/bootstrap" \
  </dev/null >"$state/kafka/broker.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do [[ -s $state/kafka/bootstrap ]] && break; sleep 0.1; done
[[ -s $state/kafka/bootstrap ]] || fail "the mock broker did not start: $(cat "$state/kafka/broker.log")"
bootstrap=$(cat "$state/kafka/bootstrap")
first_broker=${bootstrap%%,*}
second_broker=${bootstrap##*,}
[[ $first_broker != "$second_broker" ]] || fail "expected two brokers, got $bootstrap"

in_vpc bash "$repo/scripts/mariadb-server.sh" "$state/mysql" create >/dev/null
mysql_port=$(cat "$state/mysql/port")
db_password=$(openssl rand -hex 12)
in_vpc mariadb --no-defaults --protocol=socket --socket="$state/mysql/mysqld.sock" -uroot <<SQL
CREATE DATABASE vpcdb;
CREATE TABLE vpcdb.users (id BIGINT PRIMARY KEY, city VARCHAR(40));
INSERT INTO vpcdb.users VALUES (1, 'Hangzhou'), (2, 'Beijing'), (3, 'Shenzhen');
CREATE USER 'sw'@'%' IDENTIFIED BY '$db_password';
GRANT SELECT ON vpcdb.* TO 'sw'@'%';
SQL

# The jump host: its own host key, config, authorised key and privilege-separation directory
# (a private tmpfs over /run in a mount namespace of its own).
mkdir -p "$state/ssh" && chmod 700 "$state/ssh"
ssh-keygen -q -t ed25519 -N '' -f "$state/ssh/host_key" -C "vpc jump host"
ssh-keygen -q -t ed25519 -N '' -f "$state/ssh/user_key" -C "streamwright test"
ssh-keygen -q -t ed25519 -N '' -f "$state/ssh/impostor_key" -C "another host"
cp "$state/ssh/user_key.pub" "$state/ssh/authorized_keys"
cat >"$state/ssh/sshd_config" <<CONF
ListenAddress $vpc_ip:2222
HostKey $state/ssh/host_key
PidFile none
AuthorizedKeysFile $state/ssh/authorized_keys
PermitRootLogin prohibit-password
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
UseDNS no
AllowTcpForwarding local
PermitTTY no
LogLevel VERBOSE
CONF
ip netns exec "$vpc" unshare --mount --propagation private sh -c \
  'mount -t tmpfs -o mode=755 sw-sshd-run /run && mkdir -m 755 /run/sshd && exec /usr/sbin/sshd -f "$1" -D -e' \
  sshd "$state/ssh/sshd_config" 2>"$state/ssh/sshd.log" &
pids+=($!)
for _ in $(seq 50); do grep -q "Server listening" "$state/ssh/sshd.log" && break; sleep 0.1; done
grep -q "Server listening" "$state/ssh/sshd.log" || fail "sshd did not start: $(cat "$state/ssh/sshd.log")"
echo "[$vpc_ip]:2222 $(cut -d' ' -f1,2 "$state/ssh/host_key.pub")" >"$state/ssh/known_hosts"
echo "[$vpc_ip]:2222 $(cut -d' ' -f1,2 "$state/ssh/impostor_key.pub")" >"$state/ssh/changed_known_hosts"
: >"$state/ssh/empty_known_hosts"

# The input: three orders, keyed by user id.
printf '%s\n' 'o1:{"order_id":101,"user_id":1,"amount":30}' 'o2:{"order_id":102,"user_id":3,"amount":12}' \
  'o3:{"order_id":103,"user_id":2,"amount":7}' | in_vpc kcat -q -b "$first_broker" -P -t sw-orders -K:

# ------------------------------------------------------------ job and profiles -------------
mkdir -p "$state/config/Streamwright"
profile() {  # NAME KNOWN_HOSTS
  cat <<JSON
    {"name": "$1", "through": "ssh-jump-host",
     "jumpHost": {"host": "$vpc_ip", "port": 2222, "user": "root", "auth": "key-file",
                  "keyFile": "$state/ssh/user_key", "knownHostsFile": "$2"},
     "endpoints": [{"job": "alikafka-test-vpc.invalid:9094", "jumpHostSees": "$first_broker"},
                   {"job": "rm-test.mysql.invalid:3306", "jumpHostSees": "127.0.0.1:$mysql_port"}]}
JSON
}
cat >"$state/config/Streamwright/run-profiles.json" <<JSON
{"profiles": [
$(profile vpc "$state/ssh/known_hosts"),
$(profile unknown-key "$state/ssh/empty_known_hosts"),
$(profile changed-key "$state/ssh/changed_known_hosts")
]}
JSON
cat >"$state/job.json" <<JSON
{"format": "streamwright-job", "version": 1, "name": "VPC orders",
 "nodes": [
  {"id": "orders", "kind": "kafka-source", "name": "orders",
   "options": {"bootstrap.servers": "alikafka-test-vpc.invalid:9094", "format": "json",
               "properties.group.id": "sw-vpc", "scan.startup.mode": "earliest-offset", "topic": "sw-orders"},
   "schema": {"columns": [{"name": "order_id", "type": "BIGINT"}, {"name": "user_id", "type": "BIGINT"},
                          {"name": "amount", "type": "INT"}], "procTime": "proc_time"}},
  {"id": "users", "kind": "mysql-lookup", "name": "users",
   "options": {"hostname": "rm-test.mysql.invalid", "port": "3306", "database-name": "vpcdb",
               "table-name": "users", "username": "sw", "password": "\${secret.vpc_db}",
               "ssl.mode": "VERIFY_IDENTITY", "ssl.ca": "$state/mysql/ca.pem"},
   "schema": {"columns": [{"name": "id", "type": "BIGINT"}, {"name": "city", "type": "STRING"}],
              "primaryKey": ["id"]},
   "joinKeys": [{"probe": "user_id", "dim": "id"}]},
  {"id": "pick", "kind": "project", "name": "pick",
   "outputs": [{"name": "order_id", "expression": "order_id"}, {"name": "user_id", "expression": "user_id"},
               {"name": "amount", "expression": "amount"}, {"name": "city", "expression": "city"}]},
  {"id": "out", "kind": "print-sink", "name": "out"}
 ],
 "edges": [{"from": "orders", "fromPort": "out", "to": "users", "toPort": "probe"},
           {"from": "users", "fromPort": "out", "to": "pick", "toPort": "in"},
           {"from": "pick", "fromPort": "out", "to": "out", "toPort": "in"}]}
JSON
export XDG_CONFIG_HOME=$state/config SW_SECRET_VPC_DB=$db_password
"$cli" validate "$state/job.json" >/dev/null 2>"$state/validate.err" || fail "the job is invalid: $(cat "$state/validate.err")"

# ------------------------------------------------------------ the checks -------------------
# Outside the VPC nothing listens on the addresses the brokers advertise.
for address in "$first_broker" "$second_broker"; do
  if in_client bash -c "exec 3<>/dev/tcp/${address%:*}/${address##*:}" 2>/dev/null; then
    fail "something in the client namespace listens on $address: the test would prove nothing"
  fi
done
pass "the advertised broker addresses are unreachable from the client namespace"

# A run through the jump host: each order joined with its user's city, in input order per
# partition (Flink's print sink writes +I[...] rows; the lookup appends the dimension's columns).
in_client "$cli" run "$state/job.json" --profile vpc --max-records 3 >"$state/run.out" 2>"$state/run.err" ||
  fail "the run through the jump host failed: $(cat "$state/run.err")"
expected=$'+I[101, 1, 30, Hangzhou]\n+I[102, 3, 12, Shenzhen]\n+I[103, 2, 7, Beijing]'
actual=$(grep '^+I\[' "$state/run.out" | sort)
[[ $actual == "$expected" ]] || fail "run output differs; expected:
$expected
got:
$(cat "$state/run.out")
stderr: $(cat "$state/run.err")"
pass "the job ran to the exact result through the jump host"
# Every broker that leads a partition was read from at the address the metadata advertises.
metadata=$(in_vpc kcat -b "$first_broker" -L -t sw-orders)
leaders=$(awk '/partition .*leader/ {sub(",", "", $4); print $4}' <<<"$metadata" | sort -u)
[[ -n $leaders ]] || fail "no partition leaders in: $metadata"
forwards=("alikafka-test-vpc.invalid:9094 -> $first_broker via 127.0.0.1:"
          "rm-test.mysql.invalid:3306 -> 127.0.0.1:$mysql_port via 127.0.0.1:")
for leader in $leaders; do
  address=$(awk -v id="$leader" '$1 == "broker" && $2 == id {print $4}' <<<"$metadata")
  forwards+=("$address -> $address via 127.0.0.1:")
done
for forward in "${forwards[@]}"; do
  grep -qF "forwarded $forward" "$state/run.err" || fail "no forward '$forward' in: $(cat "$state/run.err")"
done
pass "the bootstrap server, the advertised address of each partition leader ($(echo $leaders)) and the MySQL host went through forwards"
grep -q "node 'users'.*VERIFY_CA" "$state/run.err" || fail "no TLS fallback warning for node users: $(cat "$state/run.err")"
pass "the VERIFY_IDENTITY fallback to VERIFY_CA is said"

in_client "$cli" check "$state/job.json" --profile vpc >"$state/check.out" 2>"$state/check.err" ||
  fail "check through the jump host failed: $(cat "$state/check.out" "$state/check.err")"
grep -q "orders" "$state/check.out" && grep -q "users" "$state/check.out" ||
  fail "check did not report both nodes: $(cat "$state/check.out")"
grep -q "VERIFY_CA" "$state/check.out" || fail "check did not warn of the TLS fallback: $(cat "$state/check.out")"
pass "check works through the jump host, warning of the TLS fallback"

in_client "$cli" infer "$state/job.json" --node orders --profile vpc >"$state/infer.out" 2>"$state/infer.err" ||
  fail "infer through the jump host failed: $(cat "$state/infer.out" "$state/infer.err")"
for column in order_id user_id amount; do
  grep -q "$column" "$state/infer.out" || fail "infer proposed no column $column: $(cat "$state/infer.out")"
done
pass "infer works through the jump host"

# Without the profile the names resolve nowhere: the failure names the node and the cause.
if in_client "$cli" check "$state/job.json" >"$state/direct.out" 2>&1; then
  fail "check without the profile succeeded: $(cat "$state/direct.out")"
fi
grep -q "orders" "$state/direct.out" && grep -qiE "resolve|unknown host|cannot reach" "$state/direct.out" ||
  fail "the failure without the profile does not name node orders and a DNS/unreachable cause: $(cat "$state/direct.out")"
grep -q "users" "$state/direct.out" || fail "the failure without the profile does not name node users"
pass "without the profile the check fails naming the nodes: $(grep -m1 -iE 'resolve|cannot reach' "$state/direct.out")"

# The jump host's key must be the recorded one.
if in_client "$cli" check "$state/job.json" --profile unknown-key >"$state/unknown.out" 2>&1; then
  fail "a jump host with an unrecorded key was accepted"
fi
grep -q "not in $state/ssh/empty_known_hosts" "$state/unknown.out" || fail "unclear refusal: $(cat "$state/unknown.out")"
if in_client "$cli" check "$state/job.json" --profile changed-key >"$state/changed.out" 2>&1; then
  fail "a jump host whose key changed was accepted"
fi
grep -q "CHANGED" "$state/changed.out" || fail "unclear refusal of a changed key: $(cat "$state/changed.out")"
pass "unknown and changed host keys are refused"
echo "PASS: the VPC is reached through the jump host only"
