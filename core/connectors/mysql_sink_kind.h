#pragma once
// mysql-sink: writes rows to MySQL / ApsaraDB RDS (upsert with a primary key).

#include "connectors/node_kind.h"

namespace sw::connectors {

NodeKind mysqlSinkKind();

}  // namespace sw::connectors
