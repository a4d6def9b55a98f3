#pragma once
// Stream-semantics rules over inferred relations: time attributes for lookups, updates into sinks.

#include <map>

#include "model/job_graph.h"
#include "analysis/findings.h"
#include "analysis/schema_inference.h"

namespace sw::validate {

void checkStreamSemantics(const model::JobGraph& job, const std::map<std::string, analysis::Relation>& relations,
                          analysis::Findings& findings);

}  // namespace sw::validate
