#pragma once
// MysqlConnectionCheck: "Test connection" of a MySQL or JDBC node — login, TLS as the node's
// ssl.mode (or URL) asks, the table, and its columns and primary key against the node's schema.

#include <string>

#include "model/node.h"
#include "runtime/check/connection_check_options.h"
#include "runtime/check/connection_report.h"

namespace sw::runtime {

class MysqlConnectionCheck {
public:
    static ConnectionReport run(const model::Node& node, const ConnectionCheckOptions& options);

    // The class of a MySQL client or server error (`code` as in errmsg.h / mysqld_error.h, `message`
    // the driver's text, which carries the system error of a failed connect).
    static FailureClass classify(int code, const std::string& message);
};

}  // namespace sw::runtime
