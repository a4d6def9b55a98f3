#pragma once
// Function rules: every built-in an expression calls exists on the job's target engine, and every
// user-defined function is declared with a callable name and a Java class.

#include "analysis/findings.h"
#include "kinds/node_kind.h"
#include "model/job_graph.h"

namespace sw::validate {

void checkFunctionAvailability(const model::JobGraph& job, kinds::Dialect dialect, analysis::Findings& findings);
void checkFunctionDeclarations(const model::JobSettings& settings, analysis::Findings& findings);

}  // namespace sw::validate
