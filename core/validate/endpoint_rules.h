#pragma once
// Endpoint rules: Kafka SASL login modules, Alibaba Cloud endpoints, and Kafka port/protocol pairs.

#include "connectors/node_kind.h"
#include "model/job_graph.h"
#include "validate/findings.h"

namespace sw::validate {

void checkEndpoints(const model::JobGraph& job, connectors::Dialect dialect, Findings& findings);

}  // namespace sw::validate
