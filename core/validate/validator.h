#pragma once
// Validator: every rule of docs/validation.md applied to a job for one SQL dialect.

#include <vector>

#include "kinds/node_kind.h"
#include "model/job_graph.h"
#include "analysis/diagnostic.h"

namespace sw::validate {

// All diagnostics, errors first, then by node order in the file, then by rule.
std::vector<analysis::Diagnostic> validateJob(const model::JobGraph& job, kinds::Dialect dialect);

// Whether the finding keeps a local run from starting: every error but a built-in newer than the
// target engine, which still has Flink's documented meaning for the local runtime (only the export
// is refused for it).
bool blocksLocalRun(const analysis::Diagnostic& diagnostic);

}  // namespace sw::validate
