#pragma once
// SQL generator: a job graph as Flink SQL text for one dialect (deterministic, readable).

#include <string>
#include <vector>

#include "kinds/node_kind.h"
#include "model/job_graph.h"

namespace sw::sql {

// One statement of the script and the node it came from ("" for SET / statement-set lines).
struct GeneratedStatement {
    std::string nodeId;
    int firstLine = 0;  // 0-based line numbers in GeneratedSql::text, inclusive
    int lastLine = 0;
};

struct GeneratedSql {
    std::string text;
    std::vector<GeneratedStatement> statements;
    // Engine-level keys as deployment YAML ("key: value" lines), for the console's configuration.
    std::string deploymentYaml;
};

GeneratedSql generateSql(const model::JobGraph& job, kinds::Dialect dialect);

}  // namespace sw::sql
