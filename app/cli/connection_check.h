#pragma once
// `streamwright-cli check`: tests the connections of a job's Kafka and MySQL/JDBC nodes and prints
// one readable report per node.

#include <ostream>

#include "cli/cli_arguments.h"
#include "model/job_graph.h"
#include "runtime/check/connection_report.h"

namespace sw::cli {

// 0 when every check passed (warnings pass), 1 when one failed, 2 when --node names no node with a
// connection to test.
int checkConnections(const CliArguments& args, const model::JobGraph& job, std::ostream& out, std::ostream& err);

// One node's report: a line per check (status, name, failure class and field, message), its
// details indented below.
void printConnectionReport(std::ostream& out, const std::string& heading, const runtime::ConnectionReport& report);

}  // namespace sw::cli
