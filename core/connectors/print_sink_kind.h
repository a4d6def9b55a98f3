#pragma once
// print-sink: prints rows to the task log, for debugging.

#include "connectors/node_kind.h"

namespace sw::connectors {

NodeKind printSinkKind();

}  // namespace sw::connectors
