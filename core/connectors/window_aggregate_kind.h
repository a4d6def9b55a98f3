#pragma once
// window-aggregate: groups rows into tumbling or hopping time windows.

#include "connectors/node_kind.h"

namespace sw::connectors {

NodeKind windowAggregateKind();

}  // namespace sw::connectors
