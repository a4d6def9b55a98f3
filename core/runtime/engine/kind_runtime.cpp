#include "runtime/engine/kind_runtime.h"

namespace sw::runtime {

const KindRuntime& kindRuntime(const kinds::NodeKind& kind) {
    static const std::vector<KindRuntime> kTable{
#define SW_NODE_KIND(name) name##Runtime(),
#include "kinds/node_kinds.def"
#undef SW_NODE_KIND
    };
    return kTable.at(kind.index);
}

}  // namespace sw::runtime
