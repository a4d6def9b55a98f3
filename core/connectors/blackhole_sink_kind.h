#pragma once
// blackhole-sink: discards rows, for throughput tests.

#include "connectors/node_kind.h"

namespace sw::connectors {

NodeKind blackholeSinkKind();

}  // namespace sw::connectors
