#pragma once
// union: merges several streams of the same schema (UNION ALL).

#include "connectors/node_kind.h"

namespace sw::connectors {

NodeKind unionKind();

}  // namespace sw::connectors
