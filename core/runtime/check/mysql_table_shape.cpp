#include "runtime/check/mysql_table_shape.h"

#include <cppconn/connection.h>
#include <cppconn/prepared_statement.h>
#include <cppconn/resultset.h>

#include <memory>

namespace sw::runtime {

namespace {

// The rows `query` returns for (database, table), each as its first `width` columns.
std::vector<std::vector<std::string>> rowsOf(sql::Connection& connection, const std::string& query,
                                             const std::string& database, const std::string& table, int width) {
    std::unique_ptr<sql::PreparedStatement> statement(connection.prepareStatement(query));
    statement->setString(1, database);
    statement->setString(2, table);
    std::unique_ptr<sql::ResultSet> rows(statement->executeQuery());
    std::vector<std::vector<std::string>> found;
    while (rows->next()) {
        std::vector<std::string>& row = found.emplace_back();
        for (int i = 1; i <= width; ++i) row.push_back(rows->getString(i).asStdString());
    }
    return found;
}

}  // namespace

MysqlTableShape MysqlTableShape::read(sql::Connection& connection, const std::string& database, const std::string& table) {
    MysqlTableShape shape;
    for (const auto& row : rowsOf(connection,
                                  "SELECT COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE FROM information_schema.COLUMNS "
                                  "WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION",
                                  database, table, 3))
        shape.columns.push_back({row[0], row[1], row[2] != "NO"});
    for (const auto& row : rowsOf(connection,
                                  "SELECT COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = ? "
                                  "AND TABLE_NAME = ? AND CONSTRAINT_NAME = 'PRIMARY' ORDER BY ORDINAL_POSITION",
                                  database, table, 1))
        shape.primaryKey.push_back(row[0]);
    return shape;
}

}  // namespace sw::runtime
