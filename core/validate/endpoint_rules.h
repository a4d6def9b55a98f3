#pragma once
// Endpoint rules: Kafka SASL login modules, Alibaba Cloud endpoints, Kafka port/protocol pairs, MySQL TLS.

#include "kinds/node_kind.h"
#include "model/job_graph.h"
#include "analysis/findings.h"

namespace sw::validate {

void checkEndpoints(const model::JobGraph& job, kinds::Dialect dialect, analysis::Findings& findings);

}  // namespace sw::validate
