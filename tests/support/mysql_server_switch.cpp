#include "mysql_server_switch.h"

#include "shell_command.h"

namespace sw::testing {

Status MysqlServerSwitch::run(const std::string& verb) const {
    const std::string command = serverCommand_ + " " + verb;
    const CommandOutput output = runShellCommand(command);
    if (output.status == 0) return Ok{};
    return commandFailure(command, output);
}

}  // namespace sw::testing
