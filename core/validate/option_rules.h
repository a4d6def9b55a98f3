#pragma once
// Option rules: required options, enum/int/duration values, secrets, connector option combinations.

#include "kinds/node_kind.h"
#include "model/job_graph.h"
#include "analysis/findings.h"

namespace sw::validate {

void checkOptions(const model::JobGraph& job, kinds::Dialect dialect, analysis::Findings& findings);

// True when `text` contains "password=<something>" whose value is not a secret reference.
bool containsClearTextPassword(std::string_view text);

}  // namespace sw::validate
