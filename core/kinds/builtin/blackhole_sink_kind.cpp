#include "kinds/node_kind.h"

#include "kinds/port_presets.h"

namespace sw::kinds {

NodeKind blackholeSinkKind() {
    NodeKind kind;
    kind.id = "blackhole-sink";
    kind.label = "Blackhole";
    kind.role = NodeRole::Sink;
    kind.help = "Accepts and discards every row; useful to measure the rest of the job.";
    kind.icon = "blackhole-sink.svg";
    kind.ports = sinkPorts();
    kind.connectors = {{Dialect::AliyunVvr, {"blackhole"}},
                       {Dialect::ApacheFlink, {"blackhole"}}};
    kind.hasSchema = true;
    return kind;
}

}  // namespace sw::kinds
