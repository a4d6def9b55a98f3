#include "runtime/metrics/metrics_registry.h"

#include "kinds/catalog.h"
#include "runtime/engine/kind_runtime.h"

namespace sw::runtime {

MetricsRegistry::MetricsRegistry() : started_(std::chrono::steady_clock::now()), previousTime_(started_) {}

NodeCounters& MetricsRegistry::addNode(std::string nodeId, std::string nodeName, std::string kind,
                                       bool isSource, bool isSink) {
    NodeCounters& counters = nodes_.emplace_back();
    counters.nodeId = std::move(nodeId);
    counters.nodeName = std::move(nodeName);
    counters.kind = std::move(kind);
    counters.isSource = isSource;
    counters.isSink = isSink;
    const kinds::NodeKind* descriptor = kinds::Catalog::instance().find(counters.kind);
    counters.dropsLateRecords = descriptor && kindRuntime(*descriptor).dropsLateRecords;
    return counters;
}

QueueGauge& MetricsRegistry::addQueue(std::string fromNodes, std::string toNode, std::size_t capacity) {
    QueueGauge& gauge = queues_.emplace_back();
    gauge.fromNodes = std::move(fromNodes);
    gauge.toNode = std::move(toNode);
    gauge.capacity = capacity;
    return gauge;
}

PartitionGauge& MetricsRegistry::addPartition(std::string nodeId, std::string topic, std::int32_t partition) {
    std::lock_guard lock(partitionsMutex_);
    PartitionGauge& gauge = partitions_.emplace_back();
    gauge.nodeId = std::move(nodeId);
    gauge.topic = std::move(topic);
    gauge.partition = partition;
    return gauge;
}

MetricsSnapshot MetricsRegistry::snapshot() {
    std::lock_guard lock(snapshotMutex_);
    const auto now = std::chrono::steady_clock::now();
    MetricsSnapshot result;
    result.timestamp = std::chrono::system_clock::now();
    result.elapsedSeconds = std::chrono::duration<double>(now - started_).count();
    const double interval = std::chrono::duration<double>(now - previousTime_).count();
    previousIn_.resize(nodes_.size(), 0);
    previousOut_.resize(nodes_.size(), 0);

    for (std::size_t i = 0; i < nodes_.size(); ++i) {
        const NodeCounters& counters = nodes_[i];
        NodeMetrics& node = result.nodes.emplace_back();
        node.nodeId = counters.nodeId;
        node.nodeName = counters.nodeName;
        node.kind = counters.kind;
        node.isSource = counters.isSource;
        node.isSink = counters.isSink;
        node.recordsIn = counters.recordsIn.load(std::memory_order_relaxed);
        node.recordsOut = counters.recordsOut.load(std::memory_order_relaxed);
        node.errors = counters.errors.load(std::memory_order_relaxed);
        node.cacheHits = counters.cacheHits.load(std::memory_order_relaxed);
        node.cacheMisses = counters.cacheMisses.load(std::memory_order_relaxed);
        node.externalRequests = counters.externalRequests.load(std::memory_order_relaxed);
        node.externalMicros = counters.externalMicros.load(std::memory_order_relaxed);
        node.externalRows = counters.externalRows.load(std::memory_order_relaxed);
        node.bytesRead = counters.bytesRead.load(std::memory_order_relaxed);
        node.bytesWritten = counters.bytesWritten.load(std::memory_order_relaxed);
        node.lateRecordsDropped = counters.lateRecordsDropped.load(std::memory_order_relaxed);
        node.dropsLateRecords = counters.dropsLateRecords;
        if (interval > 0) {
            node.recordsInPerSecond = static_cast<double>(node.recordsIn - previousIn_[i]) / interval;
            node.recordsOutPerSecond = static_cast<double>(node.recordsOut - previousOut_[i]) / interval;
        }
        previousIn_[i] = node.recordsIn;
        previousOut_[i] = node.recordsOut;
    }
    for (const QueueGauge& gauge : queues_) {
        result.queues.push_back({gauge.fromNodes, gauge.toNode, gauge.size.load(std::memory_order_relaxed),
                                 gauge.capacity, gauge.peak.load(std::memory_order_relaxed)});
    }
    {
        std::lock_guard lock(partitionsMutex_);
        for (const PartitionGauge& gauge : partitions_) {
            result.partitions.push_back({gauge.nodeId, gauge.topic, gauge.partition,
                                         gauge.offset.load(std::memory_order_relaxed),
                                         gauge.lag.load(std::memory_order_relaxed)});
        }
    }
    result.latency = latency_.summary();
    result.checkpoints = {checkpoints_.enabled.load(std::memory_order_relaxed),
                          checkpoints_.completed.load(std::memory_order_relaxed),
                          checkpoints_.failed.load(std::memory_order_relaxed),
                          checkpoints_.lastId.load(std::memory_order_relaxed),
                          checkpoints_.lastDurationMillis.load(std::memory_order_relaxed),
                          checkpoints_.lastSizeBytes.load(std::memory_order_relaxed),
                          checkpoints_.stopped.load(std::memory_order_relaxed)};
    previousTime_ = now;
    return result;
}

}  // namespace sw::runtime
