#include "connectors/window_aggregate_kind.h"

#include "connectors/option_builder.h"
#include "connectors/port_presets.h"

namespace sw::connectors {

NodeKind windowAggregateKind() {
    NodeKind kind;
    kind.id = "window-aggregate";
    kind.label = "Window aggregate";
    kind.role = NodeRole::Transform;
    kind.help = "Aggregates rows per group: in time windows (window table functions TUMBLE / "
                "HOP), or continuously without a window (NONE), which updates results in place "
                "and so needs an upsert sink.";
    kind.icon = "window.svg";
    kind.ports = transformPorts();
    kind.options = {
        OptionBuilder("window.kind", "Window", ValueType::Enum)
            .allowed({"TUMBLE", "HOP", "NONE"})
            .defaultValue("TUMBLE")
            .group("Window")
            .help("TUMBLE: fixed, non-overlapping windows. HOP: windows of the given size "
                  "starting every slide, so they overlap. NONE: a continuous GROUP BY whose "
                  "results are updated as rows arrive."),
        OptionBuilder("window.time-column", "Time column", ValueType::Column)
            .required()
            .group("Window")
            .visibleWhen("window.kind", {"TUMBLE", "HOP"})
            .help("Time attribute that places rows into windows: an event-time column with a "
                  "watermark, or a processing-time column."),
        OptionBuilder("window.size", "Size", ValueType::Duration)
            .required()
            .group("Window")
            .visibleWhen("window.kind", {"TUMBLE", "HOP"})
            .help("Length of each window."),
        OptionBuilder("window.slide", "Slide", ValueType::Duration)
            .group("Window")
            .visibleWhen("window.kind", {"HOP"})
            .help("Distance between the starts of consecutive hopping windows."),
    };
    return kind;
}

}  // namespace sw::connectors
