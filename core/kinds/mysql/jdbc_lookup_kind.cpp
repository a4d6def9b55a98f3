#include "kinds/node_kind.h"

#include "kinds/mysql/jdbc_connection_options.h"
#include "kinds/mysql/lookup_options.h"
#include "kinds/option_builder.h"
#include "kinds/port_presets.h"

namespace sw::kinds {

NodeKind jdbcLookupKind() {
    NodeKind kind;
    kind.id = "jdbc-lookup";
    kind.label = "JDBC lookup";
    kind.role = NodeRole::Lookup;
    kind.help = "Joins each probe row with the matching row of a table reached through JDBC.";
    kind.icon = "jdbc-lookup.svg";
    kind.headlineOptions = {"table-name", "lookup.cache"};
    kind.ports = lookupPorts();
    kind.options = jdbcConnectionOptions();
    append(kind.options, lookupCacheOptions());
    kind.options.push_back(lookupJoinTypeOption());
    kind.connectors = {{Dialect::AliyunVvr, {"jdbc"}}, {Dialect::ApacheFlink, {"jdbc"}}};
    kind.hasSchema = true;
    kind.supportsPrimaryKey = true;
    return kind;
}

}  // namespace sw::kinds
