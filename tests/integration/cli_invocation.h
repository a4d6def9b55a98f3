#pragma once
// runCli: the real streamwright-cli run on a command line, for tests of its output and exit code.

#include <sys/wait.h>

#include <string>
#include <utility>

#include "shell_command.h"

namespace sw::runtime::test {

// The CLI's exit code and its output (stdout and stderr) as one text; `environment` is a shell
// prefix of NAME='value' assignments for the CLI alone.
inline std::pair<int, std::string> runCli(const std::string& args, const std::string& environment = {}) {
    const std::string prefix = environment.empty() ? std::string() : environment + " ";
    const testing::CommandOutput output = testing::runShellCommand(prefix + SW_CLI_BINARY + " " + args);
    std::string text;
    for (const std::string& line : output.lines) text += line + "\n";
    return {WIFEXITED(output.status) ? WEXITSTATUS(output.status) : -1, text};
}

}  // namespace sw::runtime::test
