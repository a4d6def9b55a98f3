#pragma once
// runWithEvents: `run --events`, the designer's way to run a job in a process of its own. The job
// comes from the request line on `inputFd` (job file "-", with its secrets) or from its file;
// commands follow on `inputFd`; RunProtocol events go to `out` and print sinks write to `err`.

#include <ostream>

#include "cli/cli_arguments.h"

namespace sw::cli {

// The exit code, as for `run`: 0, 1 (refused or failed) or 130 (cancelled).
int runWithEvents(const CliArguments& args, int inputFd, std::ostream& out, std::ostream& err);

}  // namespace sw::cli
