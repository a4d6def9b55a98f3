#pragma once
// The relation flowing into a node (its first input port), as schema inference types it.

#include <QStringList>

#include "model/job_graph.h"
#include "analysis/schema_inference.h"

namespace sw::ui {

// Columns of what feeds `nodeId` (the probe side of a lookup); empty when unconnected or untyped.
analysis::Relation inputRelation(const model::JobGraph& job, const std::string& nodeId);

QStringList columnNames(const std::vector<model::Column>& columns);

}  // namespace sw::ui
