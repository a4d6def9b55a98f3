#include "analysis/kind_inference.h"

#include <algorithm>
#include <array>

#include "analysis/expression_check.h"

namespace sw::analysis {

const Relation* InferenceInput::singleInput() const {
    const kinds::PortDescriptor* port = kind.firstInput();
    if (!port) return nullptr;
    const auto edges = job.incoming(node.id, port->id);
    if (edges.size() != 1) return nullptr;
    auto found = relations.find(edges.front()->fromNode);
    return found == relations.end() ? nullptr : &found->second;
}

InferRelation relationInference(const kinds::NodeKind& kind) {
    static constexpr std::array kTable{
#define SW_NODE_KIND(name) &name##Relation,
#include "kinds/node_kinds.def"
#undef SW_NODE_KIND
    };
    return kTable.at(kind.index);
}

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

Relation declaredRelation(const model::Node& node) {
    Relation out;
    out.columns = node.schema.columns;
    const auto& watermark = node.schema.watermark;
    if (watermark && node.schema.find(watermark->column)) out.rowtimeColumn = watermark->column;
    if (!node.schema.procTimeColumn.empty()) {
        const auto procTime = model::FlinkType(model::TypeKind::TimestampLtz, 3).withNullable(false);
        out.columns.push_back({node.schema.procTimeColumn, procTime, {}});
        out.procTimeColumn = node.schema.procTimeColumn;
    }
    return out;
}

std::optional<Relation> sinkRelation(const InferenceInput& in, Findings& findings) {
    const Relation* arriving = in.singleInput();
    if (!arriving) return std::nullopt;
    const Relation& input = *arriving;
    const model::Node& node = in.node;
    if (node.schema.columns.empty()) return input;  // the sink takes whatever arrives
    Relation out;
    out.columns = node.schema.columns;
    out.updating = input.updating;
    for (std::size_t j = 0; j < node.schema.columns.size(); ++j) {
        const model::Column& column = node.schema.columns[j];
        const std::string field = "schema.columns[" + std::to_string(j) + "]";
        const model::Column* source = input.find(column.name);
        if (!source) {
            findings.add(rules::kUnknownColumn, node, field + ".name",
                         "sink column '" + column.name + "' is not a column of the input");
        } else if (!column.type.assignableFrom(source->type)) {
            findings.add(rules::kSinkColumnType, node, field + ".type",
                         "sink column '" + column.name + "' is " + column.type.toSql() +
                             " but receives " + source->type.toSql() + "; change its type or cast upstream");
        }
    }
    return out;
}

std::optional<Relation> lookupJoinRelation(const InferenceInput& input, Findings& findings) {
    const Relation* arriving = input.singleInput();
    if (!arriving) return std::nullopt;
    const Relation& probe = *arriving;
    const model::Node& node = input.node;
    const kinds::NodeKind& kind = input.kind;
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
    std::string joinType = kind.effectiveOption(node, "join.type");
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

}  // namespace sw::analysis
