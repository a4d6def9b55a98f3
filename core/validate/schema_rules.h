#pragma once
// Declared-schema rules: columns, types, primary keys, watermarks of sources, lookups and sinks.

#include "model/job_graph.h"
#include "analysis/findings.h"

namespace sw::validate {

void checkDeclaredSchemas(const model::JobGraph& job, analysis::Findings& findings);

// Why `type` cannot be declared (e.g. "DECIMAL precision must be 1 to 38"), or "" when it can.
std::string columnTypeProblem(const model::FlinkType& type);

}  // namespace sw::validate
