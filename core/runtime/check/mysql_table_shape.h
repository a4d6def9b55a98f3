#pragma once
// MysqlTableShape: a MySQL table's columns (name, COLUMN_TYPE, nullability) and primary key, as
// information_schema describes them — what the connection check compares and inference proposes.

#include <string>
#include <vector>

namespace sql {
class Connection;
}

namespace sw::runtime {

struct MysqlTableColumn {
    std::string name;
    std::string columnType;  // "decimal(10,2)", "bigint(20) unsigned"
    bool nullable = true;
};

struct MysqlTableShape {
    std::vector<MysqlTableColumn> columns;  // in ordinal order; empty when the table does not exist
    std::vector<std::string> primaryKey;    // in key order

    // Throws sql::SQLException as the driver does; callers classify it.
    static MysqlTableShape read(sql::Connection& connection, const std::string& database, const std::string& table);
};

}  // namespace sw::runtime
