#!/usr/bin/env bash
# Starts a loopback mock Kafka broker with one 32-partition topic, runs sw_bench_kafka_source on it
# (bare librdkafka consumer and kcat vs the runtime's Kafka source), and stops the broker.
# usage: bench/kafka_source_bench.sh BUILD_DIR [MESSAGES [ROUNDS]]   (BUILD_DIR configured with -DSW_BUILD_BENCH=ON)
set -euo pipefail
build=${1:?usage: $0 BUILD_DIR [MESSAGES [ROUNDS]]}
messages=${2:-1000000}
rounds=${3:-3}
state=$(mktemp -d)
broker_pid=
cleanup() {
  [[ -n $broker_pid ]] && kill "$broker_pid" 2>/dev/null && wait "$broker_pid" 2>/dev/null
  rm -rf "$state"
}
trap cleanup EXIT
# 32 partitions: 1M keyed 80-byte messages stay far below the mock's ~5 MiB per partition.
"$build/tests/support/sw-kafka-mock-broker" --brokers 1 --topic sw-bench:32 \
  --bootstrap-file "$state/bootstrap" </dev/null >"$state/broker.log" 2>&1 &
broker_pid=$!
for _ in $(seq 100); do [[ -s $state/bootstrap ]] && break; sleep 0.1; done
[[ -s $state/bootstrap ]] || { cat "$state/broker.log" >&2; exit 1; }
"$build/bench/sw_bench_kafka_source" "$(cat "$state/bootstrap")" sw-bench "$messages" "$rounds"
