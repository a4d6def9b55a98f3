#pragma once
// TargetEngine: the Flink engine a job is written for, an Apache Flink release or an Alibaba
// Cloud VVR engine (each based on a Flink release). It decides which built-in functions exist.

#include <span>
#include <string>
#include <string_view>

#include "expr/parse/function_catalog.h"
#include "kinds/node_kind.h"

namespace sw::validate {

struct TargetEngine {
    std::string_view id;     // the job file's settings.engine value: "vvr-11", "flink-2.0"
    std::string_view label;  // "Alibaba Cloud VVR 11 (Flink 1.20)"
    expr::FlinkVersion flink;
    bool vvr;  // an Alibaba Cloud engine, which adds its own built-ins
};

std::span<const TargetEngine> targetEngines();
const TargetEngine* findTargetEngine(std::string_view id);
// What a job that names no engine targets: the newest engine of the dialect.
const TargetEngine& defaultTargetEngine(kinds::Dialect dialect);
// The job's engine: `id` when it names one, else the dialect's default.
const TargetEngine& targetEngineOf(std::string_view id, kinds::Dialect dialect);

// Why `function` cannot be used on `engine` exported in `dialect`, or "" when it can.
std::string unavailableReason(const expr::FunctionInfo& function, const TargetEngine& engine, kinds::Dialect dialect);

}  // namespace sw::validate
