#pragma once
// filter: keeps the rows for which a condition is true.

#include "connectors/node_kind.h"

namespace sw::connectors {

NodeKind filterKind();

}  // namespace sw::connectors
