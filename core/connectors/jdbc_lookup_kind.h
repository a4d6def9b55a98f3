#pragma once
// jdbc-lookup: enriches a stream from any JDBC database table.

#include "connectors/node_kind.h"

namespace sw::connectors {

NodeKind jdbcLookupKind();

}  // namespace sw::connectors
