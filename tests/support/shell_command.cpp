#include "shell_command.h"

#include <cstdio>

namespace sw::testing {

CommandOutput runShellCommand(const std::string& command) {
    CommandOutput output;
    FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
    if (!pipe) return output;
    char buffer[4096];
    std::string line;
    while (std::fgets(buffer, sizeof buffer, pipe)) {
        line += buffer;
        if (line.back() == '\n') {
            line.pop_back();
            output.lines.push_back(line);
            line.clear();
        }
    }
    if (!line.empty()) output.lines.push_back(line);
    output.status = ::pclose(pipe);
    return output;
}

Error commandFailure(const std::string& command, const CommandOutput& output) {
    std::string detail;
    for (const std::string& line : output.lines) detail += "\n  " + line;
    return Error{"exit status " + std::to_string(output.status) + detail, command};
}

}  // namespace sw::testing
