#pragma once
// Accumulators for the built-in aggregates; internal to aggregate_function.cpp.

#include <memory>
#include <optional>

#include "expr/eval/aggregate_function.h"

namespace sw::expr::eval {

struct AggregateSpec {
    FunctionId function = FunctionId::Count;
    bool distinct = false;
    std::optional<CompiledExpression> argument;  // empty for COUNT(*)
    model::FlinkType argumentType;
    model::FlinkType resultType;
};

std::unique_ptr<Accumulator> makeAccumulator(std::shared_ptr<const AggregateSpec> spec);

}  // namespace sw::expr::eval
