#include "runtime/check/node_connection_check.h"

#include "kinds/catalog.h"
#include "runtime/engine/kind_runtime.h"

namespace sw::runtime {

bool hasConnectionCheck(const kinds::NodeKind& kind) {
    return kindRuntime(kind).checkConnection != nullptr;
}

std::optional<ConnectionReport> checkNodeConnection(const model::Node& node, const ConnectionCheckOptions& options) {
    const kinds::NodeKind* kind = kinds::Catalog::instance().find(node.kind);
    if (!kind || !hasConnectionCheck(*kind)) return std::nullopt;
    return kindRuntime(*kind).checkConnection(node, options);
}

}  // namespace sw::runtime
