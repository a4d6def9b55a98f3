#pragma once
// Validator: every rule of docs/validation.md applied to a job for one SQL dialect.

#include <vector>

#include "kinds/node_kind.h"
#include "model/job_graph.h"
#include "analysis/diagnostic.h"

namespace sw::validate {

// All diagnostics, errors first, then by node order in the file, then by rule.
std::vector<analysis::Diagnostic> validateJob(const model::JobGraph& job, kinds::Dialect dialect);

}  // namespace sw::validate
