#pragma once
// Expression checking shared by filter, project and window-aggregate inference.

#include <optional>
#include <string>
#include <vector>

#include "expr/parse/ast.h"
#include "expr/types/type_checker.h"
#include "model/node.h"
#include "analysis/findings.h"

namespace sw::analysis {

struct TypedExpression {
    expr::ExprPtr expr;
    model::FlinkType type;
};

// Parses `text`, checks every column it names exists in `input`, then type-checks it (with the
// job's user-defined `functions`). Reports bad-expression / unknown-column against `field` of
// `node` and returns nothing then.
std::optional<TypedExpression> checkExpression(const std::string& text,
                                               const std::vector<model::Column>& input,
                                               expr::AggregateUse aggregates,
                                               const std::vector<model::UserFunction>& functions,
                                               const model::Node& node, const std::string& field,
                                               const std::string& fieldWords, Findings& findings);

const model::Column* findColumn(const std::vector<model::Column>& columns, std::string_view name);

}  // namespace sw::analysis
