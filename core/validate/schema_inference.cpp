#include "validate/schema_inference.h"

#include <optional>

#include "connectors/catalog.h"
#include "validate/expression_check.h"
#include "validate/findings.h"
#include "validate/transform_inference.h"

namespace sw::validate {
namespace {

using connectors::NodeKind;
using connectors::NodeRole;

std::string edgeField(const model::JobGraph& job, const model::Edge* edge) {
    return "edges[" + std::to_string(edge - job.edges.data()) + "]";
}

const connectors::PortDescriptor* firstInputPort(const NodeKind& kind) {
    for (const auto& port : kind.ports) {
        if (port.isInput) return &port;
    }
    return nullptr;
}

// The relation arriving at a single-edge input; nothing when it is missing or ambiguous
// (those are graph errors, reported by the graph rules).
const Relation* singleInput(const model::JobGraph& job, const std::map<std::string, Relation>& relations,
                            const model::Node& node, const NodeKind& kind) {
    const auto* port = firstInputPort(kind);
    if (!port) return nullptr;
    const auto edges = job.incoming(node.id, port->id);
    if (edges.size() != 1) return nullptr;
    auto found = relations.find(edges.front()->fromNode);
    return found == relations.end() ? nullptr : &found->second;
}

Relation inferSource(const model::Node& node) {
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

std::optional<Relation> inferUnion(const model::JobGraph& job, const std::map<std::string, Relation>& relations,
                                   const model::Node& node, const NodeKind& kind, Findings& findings) {
    const auto* port = firstInputPort(kind);
    if (!port) return std::nullopt;
    std::optional<Relation> out;
    bool complete = true;
    for (const model::Edge* edge : job.incoming(node.id, port->id)) {
        auto found = relations.find(edge->fromNode);
        if (found == relations.end()) return std::nullopt;
        const Relation& input = found->second;
        if (!out) {
            out = input;
            continue;
        }
        bool same = input.columns.size() == out->columns.size();
        for (std::size_t i = 0; same && i < input.columns.size(); ++i) {
            same = input.columns[i].name == out->columns[i].name &&
                   input.columns[i].type.comparableWith(out->columns[i].type);
        }
        if (!same) {
            const model::Node* from = job.findNode(edge->fromNode);
            findings.add(rules::kUnionMismatch, node, edgeField(job, edge),
                         "the input from " + (from ? nodeLabel(*from) : edge->fromNode) +
                             " does not have the same column names and types as the first input");
            complete = false;
        }
        out->updating = out->updating || input.updating;
        if (out->procTimeColumn != input.procTimeColumn) out->procTimeColumn.clear();
        if (out->rowtimeColumn != input.rowtimeColumn) {
            out->lostRowtimeColumn = out->rowtimeColumn.empty() ? input.rowtimeColumn : out->rowtimeColumn;
            out->lostRowtimeAt = nodeLabel(node);
            out->rowtimeColumn.clear();
        }
    }
    if (!complete) return std::nullopt;
    return out;
}

std::optional<Relation> inferSink(const model::Node& node, const Relation& input, Findings& findings) {
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

std::optional<Relation> inferNode(const model::JobGraph& job, const std::map<std::string, Relation>& relations,
                                  const model::Node& node, const NodeKind& kind, Findings& findings) {
    if (kind.role == NodeRole::Source) return inferSource(node);
    if (kind.id == "union") return inferUnion(job, relations, node, kind, findings);
    const Relation* input = singleInput(job, relations, node, kind);
    if (!input) return std::nullopt;
    switch (kind.role) {
    case NodeRole::Lookup: return inferLookup(node, kind, *input, findings);
    case NodeRole::Sink: return inferSink(node, *input, findings);
    default: break;
    }
    if (kind.id == "filter") return inferFilter(node, *input, findings);
    if (kind.id == "project") return inferProject(node, *input, findings);
    if (kind.id == "window-aggregate") return inferWindowAggregate(node, kind, *input, findings);
    return std::nullopt;
}

}  // namespace

const model::Column* Relation::find(std::string_view name) const {
    return findColumn(columns, name);
}

std::string Relation::whyNotRowtime(const std::string& column) const {
    if (!lostRowtimeColumn.empty() && column == lostRowtimeColumn) {
        return "'" + column + "' lost its event time in " + lostRowtimeAt +
               ": not all of its inputs declare a watermark on it, and a union of a rowtime and a plain " +
               "TIMESTAMP is a plain TIMESTAMP(3) (as in Flink); declare the watermark on every input";
    }
    return "'" + column + "' has no watermark; declare a watermark for it on the source";
}

std::map<std::string, Relation> inferRelations(const model::JobGraph& job, std::vector<Diagnostic>& diagnostics) {
    std::map<std::string, Relation> relations;
    auto order = job.topologicalOrder();
    if (!order) return relations;  // a cycle has no order; the graph rules name it
    Findings findings(diagnostics);
    for (const std::string& id : order.value()) {
        const model::Node* node = job.findNode(id);
        const NodeKind* kind = node ? connectors::Catalog::instance().find(node->kind) : nullptr;
        if (!kind) continue;
        if (auto relation = inferNode(job, relations, *node, *kind, findings)) relations[id] = std::move(*relation);
    }
    return relations;
}

}  // namespace sw::validate
