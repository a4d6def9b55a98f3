#include "connectors/mysql_sink_kind.h"

#include "connectors/mysql_connection_options.h"
#include "connectors/option_builder.h"
#include "connectors/port_presets.h"
#include "connectors/sink_buffer_options.h"

namespace sw::connectors {

NodeKind mysqlSinkKind() {
    NodeKind kind;
    kind.id = "mysql-sink";
    kind.label = "MySQL";
    kind.role = NodeRole::Sink;
    kind.help = "Writes rows to a MySQL or ApsaraDB RDS table: with a primary key as upserts "
                "(INSERT ... ON DUPLICATE KEY UPDATE), without one as plain inserts.";
    kind.icon = "mysql.svg";
    kind.ports = sinkPorts();
    kind.options = mysqlConnectionOptions();
    append(kind.options, sinkBufferOptions());
    kind.connectors = {{Dialect::AliyunVvr, {"mysql", "rds"}}, {Dialect::ApacheFlink, {"jdbc"}}};
    kind.hasSchema = true;
    kind.supportsPrimaryKey = true;
    return kind;
}

}  // namespace sw::connectors
