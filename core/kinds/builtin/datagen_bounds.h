#pragma once
// Datagen bounds: Flink's datagen draws a numeric column without bounds from its whole range (a
// random DOUBLE is around 1e308), so `amount > 100` passes every row. The designer writes explicit
// bounds on the node instead, so the exported SQL and the local run draw from the same range.

#include "model/node.h"

namespace sw::kinds {

// For each numeric column of a datagen node that draws random values and has neither
// fields.<column>.min nor .max: min 0 and max 1000 (less where the type holds less). Returns
// whether it wrote any.
bool addDefaultDatagenBounds(model::Node& node);

}  // namespace sw::kinds
