#include "connectors/project_kind.h"

#include "connectors/port_presets.h"

namespace sw::connectors {

// No options: the select list is the node's output columns (model::Node::outputs).
NodeKind projectKind() {
    NodeKind kind;
    kind.id = "project";
    kind.label = "Project";
    kind.role = NodeRole::Transform;
    kind.help = "Computes the output columns from the input columns (SQL SELECT list).";
    kind.icon = "project.svg";
    kind.ports = transformPorts();
    return kind;
}

}  // namespace sw::connectors
