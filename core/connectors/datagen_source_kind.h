#pragma once
// datagen-source: generates random or sequential rows, for trying a job without data.

#include "connectors/node_kind.h"

namespace sw::connectors {

NodeKind datagenSourceKind();

}  // namespace sw::connectors
