#pragma once
// `streamwright-cli infer`: proposes a node's schema from its topic or table, prints it with its
// difference from the declared schema, and with --apply writes it into the job file.

#include <ostream>

#include "cli/cli_arguments.h"
#include "model/job_graph.h"

namespace sw::cli {

// 0 when a proposal was made (and, with --apply, written), 1 when the server could not be read or
// the file not written, 2 when --node names no node or one without a topic or table to read.
int inferSchema(const CliArguments& args, model::JobGraph job, std::ostream& out, std::ostream& err);

}  // namespace sw::cli
