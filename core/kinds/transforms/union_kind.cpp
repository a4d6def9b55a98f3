#include "kinds/node_kind.h"

#include "kinds/port_presets.h"

namespace sw::kinds {

NodeKind unionKind() {
    NodeKind kind;
    kind.id = "union";
    kind.label = "Union";
    kind.role = NodeRole::Transform;
    kind.help = "Merges all connected inputs into one stream (UNION ALL); the inputs must have "
                "the same columns.";
    kind.icon = "union.svg";
    kind.ports = unionPorts();
    return kind;
}

}  // namespace sw::kinds
