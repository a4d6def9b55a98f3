#pragma once
// jdbc-sink: writes rows to any JDBC database table.

#include "connectors/node_kind.h"

namespace sw::connectors {

NodeKind jdbcSinkKind();

}  // namespace sw::connectors
