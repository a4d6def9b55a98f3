#include "analysis/kind_inference.h"

namespace sw::analysis {

namespace {

std::string edgeField(const model::JobGraph& job, const model::Edge* edge) {
    return "edges[" + std::to_string(edge - job.edges.data()) + "]";
}

}  // namespace

std::optional<Relation> unionRelation(const InferenceInput& in, Findings& findings) {
    const model::JobGraph& job = in.job;
    const model::Node& node = in.node;
    const auto* port = in.kind.firstInput();
    if (!port) return std::nullopt;
    std::optional<Relation> out;
    bool complete = true;
    for (const model::Edge* edge : job.incoming(node.id, port->id)) {
        auto found = in.relations.find(edge->fromNode);
        if (found == in.relations.end()) return std::nullopt;
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

}  // namespace sw::analysis
