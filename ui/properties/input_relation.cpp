#include "properties/input_relation.h"

#include "kinds/catalog.h"

namespace sw::ui {

analysis::Relation inputRelation(const model::JobGraph& job, const std::string& nodeId) {
    const model::Node* node = job.findNode(nodeId);
    const kinds::NodeKind* kind = node ? kinds::Catalog::instance().find(node->kind) : nullptr;
    if (!kind) return {};
    for (const kinds::PortDescriptor& port : kind->ports) {
        if (!port.isInput) continue;
        const auto edges = job.incoming(nodeId, port.id);
        if (edges.empty()) return {};
        std::vector<analysis::Diagnostic> ignored;  // the document shows the diagnostics itself
        const auto relations = analysis::inferRelations(job, ignored);
        const auto found = relations.find(edges.front()->fromNode);
        return found == relations.end() ? analysis::Relation{} : found->second;
    }
    return {};
}

QStringList columnNames(const std::vector<model::Column>& columns) {
    QStringList names;
    for (const model::Column& column : columns) names << QString::fromStdString(column.name);
    return names;
}

}  // namespace sw::ui
