#pragma once
// Plain SQL for a test's own set-up and checks, on a Connector/C++ connection: statements run as
// they are, results come back as text lines.

#include <string>
#include <vector>

namespace sql {
class Connection;
}  // namespace sql

namespace sw::testing {

// Runs `statement` (DDL, INSERT...); Connector/C++ throws sql::SQLException on an error.
void executeSql(sql::Connection& connection, const std::string& statement);

// One line per row: the columns' values joined by ",", NULL for NULL.
std::vector<std::string> queryLines(sql::Connection& connection, const std::string& query);

}  // namespace sw::testing
