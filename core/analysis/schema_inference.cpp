#include "analysis/schema_inference.h"

#include "analysis/findings.h"
#include "analysis/kind_inference.h"
#include "kinds/catalog.h"

namespace sw::analysis {

std::map<std::string, Relation> inferRelations(const model::JobGraph& job, std::vector<Diagnostic>& diagnostics) {
    std::map<std::string, Relation> relations;
    auto order = job.topologicalOrder();
    if (!order) return relations;  // a cycle has no order; the graph rules name it
    Findings findings(diagnostics);
    for (const std::string& id : order.value()) {
        const model::Node* node = job.findNode(id);
        const kinds::NodeKind* kind = node ? kinds::Catalog::instance().find(node->kind) : nullptr;
        if (!kind) continue;
        const InferenceInput input{job, relations, *node, *kind};
        if (auto relation = relationInference(*kind)(input, findings)) relations[id] = std::move(*relation);
    }
    return relations;
}

}  // namespace sw::analysis
