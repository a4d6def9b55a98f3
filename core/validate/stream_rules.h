#pragma once
// Stream-semantics rules over inferred relations: time attributes for lookups, updates into sinks.

#include <map>

#include "model/job_graph.h"
#include "validate/findings.h"
#include "validate/schema_inference.h"

namespace sw::validate {

void checkStreamSemantics(const model::JobGraph& job, const std::map<std::string, Relation>& relations,
                          Findings& findings);

}  // namespace sw::validate
