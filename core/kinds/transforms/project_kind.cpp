#include "kinds/node_kind.h"

#include "kinds/port_presets.h"

namespace sw::kinds {

// No options: the select list is the node's output columns (model::Node::outputs).
NodeKind projectKind() {
    NodeKind kind;
    kind.id = "project";
    kind.label = "Project";
    kind.role = NodeRole::Transform;
    kind.help = "Computes the output columns from the input columns (SQL SELECT list).";
    kind.icon = "project.svg";
    kind.outputList = OutputList::Columns;
    kind.ports = transformPorts();
    return kind;
}

}  // namespace sw::kinds
