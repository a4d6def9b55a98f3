#include "properties/input_relation.h"

#include "connectors/catalog.h"

namespace sw::ui {

validate::Relation inputRelation(const model::JobGraph& job, const std::string& nodeId) {
    const model::Node* node = job.findNode(nodeId);
    const connectors::NodeKind* kind = node ? connectors::Catalog::instance().find(node->kind) : nullptr;
    if (!kind) return {};
    for (const connectors::PortDescriptor& port : kind->ports) {
        if (!port.isInput) continue;
        const auto edges = job.incoming(nodeId, port.id);
        if (edges.empty()) return {};
        std::vector<validate::Diagnostic> ignored;  // the document shows the diagnostics itself
        const auto relations = validate::inferRelations(job, ignored);
        const auto found = relations.find(edges.front()->fromNode);
        return found == relations.end() ? validate::Relation{} : found->second;
    }
    return {};
}

QStringList columnNames(const std::vector<model::Column>& columns) {
    QStringList names;
    for (const model::Column& column : columns) names << QString::fromStdString(column.name);
    return names;
}

}  // namespace sw::ui
