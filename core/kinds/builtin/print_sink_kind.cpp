#include "kinds/node_kind.h"

#include "kinds/option_builder.h"
#include "kinds/port_presets.h"

namespace sw::kinds {

NodeKind printSinkKind() {
    NodeKind kind;
    kind.id = "print-sink";
    kind.label = "Print";
    kind.role = NodeRole::Sink;
    kind.help = "Prints every row to the task manager log (or the run panel when local).";
    kind.icon = "print-sink.svg";
    kind.headlineOptions = {"print-identifier"};
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

}  // namespace sw::kinds
