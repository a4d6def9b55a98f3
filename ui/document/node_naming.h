#pragma once
// Fresh node ids and names for new, pasted and duplicated nodes.

#include <set>
#include <string>
#include <string_view>

#include "kinds/node_kind.h"
#include "model/job_graph.h"

namespace sw::ui {

// "<prefix>-<n>", unused by the job and by `alsoTaken` (nodes about to be added with it).
std::string uniqueNodeId(const model::JobGraph& job, std::string_view prefix,
                         const std::set<std::string>& alsoTaken = {});
// "<base>_<n>" (a trailing "_<digits>" of `base` is replaced), unused by the job and `alsoTaken`.
std::string uniqueNodeName(const model::JobGraph& job, std::string_view base,
                           const std::set<std::string>& alsoTaken = {});
// A node of `kind` at `position` with a fresh id and a name like "kafka_source_1"; options and
// schema start empty so the descriptor defaults apply.
model::Node newNode(const model::JobGraph& job, const kinds::NodeKind& kind, model::Position position);

}  // namespace sw::ui
