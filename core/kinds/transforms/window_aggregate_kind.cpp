#include "kinds/node_kind.h"

#include "kinds/option_builder.h"
#include "kinds/port_presets.h"

namespace sw::kinds {

NodeKind windowAggregateKind() {
    NodeKind kind;
    kind.id = "window-aggregate";
    kind.label = "Window aggregate";
    kind.role = NodeRole::Transform;
    kind.help = "Aggregates rows per group: in time windows (window table functions TUMBLE / "
                "HOP), or continuously without a window (NONE), which updates results in place "
                "and so needs an upsert sink.";
    kind.icon = "window-aggregate.svg";
    kind.headlineOptions = {"window.kind", "window.size"};
    kind.outputList = OutputList::Aggregates;
    kind.editsGroupBy = true;
    kind.ports = transformPorts();
    kind.options = {
        OptionBuilder("window.kind", "Window", ValueType::Enum)
            .shapesState()
            .allowed({"TUMBLE", "HOP", "NONE"})
            .defaultValue("TUMBLE")
            .group("Window")
            .help("TUMBLE: fixed, non-overlapping windows. HOP: windows of the given size "
                  "starting every slide, so they overlap. NONE: a continuous GROUP BY whose "
                  "results are updated as rows arrive."),
        OptionBuilder("window.time-column", "Time column", ValueType::Column)
            .shapesState()
            .required()
            .group("Window")
            .visibleWhen("window.kind", {"TUMBLE", "HOP"})
            .help("Time attribute that places rows into windows: an event-time column with a "
                  "watermark, or a processing-time column."),
        OptionBuilder("window.size", "Size", ValueType::Duration)
            .shapesState()
            .required()
            .group("Window")
            .visibleWhen("window.kind", {"TUMBLE", "HOP"})
            .help("Length of each window."),
        OptionBuilder("window.slide", "Slide", ValueType::Duration)
            .shapesState()
            .group("Window")
            .visibleWhen("window.kind", {"HOP"})
            .help("Distance between the starts of consecutive hopping windows."),
    };
    return kind;
}

}  // namespace sw::kinds
