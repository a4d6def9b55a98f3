#include "connectors/mysql_lookup_kind.h"

#include "connectors/lookup_options.h"
#include "connectors/mysql_connection_options.h"
#include "connectors/option_builder.h"
#include "connectors/port_presets.h"

namespace sw::connectors {

NodeKind mysqlLookupKind() {
    NodeKind kind;
    kind.id = "mysql-lookup";
    kind.label = "MySQL lookup";
    kind.role = NodeRole::Lookup;
    kind.help = "Joins each probe row with the matching row of a MySQL or ApsaraDB RDS table "
                "(FOR SYSTEM_TIME AS OF the probe's processing time).";
    kind.icon = "mysql.svg";
    kind.ports = lookupPorts();
    kind.options = mysqlConnectionOptions();
    append(kind.options, lookupCacheOptions());
    kind.options.push_back(lookupJoinTypeOption());
    kind.connectors = {{Dialect::AliyunVvr, {"mysql", "rds"}}, {Dialect::ApacheFlink, {"jdbc"}}};
    kind.hasSchema = true;
    kind.supportsPrimaryKey = true;
    return kind;
}

}  // namespace sw::connectors
