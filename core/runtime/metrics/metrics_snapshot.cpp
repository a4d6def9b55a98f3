#include "runtime/metrics/metrics_snapshot.h"

#include <algorithm>
#include <cstdio>

#include "runtime/formats/json_text.h"

namespace sw::runtime {

std::uint64_t MetricsSnapshot::sourceRecords() const {
    std::uint64_t total = 0;
    for (const auto& node : nodes) total += node.isSource ? node.recordsOut : 0;
    return total;
}

std::uint64_t MetricsSnapshot::sinkRecords() const {
    std::uint64_t total = 0;
    for (const auto& node : nodes) total += node.isSink ? node.recordsIn : 0;
    return total;
}

double MetricsSnapshot::sourceRecordsPerSecond() const {
    double total = 0;
    for (const auto& node : nodes) total += node.isSource ? node.recordsOutPerSecond : 0;
    return total;
}

double MetricsSnapshot::sinkRecordsPerSecond() const {
    double total = 0;
    for (const auto& node : nodes) total += node.isSink ? node.recordsInPerSecond : 0;
    return total;
}

double MetricsSnapshot::maxQueueFill() const {
    double fill = 0;
    for (const auto& queue : queues) fill = std::max(fill, queue.fill());
    return fill;
}

double MetricsSnapshot::successRate() const {
    std::uint64_t emitted = 0;
    std::uint64_t lost = 0;
    for (const auto& node : nodes) {
        if (node.isSource) {
            emitted += node.recordsOut;
        } else {
            lost += node.errors + node.lateRecordsDropped;
        }
    }
    if (emitted == 0) return 1;
    return 1 - static_cast<double>(std::min(lost, emitted)) / static_cast<double>(emitted);
}

namespace {

void appendField(std::string& out, const char* name) {
    if (out.back() != '{') out.push_back(',');
    appendJsonString(out, name);
    out.push_back(':');
}

void appendNumberField(std::string& out, const char* name, double value) {
    appendField(out, name);
    appendJsonNumber(out, value);
}

void appendCountField(std::string& out, const char* name, std::uint64_t value) {
    appendField(out, name);
    out += std::to_string(value);
}

void appendStringField(std::string& out, const char* name, const std::string& value) {
    appendField(out, name);
    appendJsonString(out, value);
}

// 1234567 -> "1.2M", 420000 -> "420k", 12 -> "12".
std::string humanRate(double perSecond) {
    char text[32];
    if (perSecond >= 1e6) std::snprintf(text, sizeof text, "%.1fM", perSecond / 1e6);
    else if (perSecond >= 1e4) std::snprintf(text, sizeof text, "%.0fk", perSecond / 1e3);
    else if (perSecond >= 1e3) std::snprintf(text, sizeof text, "%.1fk", perSecond / 1e3);
    else std::snprintf(text, sizeof text, "%.0f", perSecond);
    return text;
}

std::string humanMillis(double millis) {
    char text[32];
    if (millis >= 1000) std::snprintf(text, sizeof text, "%.1fs", millis / 1000);
    else if (millis >= 10) std::snprintf(text, sizeof text, "%.0fms", millis);
    else std::snprintf(text, sizeof text, "%.1fms", millis);
    return text;
}

}  // namespace

std::string toJsonLine(const MetricsSnapshot& snapshot) {
    std::string out = "{";
    const auto millis =
        std::chrono::duration_cast<std::chrono::milliseconds>(snapshot.timestamp.time_since_epoch()).count();
    appendCountField(out, "timestampMillis", static_cast<std::uint64_t>(millis));
    appendNumberField(out, "elapsedSeconds", snapshot.elapsedSeconds);
    appendCountField(out, "sourceRecords", snapshot.sourceRecords());
    appendCountField(out, "sinkRecords", snapshot.sinkRecords());
    appendNumberField(out, "sourceRecordsPerSecond", snapshot.sourceRecordsPerSecond());
    appendNumberField(out, "sinkRecordsPerSecond", snapshot.sinkRecordsPerSecond());
    appendField(out, "latencyMillis");
    out += "{";
    appendCountField(out, "count", snapshot.latency.count);
    appendNumberField(out, "p50", snapshot.latency.p50Millis);
    appendNumberField(out, "p95", snapshot.latency.p95Millis);
    appendNumberField(out, "p99", snapshot.latency.p99Millis);
    out += "}";
    appendField(out, "nodes");
    out += "[";
    for (const auto& node : snapshot.nodes) {
        if (out.back() != '[') out.push_back(',');
        out += "{";
        appendStringField(out, "id", node.nodeId);
        appendStringField(out, "name", node.nodeName);
        appendStringField(out, "kind", node.kind);
        appendCountField(out, "recordsIn", node.recordsIn);
        appendCountField(out, "recordsOut", node.recordsOut);
        appendCountField(out, "errors", node.errors);
        appendNumberField(out, "recordsInPerSecond", node.recordsInPerSecond);
        appendNumberField(out, "recordsOutPerSecond", node.recordsOutPerSecond);
        if (node.cacheHits + node.cacheMisses > 0) {  // lookup joins only
            appendCountField(out, "cacheHits", node.cacheHits);
            appendCountField(out, "cacheMisses", node.cacheMisses);
        }
        if (node.externalRequests > 0) {  // lookup queries, sink flushes
            appendCountField(out, "externalRequests", node.externalRequests);
            appendCountField(out, "externalMicros", node.externalMicros);
            appendCountField(out, "externalRows", node.externalRows);
        }
        if (node.bytesRead + node.bytesWritten > 0) {  // Kafka and MySQL nodes
            appendCountField(out, "bytesRead", node.bytesRead);
            appendCountField(out, "bytesWritten", node.bytesWritten);
        }
        if (node.dropsLateRecords) appendCountField(out, "lateRecordsDropped", node.lateRecordsDropped);
        out += "}";
    }
    out += "]";
    appendField(out, "queues");
    out += "[";
    for (const auto& queue : snapshot.queues) {
        if (out.back() != '[') out.push_back(',');
        out += "{";
        appendStringField(out, "from", queue.fromNodes);
        appendStringField(out, "to", queue.toNode);
        appendCountField(out, "size", queue.size);
        appendCountField(out, "capacity", queue.capacity);
        appendCountField(out, "peak", queue.peak);
        out += "}";
    }
    out += "]";
    if (!snapshot.partitions.empty()) {  // Kafka sources: position and lag per partition (-1 = unknown)
        appendField(out, "partitions");
        out += "[";
        for (const auto& partition : snapshot.partitions) {
            if (out.back() != '[') out.push_back(',');
            out += "{";
            appendStringField(out, "node", partition.nodeId);
            appendStringField(out, "topic", partition.topic);
            appendNumberField(out, "partition", partition.partition);
            appendNumberField(out, "offset", static_cast<double>(partition.offset));
            appendNumberField(out, "lag", static_cast<double>(partition.lag));
            out += "}";
        }
        out += "]";
    }
    if (snapshot.checkpoints.enabled) {
        appendField(out, "checkpoints");
        out += "{";
        appendCountField(out, "completed", snapshot.checkpoints.completed);
        appendCountField(out, "failed", snapshot.checkpoints.failed);
        appendCountField(out, "lastId", snapshot.checkpoints.lastId);
        appendCountField(out, "lastDurationMillis", snapshot.checkpoints.lastDurationMillis);
        appendCountField(out, "lastSizeBytes", snapshot.checkpoints.lastSizeBytes);
        appendField(out, "stopped");
        out += snapshot.checkpoints.stopped ? "true" : "false";
        out += "}";
    }
    out += "}";
    return out;
}

std::string toStatusLine(const MetricsSnapshot& snapshot) {
    char elapsed[32];
    std::snprintf(elapsed, sizeof elapsed, "%.0fs", snapshot.elapsedSeconds);
    std::string line = std::string("t=") + elapsed + " in=" + humanRate(snapshot.sourceRecordsPerSecond()) +
                       "/s out=" + humanRate(snapshot.sinkRecordsPerSecond()) + "/s lat p99=";
    line += snapshot.latency.count ? humanMillis(snapshot.latency.p99Millis) : std::string("-");
    char fill[16];
    std::snprintf(fill, sizeof fill, " q=%.0f%%", snapshot.maxQueueFill() * 100);
    line += fill;
    std::uint64_t errors = 0;
    for (const auto& node : snapshot.nodes) errors += node.errors;
    if (errors) line += " errors=" + std::to_string(errors);
    if (snapshot.checkpoints.enabled) {
        line += " chk=" + std::to_string(snapshot.checkpoints.completed);
        if (snapshot.checkpoints.failed) line += " chk-failed=" + std::to_string(snapshot.checkpoints.failed);
        if (snapshot.checkpoints.stopped) line += " chk-stopped";
    }
    return line;
}

}  // namespace sw::runtime
