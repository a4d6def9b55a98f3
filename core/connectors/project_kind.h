#pragma once
// project: computes the output columns (its select list lives in Node::outputs).

#include "connectors/node_kind.h"

namespace sw::connectors {

NodeKind projectKind();

}  // namespace sw::connectors
