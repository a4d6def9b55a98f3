#pragma once
// Validator: every rule of docs/validation.md applied to a job for one SQL dialect.

#include <vector>

#include "connectors/node_kind.h"
#include "model/job_graph.h"
#include "validate/diagnostic.h"

namespace sw::validate {

// All diagnostics, errors first, then by node order in the file, then by rule.
std::vector<Diagnostic> validateJob(const model::JobGraph& job, connectors::Dialect dialect);

}  // namespace sw::validate
