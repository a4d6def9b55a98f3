#pragma once
// runShellCommand: a command line run by /bin/sh for a test (kcat, the CLI, service control),
// with its exit status and its output lines.

#include <string>
#include <vector>

#include "util/result.h"

namespace sw::testing {

struct CommandOutput {
    int status = -1;                 // as pclose() returns it: 0 = success
    std::vector<std::string> lines;  // stdout and stderr together, without the newlines
};

CommandOutput runShellCommand(const std::string& command);

// A failed command as an error: its exit status and output, located at the command line.
Error commandFailure(const std::string& command, const CommandOutput& output);

}  // namespace sw::testing
