#pragma once
// Accumulators for the built-in aggregates; internal to aggregate_function.cpp.

#include <memory>
#include <optional>
#include <vector>

#include "expr/eval/aggregate_function.h"

namespace sw::expr::eval {

struct AggregateSpec {
    FunctionId function = FunctionId::Count;
    bool distinct = false;
    std::optional<CompiledExpression> argument;  // empty for COUNT(*)
    // LISTAGG's separator, FIRST_VALUE / LAST_VALUE's order; evaluated only for a non-NULL argument.
    std::optional<CompiledExpression> secondArgument;
    model::FlinkType argumentType;
    model::FlinkType resultType;
    // STDDEV_* / VAR_*: Flink plans them as other aggregates (`parts`) and a scalar expression
    // (`finish`) over the row of the parts' results.
    std::vector<AggregateFunction> parts;
    std::optional<CompiledExpression> finish;
};

std::unique_ptr<Accumulator> makeAccumulator(std::shared_ptr<const AggregateSpec> spec);

}  // namespace sw::expr::eval
