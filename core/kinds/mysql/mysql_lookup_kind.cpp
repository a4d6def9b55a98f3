#include "kinds/node_kind.h"

#include "kinds/mysql/lookup_options.h"
#include "kinds/mysql/mysql_connection_options.h"
#include "kinds/option_builder.h"
#include "kinds/port_presets.h"

namespace sw::kinds {

NodeKind mysqlLookupKind() {
    NodeKind kind;
    kind.id = "mysql-lookup";
    kind.label = "MySQL lookup";
    kind.role = NodeRole::Lookup;
    kind.help = "Joins each probe row with the matching row of a MySQL or ApsaraDB RDS table "
                "(FOR SYSTEM_TIME AS OF the probe's processing time).";
    kind.icon = "mysql-lookup.svg";
    kind.headlineOptions = {"table-name", "lookup.cache"};
    kind.ports = lookupPorts();
    kind.options = mysqlConnectionOptions();
    append(kind.options, lookupCacheOptions());
    kind.options.push_back(lookupJoinTypeOption());
    kind.connectors = {{Dialect::AliyunVvr, {"mysql", "rds"}}, {Dialect::ApacheFlink, {"jdbc"}}};
    kind.hasSchema = true;
    kind.supportsPrimaryKey = true;
    return kind;
}

}  // namespace sw::kinds
