#pragma once
// MetricsRegistry: the counters the runtime threads bump, and snapshots that copy them for readers.

#include <atomic>
#include <chrono>
#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <vector>

#include "runtime/metrics/latency_histogram.h"
#include "runtime/metrics/metrics_snapshot.h"

namespace sw::runtime {

// Bumped by exactly one thread (the node's own), read by any: relaxed atomics suffice.
struct NodeCounters {
    std::string nodeId;
    std::string nodeName;
    std::string kind;
    bool isSource = false;
    bool isSink = false;
    std::atomic<std::uint64_t> recordsIn{0};
    std::atomic<std::uint64_t> recordsOut{0};
    std::atomic<std::uint64_t> errors{0};

    void addIn(std::uint64_t n) { recordsIn.fetch_add(n, std::memory_order_relaxed); }
    void addOut(std::uint64_t n) { recordsOut.fetch_add(n, std::memory_order_relaxed); }
    void addErrors(std::uint64_t n) { errors.fetch_add(n, std::memory_order_relaxed); }

    // Lookup joins and database sinks (zero elsewhere): cache hits/misses, and the requests
    // sent to the external system (queries, flushes) with their total time and rows.
    std::atomic<std::uint64_t> cacheHits{0};
    std::atomic<std::uint64_t> cacheMisses{0};
    std::atomic<std::uint64_t> externalRequests{0};
    std::atomic<std::uint64_t> externalMicros{0};
    std::atomic<std::uint64_t> externalRows{0};
    // Kafka and MySQL nodes: bytes exchanged with the external system. Kafka: the key and value
    // bytes of the messages read or sent; MySQL: what the server counted for the session
    // (Bytes_sent / Bytes_received), sampled at most once a second.
    std::atomic<std::uint64_t> bytesRead{0};
    std::atomic<std::uint64_t> bytesWritten{0};
    // Window aggregates: rows dropped because every window they belong to had already fired.
    std::atomic<std::uint64_t> lateRecordsDropped{0};
    bool dropsLateRecords = false;  // the kind's operator counts them (KindRuntime), so 0 is reported too
};

// Progress of one Kafka partition read by a source: next offset to read and the lag behind its
// high watermark (-1 while unknown). Registered by the source's thread once partitions are known.
struct PartitionGauge {
    std::string nodeId;
    std::string topic;
    std::int32_t partition = 0;
    std::atomic<std::int64_t> offset{-1};
    std::atomic<std::int64_t> lag{-1};
};

struct QueueGauge {
    std::string fromNodes;
    std::string toNode;
    std::size_t capacity = 0;
    std::atomic<std::size_t> size{0};
    std::atomic<std::size_t> peak{0};
};

// Written by the checkpoint coordinator's thread only.
struct CheckpointGauge {
    std::atomic<bool> enabled{false};
    std::atomic<std::uint64_t> completed{0};
    std::atomic<std::uint64_t> failed{0};
    std::atomic<std::uint64_t> lastId{0};
    std::atomic<std::uint64_t> lastDurationMillis{0};
    std::atomic<std::uint64_t> lastSizeBytes{0};
    std::atomic<bool> stopped{false};  // a source ended: no further checkpoint can be taken
};

class MetricsRegistry {
public:
    MetricsRegistry();
    MetricsRegistry(const MetricsRegistry&) = delete;
    MetricsRegistry& operator=(const MetricsRegistry&) = delete;

    // Registration happens while the plan is built, before any thread runs; the references stay
    // valid for the registry's lifetime.
    NodeCounters& addNode(std::string nodeId, std::string nodeName, std::string kind, bool isSource,
                          bool isSink);
    QueueGauge& addQueue(std::string fromNodes, std::string toNode, std::size_t capacity);
    LatencyHistogram& latency() { return latency_; }
    CheckpointGauge& checkpoints() { return checkpoints_; }
    // Unlike nodes and queues, partitions are learned at run time: safe from any thread.
    PartitionGauge& addPartition(std::string nodeId, std::string topic, std::int32_t partition);

    // A copy of everything now. Per-second rates are computed against the previous snapshot()
    // call (the first one: against the start), so one poller should own the rates.
    MetricsSnapshot snapshot();

private:
    std::deque<NodeCounters> nodes_;  // deque: stable addresses while growing
    std::deque<QueueGauge> queues_;
    std::mutex partitionsMutex_;  // guards the deque's growth, not the gauges' atomics
    std::deque<PartitionGauge> partitions_;
    LatencyHistogram latency_;
    CheckpointGauge checkpoints_;
    const std::chrono::steady_clock::time_point started_;

    std::mutex snapshotMutex_;  // guards the previous counts
    std::chrono::steady_clock::time_point previousTime_;
    std::vector<std::uint64_t> previousIn_;
    std::vector<std::uint64_t> previousOut_;
};

}  // namespace sw::runtime
