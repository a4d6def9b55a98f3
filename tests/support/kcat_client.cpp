#include "kcat_client.h"

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>

#include "shell_command.h"

namespace sw::testing {

Status KcatClient::produce(const std::string& topic, const std::vector<std::string>& keyedLines, int partition) const {
    const std::string file = "/tmp/" + topic + ".in";
    {
        std::ofstream out(file);
        for (const std::string& line : keyedLines) out << line << "\n";
        if (!out.flush()) return Error{"cannot write the input file", file};
    }
    const std::string command = "timeout 60 kcat -P -b '" + bootstrap_ + "' -t '" + topic + "' -K: " +
                                (partition >= 0 ? "-p " + std::to_string(partition) + " " : "") + "-l '" + file + "'";
    const CommandOutput output = runShellCommand(command);
    std::remove(file.c_str());
    if (output.status != 0) return commandFailure(command, output);
    return Ok{};
}

Result<std::vector<std::string>> KcatClient::consumeAll(const std::string& topic) const {
    const std::string command =
        "timeout 60 kcat -C -q -b '" + bootstrap_ + "' -t '" + topic + "' -o beginning -e -f '%k|%s\\n'";
    const CommandOutput output = runShellCommand(command);
    if (output.status != 0) return commandFailure(command, output);
    return output.lines;
}

std::string KcatClient::uniqueTopic(const std::string& purpose) {
    static std::atomic<int> counter{0};
    return "sw-rt-" + purpose + "-" + std::to_string(::getpid()) + "-" +
           std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()) + "-" +
           std::to_string(++counter);
}

}  // namespace sw::testing
