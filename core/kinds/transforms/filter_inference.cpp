#include "analysis/kind_inference.h"
#include "analysis/expression_check.h"

namespace sw::analysis {

std::optional<Relation> filterRelation(const InferenceInput& in, Findings& findings) {
    const Relation* arriving = in.singleInput();
    if (!arriving) return std::nullopt;
    const Relation& input = *arriving;
    const model::Node& node = in.node;
    const std::string condition = node.option("condition");
    if (!condition.empty()) {  // an empty condition is a missing required option
        auto typed = checkExpression(condition, input.columns, expr::AggregateUse::Forbidden, in.job.settings.functions,
                                     node, "condition", "the condition", findings);
        if (typed && typed->type.kind() != model::TypeKind::Boolean) {
            findings.add(rules::kConditionNotBoolean, node, "condition",
                         "the condition is " + typed->type.toSql() + ", but a filter needs BOOLEAN");
        }
    }
    return input;  // a filter never changes the shape, even when its condition is broken
}

}  // namespace sw::analysis
