#pragma once
// runJob: the one run loop of `run`, with and without --events — builds the job's plan, runs it
// until its end, a stop (Ctrl-C, --duration, the designer) or a cancel, and reports through a
// RunReporter.

#include <ostream>

#include "cli/cli_arguments.h"
#include "cli/run_reporter.h"
#include "model/job_graph.h"

namespace sw::cli {

class CommandListener;

// Print sinks write to `printOut` (standard-error = true: `printErr`). `commands` brings the
// designer's stop and cancel (null: Ctrl-C and --duration only). Returns the exit code: 0, 1 (the
// job cannot run, or the run failed) or 130 (cancelled).
int runJob(const CliArguments& args, const model::JobGraph& job, RunReporter& reporter, std::ostream& printOut,
           std::ostream& printErr, CommandListener* commands = nullptr);

}  // namespace sw::cli
