#include "model/job_settings.h"

#include <cstdio>
#include <cstdlib>

#include "model/duration.h"

namespace sw::model {

namespace {

std::string boolText(bool value) { return value ? "true" : "false"; }

// Shortest text that reads back as the same double (0.1 -> "0.1").
std::string numberText(double value) {
    char buffer[32];
    for (int precision = 1; precision <= 17; ++precision) {
        std::snprintf(buffer, sizeof buffer, "%.*g", precision, value);
        if (std::strtod(buffer, nullptr) == value) break;
    }
    return buffer;
}

}  // namespace

std::string toString(CheckpointMode mode) {
    return mode == CheckpointMode::ExactlyOnce ? "EXACTLY_ONCE" : "AT_LEAST_ONCE";
}

std::vector<SettingEntry> settingEntries(const JobSettings& s) {
    std::vector<SettingEntry> entries{
        {"execution.checkpointing.interval", formatDuration(s.checkpointInterval), false},
        {"execution.checkpointing.timeout", formatDuration(s.checkpointTimeout), false},
        {"execution.checkpointing.tolerable-failed-checkpoints", std::to_string(s.tolerableFailedCheckpoints), false},
        {"execution.checkpointing.mode", toString(s.checkpointMode), false},
        {"table.exec.mini-batch.enabled", boolText(s.miniBatchEnabled), true},
    };
    // Flink rejects mini-batch without both latency and size, so they travel together.
    if (s.miniBatchEnabled) {
        entries.push_back({"table.exec.mini-batch.allow-latency", formatDuration(s.miniBatchLatency), true});
        entries.push_back({"table.exec.mini-batch.size", std::to_string(s.miniBatchSize), true});
    }
    entries.push_back({"table.exec.state.ttl", formatDuration(s.stateTtl), true});
    entries.push_back({"pipeline.object-reuse", boolText(s.objectReuse), false});
    entries.push_back({"parallelism.default", std::to_string(s.parallelism), false});
    entries.push_back({"taskmanager.memory.network.fraction", numberText(s.networkMemoryFraction), false});
    entries.push_back({"taskmanager.memory.network.min", s.networkMemoryMin, false});
    entries.push_back({"taskmanager.memory.network.max", s.networkMemoryMax, false});
    for (const auto& [key, value] : s.extra)  // std::map: already sorted
        entries.push_back({key, value, key.starts_with("table.")});
    return entries;
}

}  // namespace sw::model
