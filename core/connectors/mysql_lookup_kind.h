#pragma once
// mysql-lookup: enriches a stream from a MySQL / ApsaraDB RDS dimension table.

#include "connectors/node_kind.h"

namespace sw::connectors {

NodeKind mysqlLookupKind();

}  // namespace sw::connectors
