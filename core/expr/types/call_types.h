#pragma once
// Call types: argument requirements and result types of the built-in functions.

#include <vector>

#include "expr/parse/ast.h"
#include "model/flink_type.h"
#include "util/result.h"

namespace sw::expr {

// The result type of the call `call` given the already checked types of its arguments.
Result<model::FlinkType> callType(const Expr& call, const std::vector<model::FlinkType>& argTypes);

}  // namespace sw::expr
