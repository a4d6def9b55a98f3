#pragma once
// MysqlColumnTypes: the Flink type a MySQL column is read as (Flink's MySQL dialect of the JDBC
// connector), and whether it fills a column the node declares.

#include <optional>
#include <string_view>

#include "model/flink_type.h"

namespace sw::runtime {

class MysqlColumnTypes {
public:
    // `columnType` as information_schema.COLUMNS.COLUMN_TYPE spells it ("bigint(20) unsigned",
    // "decimal(10,2)", "tinyint(1)", "datetime(3)"); nothing for a type Flink does not read (YEAR,
    // GEOMETRY ...).
    static std::optional<model::FlinkType> flinkTypeOf(std::string_view columnType);

    // Whether values read as `read` fill a declared column of type `declared`: the same type, where
    // string lengths and timestamp precisions may differ, and a DECIMAL of the same scale may be wider.
    static bool fits(const model::FlinkType& declared, const model::FlinkType& read);
};

}  // namespace sw::runtime
