#pragma once
// MetricsSnapshot: an immutable copy of every runtime metric at one instant, for the UI and the CLI.

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "runtime/metrics/latency_histogram.h"

namespace sw::runtime {

struct NodeMetrics {
    std::string nodeId;
    std::string nodeName;
    std::string kind;
    bool isSource = false;
    bool isSink = false;
    std::uint64_t recordsIn = 0;
    std::uint64_t recordsOut = 0;
    std::uint64_t errors = 0;  // records dropped or failed (e.g. skipped parse errors)
    double recordsInPerSecond = 0;   // since the previous snapshot
    double recordsOutPerSecond = 0;
    // Lookup joins and database sinks: see NodeCounters.
    std::uint64_t cacheHits = 0;
    std::uint64_t cacheMisses = 0;
    std::uint64_t externalRequests = 0;
    std::uint64_t externalMicros = 0;  // total; divide by externalRequests for the mean latency
    std::uint64_t externalRows = 0;
    std::uint64_t bytesRead = 0;     // Kafka and MySQL nodes: see NodeCounters
    std::uint64_t bytesWritten = 0;
    std::uint64_t lateRecordsDropped = 0;  // window aggregates: see NodeCounters
    bool dropsLateRecords = false;

    // The node's throughput as a user reads it: what a sink writes, what any other node passes on.
    double throughput() const { return isSink ? recordsInPerSecond : recordsOutPerSecond; }
    // Hits / (hits + misses), 0 before the first lookup.
    double cacheHitRate() const {
        const std::uint64_t total = cacheHits + cacheMisses;
        return total ? static_cast<double>(cacheHits) / static_cast<double>(total) : 0;
    }
};

// Fill of the queue in front of `toNode` (fed by `fromNodes`): the measure of back-pressure.
struct QueueMetrics {
    std::string fromNodes;  // "a,b" when several inputs feed one queue (union)
    std::string toNode;
    std::size_t size = 0;      // batches waiting
    std::size_t capacity = 0;  // batches
    std::size_t peak = 0;      // largest size seen since the run started

    double fill() const { return capacity ? static_cast<double>(size) / static_cast<double>(capacity) : 0; }
};

// A Kafka source's position in one partition.
struct PartitionMetrics {
    std::string nodeId;
    std::string topic;
    std::int32_t partition = 0;
    std::int64_t offset = -1;  // next offset to read; -1 before the first message
    std::int64_t lag = -1;     // messages behind the high watermark; -1 while unknown
};

// Checkpoints of a run with a checkpoint directory (all zero without one).
struct CheckpointMetrics {
    bool enabled = false;
    std::uint64_t completed = 0;
    std::uint64_t failed = 0;
    std::uint64_t lastId = 0;              // the newest completed checkpoint
    std::uint64_t lastDurationMillis = 0;  // trigger -> file renamed
    std::uint64_t lastSizeBytes = 0;       // of the file
    bool stopped = false;                  // a source ended: no further checkpoint, no final one on a stop
};

struct MetricsSnapshot {
    std::chrono::system_clock::time_point timestamp;
    double elapsedSeconds = 0;  // since the registry was created (the run started)
    std::vector<NodeMetrics> nodes;
    std::vector<QueueMetrics> queues;
    std::vector<PartitionMetrics> partitions;
    LatencySummary latency;  // source creation -> sink write
    CheckpointMetrics checkpoints;

    std::uint64_t sourceRecords() const;  // records that entered the job
    std::uint64_t sinkRecords() const;    // records written by sinks
    double sourceRecordsPerSecond() const;
    double sinkRecordsPerSecond() const;
    double maxQueueFill() const;  // 0..1
    // Of the rows the sources emitted (read minus those skipped as malformed), the share not lost
    // on the way to an error or a late drop: rows that reached a sink, were filtered out or were
    // folded into an aggregate all count as handled, and rows still in queues or open windows are
    // not failures. 1 before the first row. docs/run-panel.md defines it for users.
    double successRate() const;
};

// One JSON object on one line (for --metrics-out).
std::string toJsonLine(const MetricsSnapshot& snapshot);
// "t=3s in=1.0M/s out=420k/s lat p99=2ms q=12%" (then " chk=3" with checkpoints) for a live
// status line.
std::string toStatusLine(const MetricsSnapshot& snapshot);

}  // namespace sw::runtime
