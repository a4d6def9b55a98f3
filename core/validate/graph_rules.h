#pragma once
// Graph structure rules: node ids and names, kinds, edges and ports, cycles, dangling nodes.

#include "model/job_graph.h"
#include "analysis/findings.h"

namespace sw::validate {

void checkGraphStructure(const model::JobGraph& job, analysis::Findings& findings);

}  // namespace sw::validate
