#pragma once
// Window aggregate: the SELECT of a window-aggregate node (TUMBLE / HOP windows or a plain GROUP BY).

#include "model/node.h"
#include "sql/generation_context.h"
#include "sql/view_query.h"

namespace sw::sql {

// TUMBLE and HOP use the window table-valued functions (accepted by the Flink grammar, and the
// form Flink recommends over the deprecated GROUP BY TUMBLE(...)):
//   SELECT window_start, window_end, <group by>, <aggregates>
//   FROM TABLE(TUMBLE(TABLE in, DESCRIPTOR(ts), size))  -- HOP(..., slide, size)
//   GROUP BY window_start, window_end, <group by>
// NONE is a continuous GROUP BY over the input.
void buildWindowAggregate(const GenerationContext& context, const model::Node& node, ViewQuery& query);

}  // namespace sw::sql
