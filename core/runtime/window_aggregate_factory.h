#pragma once
// The operator of a `window-aggregate` node: WindowAggregateOperator for TUMBLE / HOP,
// GroupAggregateOperator for NONE.

#include <map>
#include <memory>
#include <string>

#include "model/job_graph.h"
#include "runtime/group_aggregate_operator.h"
#include "runtime/metrics_registry.h"
#include "runtime/operator.h"
#include "validate/schema_inference.h"

namespace sw::runtime {

// `relations` are validate::inferRelations of `job`. Refuses, naming the node: an updating input,
// a window over a column without a watermark (processing time) and a HOP size that is not a
// multiple of its slide (Flink refuses it too).
Result<std::unique_ptr<Operator>> createWindowAggregate(const model::JobGraph& job, const model::Node& node,
                                                        const std::map<std::string, validate::Relation>& relations,
                                                        NodeCounters* counters,
                                                        GroupAggregateOperator::Clock clock =
                                                            std::chrono::steady_clock::now);

}  // namespace sw::runtime
