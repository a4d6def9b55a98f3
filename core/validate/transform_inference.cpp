#include "validate/transform_inference.h"

#include <algorithm>

#include "validate/expression_check.h"

namespace sw::validate {
namespace {

std::string indexed(const char* prefix, std::size_t index) {
    return std::string(prefix) + "[" + std::to_string(index) + "]";
}

std::string outputWords(const model::NamedExpression& output, std::size_t index) {
    return "output " + std::to_string(index + 1) + " ('" + output.name + "')";
}

// Reports an output whose name is already taken in `columns`; true when it is free.
bool claimName(const std::vector<model::Column>& columns, const model::NamedExpression& output,
               std::size_t index, const model::Node& node, Findings& findings) {
    if (!findColumn(columns, output.name)) return true;
    findings.add(rules::kDuplicateColumn, node, indexed("outputs", index),
                 outputWords(output, index) + " repeats the column name '" + output.name + "'");
    return false;
}

}  // namespace

std::optional<Relation> inferFilter(const model::Node& node, const Relation& input, Findings& findings) {
    const std::string condition = node.option("condition");
    if (!condition.empty()) {  // an empty condition is a missing required option
        auto typed = checkExpression(condition, input.columns, expr::AggregateUse::Forbidden, node,
                                     "condition", "the condition", findings);
        if (typed && typed->type.kind() != model::TypeKind::Boolean) {
            findings.add(rules::kConditionNotBoolean, node, "condition",
                         "the condition is " + typed->type.toSql() + ", but a filter needs BOOLEAN");
        }
    }
    return input;  // a filter never changes the shape, even when its condition is broken
}

std::optional<Relation> inferProject(const model::Node& node, const Relation& input, Findings& findings) {
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
                                     node, indexed("outputs", i), outputWords(output, i), findings);
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

std::optional<Relation> inferLookup(const model::Node& node, const connectors::NodeKind& kind,
                                    const Relation& probe, Findings& findings) {
    const std::vector<model::Column>& dim = node.schema.columns;
    bool complete = true;
    if (node.joinKeys.empty()) {
        findings.add(rules::kMissingJoinKey, node, "joinKeys",
                     "a lookup join needs at least one join key (probe column = dimension column)");
        complete = false;
    }
    for (std::size_t i = 0; i < node.joinKeys.size(); ++i) {
        const model::JoinKey& key = node.joinKeys[i];
        const std::string field = indexed("joinKeys", i);
        const std::string words = "join key " + std::to_string(i + 1);
        const model::Column* probeColumn = findColumn(probe.columns, key.probeColumn);
        const model::Column* dimColumn = findColumn(dim, key.dimColumn);
        if (!probeColumn) {
            findings.add(rules::kUnknownColumn, node, field,
                         words + " uses probe column '" + key.probeColumn + "', which the input does not have");
        }
        if (!dimColumn) {
            findings.add(rules::kUnknownColumn, node, field,
                         words + " uses dimension column '" + key.dimColumn + "', which the table does not declare");
        }
        if (!probeColumn || !dimColumn) {
            complete = false;
        } else if (!probeColumn->type.comparableWith(dimColumn->type)) {
            findings.add(rules::kJoinKeyTypeMismatch, node, field,
                         words + " compares " + probeColumn->type.toSql() + " with " +
                             dimColumn->type.toSql() + "; cast one side or pick matching columns");
        }
    }

    Relation out = probe;  // probe columns and their time attributes come first and survive
    std::string joinType = effectiveOption(node, kind, "join.type");
    const bool left = joinType != "INNER";
    for (std::size_t j = 0; j < dim.size(); ++j) {
        const model::Column& column = dim[j];
        if (findColumn(probe.columns, column.name)) {
            // The key column of the dimension equals its probe column: dropping it loses nothing.
            const bool sameKey = std::any_of(node.joinKeys.begin(), node.joinKeys.end(), [&](const model::JoinKey& k) {
                return k.dimColumn == column.name && k.probeColumn == column.name;
            });
            if (!sameKey) {
                findings.add(rules::kColumnNameCollision, node, indexed("schema.columns", j),
                             "dimension column '" + column.name +
                                 "' has the same name as an input column; rename one of them");
                complete = false;
            }
            continue;
        }
        model::Column joined = column;
        if (left) joined.type = joined.type.withNullable(true);  // no match yields NULLs
        out.columns.push_back(std::move(joined));
    }
    if (!complete) return std::nullopt;
    return out;
}

std::optional<Relation> inferWindowAggregate(const model::Node& node, const connectors::NodeKind& kind,
                                             const Relation& input, Findings& findings) {
    const std::string windowKind = effectiveOption(node, kind, "window.kind");
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
        auto typed = checkExpression(output.expression, input.columns, expr::AggregateUse::Allowed, node,
                                     indexed("outputs", i), outputWords(output, i), findings);
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

}  // namespace sw::validate
