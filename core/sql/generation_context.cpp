#include "sql/generation_context.h"

#include "kinds/catalog.h"

namespace sw::sql {

GenerationContext::GenerationContext(const model::JobGraph& job, kinds::Dialect dialect)
    : job_(job), dialect_(dialect), secrets_(dialect) {
    if (auto order = job.topologicalOrder()) {
        order_ = std::move(order).value();
    } else {
        for (const model::Node& node : job.nodes) order_.push_back(node.id);
    }
    // Export never blocks on diagnostics: the validator reports them, we only need the columns.
    std::vector<analysis::Diagnostic> ignored;
    for (auto& [id, relation] : analysis::inferRelations(job, ignored)) {
        relations_.emplace(id, std::move(relation));
    }
}

const analysis::Relation* GenerationContext::relation(std::string_view nodeId) const {
    auto it = relations_.find(nodeId);
    return it == relations_.end() ? nullptr : &it->second;
}

std::vector<const model::Node*> GenerationContext::inputs(const model::Node& node,
                                                          std::string_view port) const {
    std::vector<const model::Node*> nodes;
    for (const model::Edge* edge : job_.incoming(node.id, port)) {
        if (const model::Node* from = job_.findNode(edge->fromNode)) nodes.push_back(from);
    }
    return nodes;
}

std::string GenerationContext::relationName(const model::Node& node) {
    // An unnamed node still needs a valid identifier; its id is unique.
    return node.name.empty() ? node.id : node.name;
}

std::string GenerationContext::dimTableName(const model::Node& node) {
    return relationName(node) + "__dim";
}

std::string GenerationContext::optionOrDefault(const model::Node& node, std::string_view optionId) {
    const kinds::NodeKind* kind = kinds::Catalog::instance().find(node.kind);
    return kind ? kind->effectiveOption(node, optionId) : node.option(std::string(optionId));
}

}  // namespace sw::sql
