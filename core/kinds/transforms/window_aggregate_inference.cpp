#include "analysis/kind_inference.h"
#include "analysis/expression_check.h"

namespace sw::analysis {

std::optional<Relation> windowAggregateRelation(const InferenceInput& in, Findings& findings) {
    const Relation* arriving = in.singleInput();
    if (!arriving) return std::nullopt;
    const Relation& input = *arriving;
    const model::Node& node = in.node;
    const kinds::NodeKind& kind = in.kind;
    const std::string windowKind = kind.effectiveOption(node, "window.kind");
    const bool continuous = windowKind == "NONE";
    if (!continuous && windowKind != "TUMBLE" && windowKind != "HOP") return std::nullopt;  // bad enum, reported

    Relation out;
    bool complete = true;
    if (!continuous) {
        const std::string timeColumn = node.option("window.time-column");
        if (!timeColumn.empty() && !findColumn(input.columns, timeColumn)) {
            findings.add(rules::kUnknownColumn, node, "window.time-column",
                         "the window time column '" + timeColumn + "' is not a column of the input");
            complete = false;
        } else if (!timeColumn.empty() && timeColumn != input.rowtimeColumn) {
            findings.add(rules::kWindowNeedsWatermark, node, "window.time-column",
                         "a " + windowKind + " window needs an event-time attribute, but " +
                             input.whyNotRowtime(timeColumn));
            complete = false;
        }
        const model::FlinkType bound = model::FlinkType(model::TypeKind::Timestamp, 3).withNullable(false);
        out.columns.push_back({"window_start", bound, {}});
        out.columns.push_back({"window_end", bound, {}});
    }
    for (std::size_t i = 0; i < node.groupBy.size(); ++i) {
        const model::Column* column = findColumn(input.columns, node.groupBy[i]);
        if (!column) {
            findings.add(rules::kUnknownColumn, node, indexed("groupBy", i),
                         "group-by column '" + node.groupBy[i] + "' is not a column of the input");
            complete = false;
        } else if (findColumn(out.columns, column->name)) {
            findings.add(rules::kDuplicateColumn, node, indexed("groupBy", i),
                         "group-by column '" + column->name + "' is listed twice");
            complete = false;
        } else {
            out.columns.push_back(*column);
        }
    }
    for (std::size_t i = 0; i < node.outputs.size(); ++i) {
        const model::NamedExpression& output = node.outputs[i];
        if (!claimName(out.columns, output, i, node, findings)) {
            complete = false;
            continue;
        }
        auto typed = checkExpression(output.expression, input.columns, expr::AggregateUse::Allowed,
                                     in.job.settings.functions, node, indexed("outputs", i), outputWords(output, i),
                                     findings);
        if (!typed) {
            complete = false;
            continue;
        }
        if (!expr::containsAggregate(*typed->expr)) {
            for (const auto& name : expr::referencedColumns(*typed->expr)) {
                if (std::find(node.groupBy.begin(), node.groupBy.end(), name) != node.groupBy.end()) continue;
                findings.add(rules::kNonGroupedColumn, node, indexed("outputs", i),
                             outputWords(output, i) + " uses '" + std::string(name) +
                                 "' outside an aggregate; add it to the group-by columns or aggregate it");
                complete = false;
            }
        }
        out.columns.push_back({output.name, typed->type, {}});
    }
    // A continuous GROUP BY re-emits a changed result row for every input: an updating stream.
    out.updating = continuous || input.updating;
    if (!complete) return std::nullopt;
    return out;
}

}  // namespace sw::analysis
