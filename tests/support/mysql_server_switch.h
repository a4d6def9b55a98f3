#pragma once
// MysqlServerSwitch: stops, starts and restarts the outage MariaDB server through the command
// the test script exports (scripts/mariadb-server.sh DIR), as an operator would.

#include <string>

#include "util/result.h"

namespace sw::testing {

class MysqlServerSwitch {
public:
    explicit MysqlServerSwitch(std::string serverCommand) : serverCommand_(std::move(serverCommand)) {}

    // Each returns once the server is gone, or answers again; the error carries the script's output.
    Status stop() const { return run("stop"); }
    Status start() const { return run("start"); }
    Status restart() const { return run("restart"); }

private:
    Status run(const std::string& verb) const;

    std::string serverCommand_;
};

}  // namespace sw::testing
