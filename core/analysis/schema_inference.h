#pragma once
// Schema inference: the output relation (columns and time attributes) of every node of a job.

#include <map>
#include <string>
#include <vector>

#include "model/job_graph.h"
#include "analysis/diagnostic.h"
#include "analysis/relation.h"

namespace sw::analysis {

// Output relation of every node whose inputs could be typed, by node id, in topological order.
// Problems found on the way (unknown columns, bad expressions, ...) are appended to `diagnostics`.
std::map<std::string, Relation> inferRelations(const model::JobGraph& job,
                                               std::vector<Diagnostic>& diagnostics);

}  // namespace sw::analysis
