#include "kinds/node_kind.h"

#include "kinds/option_builder.h"
#include "kinds/port_presets.h"

namespace sw::kinds {

NodeKind filterKind() {
    NodeKind kind;
    kind.id = "filter";
    kind.label = "Filter";
    kind.role = NodeRole::Transform;
    kind.help = "Passes on only the rows for which the condition is true (SQL WHERE).";
    kind.icon = "filter.svg";
    kind.headlineOptions = {"condition"};
    kind.ports = transformPorts();
    kind.options = {
        OptionBuilder("condition", "Condition", ValueType::Expression)
            .required()
            .group("Filter")
            .help("Boolean expression over the input columns; rows where it is false or NULL "
                  "are dropped."),
    };
    return kind;
}

}  // namespace sw::kinds
