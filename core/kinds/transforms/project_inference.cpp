#include "analysis/kind_inference.h"
#include "analysis/expression_check.h"

namespace sw::analysis {

std::optional<Relation> projectRelation(const InferenceInput& in, Findings& findings) {
    const Relation* arriving = in.singleInput();
    if (!arriving) return std::nullopt;
    const Relation& input = *arriving;
    const model::Node& node = in.node;
    Relation out;
    out.updating = input.updating;
    bool complete = true;
    for (std::size_t i = 0; i < node.outputs.size(); ++i) {
        const model::NamedExpression& output = node.outputs[i];
        if (!claimName(out.columns, output, i, node, findings)) {
            complete = false;
            continue;
        }
        auto typed = checkExpression(output.expression, input.columns, expr::AggregateUse::Forbidden,
                                     in.job.settings.functions, node, indexed("outputs", i), outputWords(output, i),
                                     findings);
        if (!typed) {
            complete = false;
            continue;
        }
        out.columns.push_back({output.name, typed->type, {}});
        // Time attributes survive only a bare reference; any computation makes them plain values.
        std::string referenced;
        if (expr::isColumnReference(*typed->expr, &referenced)) {
            if (!input.procTimeColumn.empty() && referenced == input.procTimeColumn) out.procTimeColumn = output.name;
            if (!input.rowtimeColumn.empty() && referenced == input.rowtimeColumn) out.rowtimeColumn = output.name;
        }
    }
    if (!complete) return std::nullopt;
    return out;
}

}  // namespace sw::analysis
