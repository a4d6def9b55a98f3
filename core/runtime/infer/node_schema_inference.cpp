#include "runtime/infer/node_schema_inference.h"

#include "kinds/catalog.h"
#include "runtime/engine/kind_runtime.h"

namespace sw::runtime {

bool hasSchemaInference(const kinds::NodeKind& kind) {
    return kindRuntime(kind).inferSchema != nullptr;
}

std::optional<Result<SchemaProposal>> inferNodeSchema(const model::Node& node, const SchemaInferenceOptions& options) {
    const kinds::NodeKind* kind = kinds::Catalog::instance().find(node.kind);
    if (!kind || !hasSchemaInference(*kind)) return std::nullopt;
    return kindRuntime(*kind).inferSchema(node, options);
}

}  // namespace sw::runtime
