#include "validate/settings_rules.h"

#include "model/duration.h"
#include "validate/target_engine.h"

namespace sw::validate {

namespace {

// Extra settings Flink reads as durations; a value it cannot parse fails the job at submission.
constexpr const char* kDurationKeys[] = {"pipeline.auto-watermark-interval", "table.exec.source.idle-timeout"};

}  // namespace

void checkSettings(const model::JobSettings& settings, analysis::Findings& findings) {
    if (!settings.engine.empty() && !findTargetEngine(settings.engine)) {
        std::string known;
        for (const TargetEngine& engine : targetEngines()) known += (known.empty() ? "" : ", ") + std::string(engine.id);
        findings.addJob(analysis::rules::kUnknownEngine, "engine",
                        "the engine '" + settings.engine + "' is unknown; it must be one of: " + known);
    }
    if (settings.checkpointInterval.count() <= 0) {
        findings.addJob(analysis::rules::kCheckpointInterval, "execution.checkpointing.interval",
                        "the checkpoint interval must be greater than zero");
    }
    if (settings.checkpointTimeout.count() <= 0) {
        findings.addJob(analysis::rules::kCheckpointTimeout, "execution.checkpointing.timeout",
                        "the checkpoint timeout must be greater than zero");
    }
    if (settings.tolerableFailedCheckpoints < 0) {
        findings.addJob(analysis::rules::kTolerableFailures, "execution.checkpointing.tolerable-failed-checkpoints",
                        "the number of tolerable failed checkpoints cannot be negative");
    }
    if (settings.parallelism < 1) {
        findings.addJob(analysis::rules::kParallelism, "parallelism.default", "the parallelism must be at least 1");
    }
    // Flink rejects an enabled mini-batch unless both the latency and the size are positive.
    if (settings.miniBatchEnabled && settings.miniBatchLatency.count() <= 0) {
        findings.addJob(analysis::rules::kMiniBatch, "table.exec.mini-batch.allow-latency",
                        "mini-batch is enabled, so its allowed latency must be greater than zero");
    }
    if (settings.miniBatchEnabled && settings.miniBatchSize <= 0) {
        findings.addJob(analysis::rules::kMiniBatch, "table.exec.mini-batch.size",
                        "mini-batch is enabled, so its size must be greater than zero");
    }
    if (!(settings.networkMemoryFraction > 0.0 && settings.networkMemoryFraction < 1.0)) {
        findings.addJob(analysis::rules::kNetworkFraction, "taskmanager.memory.network.fraction",
                        "the network memory fraction must be between 0 and 1 (exclusive)");
    }
    for (const char* key : kDurationKeys) {
        const auto entry = settings.extra.find(key);
        if (entry == settings.extra.end()) continue;
        if (auto duration = model::parseDuration(entry->second); !duration)
            findings.addJob(analysis::rules::kDurationSetting, key, duration.error().message);
    }
    for (const auto& [key, value] : settings.extra) {
        if (key.find_first_not_of(" \t") != std::string::npos) continue;
        findings.addJob(analysis::rules::kEmptyExtraKey, "extra",
                        "an extra configuration entry (value '" + value + "') has an empty key");
    }
}

}  // namespace sw::validate
