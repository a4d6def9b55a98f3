#include "connectors/print_sink_kind.h"

#include "connectors/option_builder.h"
#include "connectors/port_presets.h"

namespace sw::connectors {

NodeKind printSinkKind() {
    NodeKind kind;
    kind.id = "print-sink";
    kind.label = "Print";
    kind.role = NodeRole::Sink;
    kind.help = "Prints every row to the task manager log (or the run panel when local).";
    kind.icon = "print.svg";
    kind.ports = sinkPorts();
    kind.options = {
        OptionBuilder("print-identifier", "Prefix", ValueType::String)
            .group("Output")
            .sqlKey({"print"}, "print-identifier")
            .help("Text put in front of each printed row, to tell several print sinks apart."),
        OptionBuilder("standard-error", "Print to stderr", ValueType::Bool)
            .defaultValue("false")
            .group("Output")
            .sqlKey({"print"}, "standard-error")
            .help("Print to standard error instead of standard output."),
    };
    kind.connectors = {{Dialect::AliyunVvr, {"print"}}, {Dialect::ApacheFlink, {"print"}}};
    kind.hasSchema = true;
    return kind;
}

}  // namespace sw::connectors
