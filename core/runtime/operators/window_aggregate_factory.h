#pragma once
// The operator of a `window-aggregate` node: WindowAggregateOperator for TUMBLE / HOP,
// GroupAggregateOperator for NONE.

#include <map>
#include <memory>
#include <string>

#include "model/job_graph.h"
#include "runtime/operators/group_aggregate_operator.h"
#include "runtime/metrics/metrics_registry.h"
#include "runtime/engine/operator.h"
#include "analysis/schema_inference.h"

namespace sw::runtime {

// `relations` are analysis::inferRelations of `job`. Refuses, naming the node: an updating input,
// a window over a column without a watermark (processing time) and a HOP size that is not a
// multiple of its slide (Flink refuses it too).
Result<std::unique_ptr<Operator>> createWindowAggregate(const model::JobGraph& job, const model::Node& node,
                                                        const std::map<std::string, analysis::Relation>& relations,
                                                        NodeCounters* counters,
                                                        GroupAggregateOperator::Clock clock =
                                                            std::chrono::steady_clock::now);

}  // namespace sw::runtime
