#pragma once
// Console variable rule: text the Alibaba Cloud console would read as a `${...}` variable.

#include "analysis/findings.h"
#include "kinds/node_kind.h"
#include "model/job_graph.h"

namespace sw::validate {

// aliyun-vvr only: every exported field holding "${" other than a "${secret.NAME}" reference.
void checkConsoleVariables(const model::JobGraph& job, kinds::Dialect dialect, analysis::Findings& findings);

}  // namespace sw::validate
