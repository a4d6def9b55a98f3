#pragma once
// Plain SQL for a test's own set-up and checks, on a Connector/C++ connection: statements run as
// they are, results come back as text lines.

#include <cppconn/connection.h>
#include <string>
#include <vector>

#include "test_endpoints.h"

namespace sw::testing {

// Connector/C++ options for `endpoint` as `password` (the endpoint's own, or a wrong one), with
// the endpoint's properties (sslCA ...) as they are.
sql::ConnectOptionsMap connectOptions(const MysqlEndpoint& endpoint, const std::string& password);

// Runs `statement` (DDL, INSERT...); Connector/C++ throws sql::SQLException on an error.
void executeSql(sql::Connection& connection, const std::string& statement);

// One line per row: the columns' values joined by ",", NULL for NULL.
std::vector<std::string> queryLines(sql::Connection& connection, const std::string& query);

}  // namespace sw::testing
