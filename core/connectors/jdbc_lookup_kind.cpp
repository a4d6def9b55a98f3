#include "connectors/jdbc_lookup_kind.h"

#include "connectors/jdbc_connection_options.h"
#include "connectors/lookup_options.h"
#include "connectors/option_builder.h"
#include "connectors/port_presets.h"

namespace sw::connectors {

NodeKind jdbcLookupKind() {
    NodeKind kind;
    kind.id = "jdbc-lookup";
    kind.label = "JDBC lookup";
    kind.role = NodeRole::Lookup;
    kind.help = "Joins each probe row with the matching row of a table reached through JDBC.";
    kind.icon = "jdbc.svg";
    kind.ports = lookupPorts();
    kind.options = jdbcConnectionOptions();
    append(kind.options, lookupCacheOptions());
    kind.options.push_back(lookupJoinTypeOption());
    kind.connectors = {{Dialect::AliyunVvr, {"jdbc"}}, {Dialect::ApacheFlink, {"jdbc"}}};
    kind.hasSchema = true;
    kind.supportsPrimaryKey = true;
    return kind;
}

}  // namespace sw::connectors
