#pragma once
// Type checker: the Flink result type of an expression over a set of input columns.

#include <unordered_map>
#include <vector>

#include "expr/parse/ast.h"
#include "model/flink_type.h"
#include "model/schema.h"
#include "model/user_function.h"
#include "util/result.h"

namespace sw::expr {

// Whether aggregate calls (COUNT, SUM, ...) may appear: in an aggregate's output list, not in a filter.
enum class AggregateUse { Forbidden, Allowed };

// The type of `expr` when evaluated over rows with `columns`, following Flink's rules
// (nullability propagates, numeric widening, DECIMAL derivation). Errors name the offending
// sub-expression as SQL with its type and are located at its offset ("offset N"). Calls of
// names that are no built-in must be among `functions`, the job's user-defined ones.
sw::Result<model::FlinkType> typeCheck(const Expr& expr, const std::vector<model::Column>& columns,
                                       AggregateUse aggregates, const std::vector<model::UserFunction>& functions = {});

// The type of each sub-expression, by node.
using ExprTypes = std::unordered_map<const Expr*, model::FlinkType>;
// The same, also recording the type of every sub-expression in `types` (for the compiler, which
// runs no user-defined function, so none is known here).
sw::Result<model::FlinkType> typeCheck(const Expr& expr, const std::vector<model::Column>& columns,
                                       AggregateUse aggregates, ExprTypes& types);

}  // namespace sw::expr
