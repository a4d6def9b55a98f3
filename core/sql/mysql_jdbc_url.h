#pragma once
// The JDBC url of a MySQL node, for connectors that take one url instead of host/port/database.

#include <string>
#include <string_view>

#include "kinds/node_kind.h"
#include "model/node.h"

namespace sw::sql {

// True when `connector` (rds, jdbc) wants a url and the kind describes the endpoint in parts.
bool composesJdbcUrl(const kinds::NodeKind& kind, std::string_view connector);

// jdbc:mysql://host:port/database plus the TLS parameters that express the node's ssl.mode:
// DISABLED -> useSSL=false; REQUIRED -> useSSL=true&requireSSL=true; VERIFY_CA and
// VERIFY_IDENTITY additionally verifyServerCertificate=true.
std::string mysqlJdbcUrl(const model::Node& node);

}  // namespace sw::sql
