#include "kinds/node_kind.h"

#include "kinds/mysql/mysql_connection_options.h"
#include "kinds/option_builder.h"
#include "kinds/port_presets.h"
#include "kinds/mysql/sink_buffer_options.h"

namespace sw::kinds {

NodeKind mysqlSinkKind() {
    NodeKind kind;
    kind.id = "mysql-sink";
    kind.label = "MySQL";
    kind.role = NodeRole::Sink;
    kind.help = "Writes rows to a MySQL or ApsaraDB RDS table: with a primary key as upserts "
                "(INSERT ... ON DUPLICATE KEY UPDATE), without one as plain inserts.";
    kind.icon = "mysql-sink.svg";
    kind.headlineOptions = {"table-name"};
    kind.changelog = SinkChangelog::UpdatesWithPrimaryKey;
    kind.ports = sinkPorts();
    kind.options = mysqlConnectionOptions();
    append(kind.options, sinkBufferOptions());
    kind.connectors = {{Dialect::AliyunVvr, {"mysql", "rds"}}, {Dialect::ApacheFlink, {"jdbc"}}};
    kind.hasSchema = true;
    kind.supportsPrimaryKey = true;
    return kind;
}

}  // namespace sw::kinds
