#include "mysql_admin.h"

#include <cppconn/connection.h>
#include <cppconn/resultset.h>
#include <cppconn/statement.h>

#include <memory>

namespace sw::testing {

sql::ConnectOptionsMap connectOptions(const MysqlEndpoint& endpoint, const std::string& password) {
    sql::ConnectOptionsMap options;
    options["hostName"] = sql::SQLString(endpoint.connectorHostName());
    options["userName"] = sql::SQLString(endpoint.user);
    options["password"] = sql::SQLString(password);
    options["schema"] = sql::SQLString(endpoint.database);
    // Property names in the URL are Connector/C++'s own (sslCA, sslVerify, ...), see test_endpoints.h.
    for (const auto& [name, value] : endpoint.properties) options[sql::SQLString(name)] = sql::SQLString(value);
    return options;
}

void executeSql(sql::Connection& connection, const std::string& statement) {
    std::unique_ptr<sql::Statement> runner(connection.createStatement());
    runner->execute(statement);
}

std::vector<std::string> queryLines(sql::Connection& connection, const std::string& query) {
    std::unique_ptr<sql::Statement> runner(connection.createStatement());
    std::unique_ptr<sql::ResultSet> rows(runner->executeQuery(query));
    std::vector<std::string> lines;
    const unsigned width = rows->getMetaData()->getColumnCount();
    while (rows->next()) {
        std::string line;
        for (unsigned c = 1; c <= width; ++c)
            line += (c > 1 ? "," : "") + std::string(rows->isNull(c) ? "NULL" : rows->getString(c));
        lines.push_back(line);
    }
    return lines;
}

}  // namespace sw::testing
