#pragma once
// Graph structure rules: node ids and names, kinds, edges and ports, cycles, dangling nodes.

#include "model/job_graph.h"
#include "validate/findings.h"

namespace sw::validate {

void checkGraphStructure(const model::JobGraph& job, Findings& findings);

}  // namespace sw::validate
