#include "connectors/jdbc_sink_kind.h"

#include "connectors/jdbc_connection_options.h"
#include "connectors/option_builder.h"
#include "connectors/port_presets.h"
#include "connectors/sink_buffer_options.h"

namespace sw::connectors {

NodeKind jdbcSinkKind() {
    NodeKind kind;
    kind.id = "jdbc-sink";
    kind.label = "JDBC";
    kind.role = NodeRole::Sink;
    kind.help = "Writes rows to a table reached through JDBC; upserts when a primary key is "
                "declared.";
    kind.icon = "jdbc.svg";
    kind.ports = sinkPorts();
    kind.options = jdbcConnectionOptions();
    append(kind.options, sinkBufferOptions());
    kind.connectors = {{Dialect::AliyunVvr, {"jdbc"}}, {Dialect::ApacheFlink, {"jdbc"}}};
    kind.hasSchema = true;
    kind.supportsPrimaryKey = true;
    return kind;
}

}  // namespace sw::connectors
