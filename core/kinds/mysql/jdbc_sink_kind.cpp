#include "kinds/node_kind.h"

#include "kinds/mysql/jdbc_connection_options.h"
#include "kinds/option_builder.h"
#include "kinds/port_presets.h"
#include "kinds/mysql/sink_buffer_options.h"

namespace sw::kinds {

NodeKind jdbcSinkKind() {
    NodeKind kind;
    kind.id = "jdbc-sink";
    kind.label = "JDBC";
    kind.role = NodeRole::Sink;
    kind.help = "Writes rows to a table reached through JDBC; upserts when a primary key is "
                "declared.";
    kind.icon = "jdbc-sink.svg";
    kind.headlineOptions = {"table-name"};
    kind.changelog = SinkChangelog::UpdatesWithPrimaryKey;
    kind.ports = sinkPorts();
    kind.options = jdbcConnectionOptions();
    append(kind.options, sinkBufferOptions());
    kind.connectors = {{Dialect::AliyunVvr, {"jdbc"}}, {Dialect::ApacheFlink, {"jdbc"}}};
    kind.hasSchema = true;
    kind.supportsPrimaryKey = true;
    return kind;
}

}  // namespace sw::kinds
