#include "validate/target_engine.h"

#include <algorithm>
#include <array>

namespace sw::validate {
namespace {

using enum expr::FlinkVersion;

// VVR → Flink from docs/research/flink-functions/versions.md (Alibaba Cloud's engine version
// release notes: VVR 8.0.x is based on Flink 1.17, VVR 11.x on Flink 1.20).
constexpr std::array<TargetEngine, 7> kEngines = {{
    {"vvr-11", "Alibaba Cloud VVR 11 (Flink 1.20)", V1_20, true},
    {"vvr-8.0", "Alibaba Cloud VVR 8.0 (Flink 1.17)", V1_17, true},
    {"flink-2.0", "Apache Flink 2.0", V2_0, false},
    {"flink-1.20", "Apache Flink 1.20", V1_20, false},
    {"flink-1.19", "Apache Flink 1.19", V1_19, false},
    {"flink-1.18", "Apache Flink 1.18", V1_18, false},
    {"flink-1.17", "Apache Flink 1.17", V1_17, false},
}};

}  // namespace

std::span<const TargetEngine> targetEngines() { return kEngines; }

const TargetEngine* findTargetEngine(std::string_view id) {
    auto it = std::ranges::find(kEngines, id, &TargetEngine::id);
    return it == kEngines.end() ? nullptr : &*it;
}

const TargetEngine& defaultTargetEngine(kinds::Dialect dialect) {
    return dialect == kinds::Dialect::AliyunVvr ? kEngines[0] : kEngines[2];
}

const TargetEngine& targetEngineOf(std::string_view id, kinds::Dialect dialect) {
    const TargetEngine* named = findTargetEngine(id);
    return named ? *named : defaultTargetEngine(dialect);
}

std::string unavailableReason(const expr::FunctionInfo& function, const TargetEngine& engine, kinds::Dialect dialect) {
    const std::string name(function.name);
    if (function.origin == expr::FunctionOrigin::VvrOnly) {
        if (engine.vvr && dialect == kinds::Dialect::AliyunVvr) return {};
        return name + " is a built-in of Alibaba Cloud VVR; Apache Flink has no such function";
    }
    if (function.since <= engine.flink) return {};
    return name + " needs Flink " + std::string(expr::toString(function.since)) + " or later, but the job targets " +
           std::string(engine.label);
}

}  // namespace sw::validate
