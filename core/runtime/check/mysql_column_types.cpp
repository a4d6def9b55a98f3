#include "runtime/check/mysql_column_types.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <string>

namespace sw::runtime {

namespace {

using model::FlinkType;
using model::TypeKind;

// "decimal(10,2) unsigned" -> name "decimal", arguments 10 and 2, unsigned.
struct ColumnTypeText {
    std::string name;
    int first = -1;
    int second = -1;
    bool isUnsigned = false;
};

ColumnTypeText split(std::string_view text) {
    ColumnTypeText parsed;
    std::string lower;
    for (const char c : text) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const std::size_t open = lower.find('(');
    parsed.name = lower.substr(0, std::min(open, lower.find(' ')));
    parsed.isUnsigned = lower.find(" unsigned") != std::string::npos;
    // ENUM and SET list values, not sizes.
    if (open != std::string::npos && parsed.name != "enum" && parsed.name != "set") {
        const char* cursor = lower.data() + open + 1;
        const char* end = lower.data() + lower.size();
        cursor = std::from_chars(cursor, end, parsed.first).ptr;
        if (cursor < end && *cursor == ',') std::from_chars(cursor + 1, end, parsed.second);
    }
    return parsed;
}

}  // namespace

std::optional<FlinkType> MysqlColumnTypes::flinkTypeOf(std::string_view columnType) {
    const ColumnTypeText type = split(columnType);
    const std::string& name = type.name;
    // MySQL's driver reads TINYINT(1) and BIT(1) as booleans, and Flink's MySQL dialect follows it.
    if ((name == "tinyint" && type.first == 1) || name == "boolean" || name == "bool" ||
        (name == "bit" && type.first <= 1))
        return FlinkType(TypeKind::Boolean);
    // An unsigned integer needs the next wider type; BIGINT UNSIGNED only fits DECIMAL(20, 0).
    if (name == "tinyint") return FlinkType(type.isUnsigned ? TypeKind::SmallInt : TypeKind::TinyInt);
    if (name == "smallint") return FlinkType(type.isUnsigned ? TypeKind::Int : TypeKind::SmallInt);
    if (name == "mediumint") return FlinkType(TypeKind::Int);
    if (name == "int" || name == "integer") return FlinkType(type.isUnsigned ? TypeKind::BigInt : TypeKind::Int);
    if (name == "bigint") return type.isUnsigned ? FlinkType(TypeKind::Decimal, 20, 0) : FlinkType(TypeKind::BigInt);
    if (name == "float") return FlinkType(TypeKind::Float);
    if (name == "double" || name == "real") return FlinkType(TypeKind::Double);
    if (name == "decimal" || name == "numeric" || name == "dec")
        return FlinkType(TypeKind::Decimal, type.first < 0 ? 10 : type.first, type.second < 0 ? 0 : type.second);
    if (name == "char") return FlinkType(TypeKind::Char, type.first < 0 ? 1 : type.first);
    if (name == "varchar") return FlinkType(TypeKind::Varchar, type.first);
    if (name == "tinytext" || name == "text" || name == "mediumtext" || name == "longtext" || name == "json" ||
        name == "enum" || name == "set")
        return FlinkType::string();
    if (name == "binary") return FlinkType(TypeKind::Binary, type.first < 0 ? 1 : type.first);
    if (name == "varbinary") return FlinkType(TypeKind::Varbinary, type.first);
    if (name == "bit" || name == "tinyblob" || name == "blob" || name == "mediumblob" || name == "longblob")
        return FlinkType(TypeKind::Varbinary, FlinkType::kMaxLength);
    if (name == "date") return FlinkType(TypeKind::Date);
    if (name == "time") return FlinkType(TypeKind::Time, type.first < 0 ? 0 : type.first);
    if (name == "datetime" || name == "timestamp") return FlinkType(TypeKind::Timestamp, type.first < 0 ? 0 : type.first);
    return std::nullopt;
}

bool MysqlColumnTypes::fits(const FlinkType& declared, const FlinkType& read) {
    if (declared.isCharacterString() && read.isCharacterString()) return true;
    if (declared.isBinaryString() && read.isBinaryString()) return true;
    // A DATETIME read into TIMESTAMP_LTZ is taken as local time, as Flink's JDBC connector does.
    if (declared.isTimestamp() && read.isTimestamp()) return true;
    if (declared.kind() != read.kind()) return false;
    if (declared.kind() == TypeKind::Decimal)
        return declared.scale() == read.scale() && declared.precision() >= read.precision();
    return true;
}

}  // namespace sw::runtime
