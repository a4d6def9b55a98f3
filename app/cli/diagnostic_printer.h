#pragma once
// Diagnostic printing for terminals: one line per finding, naming file, node and field.

#include <ostream>
#include <string>
#include <vector>

#include "model/job_graph.h"
#include "analysis/diagnostic.h"

namespace sw::cli {

// "<file>: error: node 'orders' (kafka-source), field bootstrap.servers: <message> [code]"
void printDiagnostics(std::ostream& out, const std::string& file, const model::JobGraph& job,
                      const std::vector<analysis::Diagnostic>& diagnostics);

}  // namespace sw::cli
