#pragma once
// CLI commands: each returns the process exit code (0 ok, 1 invalid job, file error or run failure, 2 usage).

#include <ostream>

#include "cli/cli_arguments.h"

namespace sw::cli {

enum ExitCode { kExitOk = 0, kExitInvalid = 1, kExitUsage = 2, kExitInterrupted = 130 };

int runCli(const CliArguments& args, std::ostream& out, std::ostream& err);
// The whole command line: parse, run, report usage errors.
int runCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace sw::cli
