#pragma once
// JobSettings: engine, user-defined functions and table options of a job (checkpointing,
// mini-batch, state TTL, ...).

#include <chrono>
#include <map>
#include <vector>
#include <string>

#include "model/user_function.h"

namespace sw::model {

enum class CheckpointMode { ExactlyOnce, AtLeastOnce };

struct JobSettings {
    // The engine the job is written for ("vvr-11", "flink-1.20"; validate/target_engine.h);
    // empty: the newest engine of the dialect it is exported in.
    std::string engine;
    std::vector<UserFunction> functions;  // declared user-defined functions, in declaration order

    std::chrono::milliseconds checkpointInterval{60'000};
    std::chrono::milliseconds checkpointTimeout{600'000};
    int tolerableFailedCheckpoints = 3;
    CheckpointMode checkpointMode = CheckpointMode::ExactlyOnce;

    bool miniBatchEnabled = true;
    std::chrono::milliseconds miniBatchLatency{1'000};
    long long miniBatchSize = 1000;

    std::chrono::milliseconds stateTtl{3'600'000};
    bool objectReuse = true;
    int parallelism = 1;

    double networkMemoryFraction = 0.1;
    std::string networkMemoryMin = "64 mb";
    std::string networkMemoryMax = "1 gb";

    std::map<std::string, std::string> extra;  // any further key = value, passed through verbatim

    bool operator==(const JobSettings&) const = default;
};

std::string toString(CheckpointMode mode);  // "EXACTLY_ONCE" / "AT_LEAST_ONCE"

// One configuration entry as Flink spells it, e.g. {"execution.checkpointing.interval", "60 s"}.
struct SettingEntry {
    std::string key;
    std::string value;
    bool isTableOption;  // table.* keys are valid in SET inside a console draft
};

// All settings as ordered Flink configuration entries (fixed keys first, then extras sorted).
std::vector<SettingEntry> settingEntries(const JobSettings& settings);

}  // namespace sw::model
