#include "runtime/mysql/mysql_value_binding.h"

#include <cppconn/datatype.h>
#include <cppconn/prepared_statement.h>
#include <cppconn/resultset.h>

#include "expr/eval/temporal.h"
#include "expr/eval/value_text.h"

namespace sw::runtime {

void MysqlValueBinding::bind(sql::PreparedStatement& statement, unsigned index, const expr::Value& value,
                             const model::FlinkType& type) {
    const auto& storage = value.storage();
    if (std::holds_alternative<std::monostate>(storage)) {
        statement.setNull(index, sql::DataType::VARCHAR);
    } else if (const bool* flag = std::get_if<bool>(&storage)) {
        statement.setBoolean(index, *flag);
    } else if (const std::int64_t* number = std::get_if<std::int64_t>(&storage)) {
        statement.setInt64(index, *number);
    } else if (const double* real = std::get_if<double>(&storage)) {
        statement.setDouble(index, *real);
    } else if (const std::string* string = std::get_if<std::string>(&storage)) {
        statement.setString(index, sql::SQLString(*string));
    } else if (const auto* bytes = std::get_if<expr::Bytes>(&storage)) {
        statement.setString(index, sql::SQLString(bytes->octets));  // the raw bytes, for a BINARY / BLOB column
    } else {
        std::string text;
        if (const auto* date = std::get_if<expr::Date>(&storage)) {
            expr::temporal::appendDate(text, date->days);
        } else if (const auto* time = std::get_if<expr::TimeOfDay>(&storage)) {
            expr::temporal::appendTime(text, time->millis, 3);
        } else if (const auto* timestamp = std::get_if<expr::Timestamp>(&storage)) {
            expr::temporal::appendTimestamp(text, timestamp->micros, 6);  // MySQL DATETIME(6) text (micros at most), no zone
        } else {
            text = expr::formatValue(value, type);  // DECIMAL as plain digits
        }
        statement.setString(index, sql::SQLString(text));
    }
}

Result<expr::Value> MysqlValueBinding::read(sql::ResultSet& rows, unsigned index, const model::FlinkType& type,
                                            const std::string& columnName) {
    using model::TypeKind;
    switch (type.kind()) {
    case TypeKind::Boolean:
    case TypeKind::TinyInt:
    case TypeKind::SmallInt:
    case TypeKind::Int:
    case TypeKind::BigInt: {
        const std::int64_t number = rows.getInt64(index);
        if (rows.wasNull()) return expr::Value();
        if (type.kind() == TypeKind::Boolean) return expr::Value(number != 0);
        return expr::Value(number);
    }
    case TypeKind::Float:
    case TypeKind::Double: {
        const double real = static_cast<double>(rows.getDouble(index));
        if (rows.wasNull()) return expr::Value();
        return expr::Value(real);
    }
    default: break;
    }
    const sql::SQLString text = rows.getString(index);
    if (rows.wasNull()) return expr::Value();
    if (type.kind() == TypeKind::Char || type.kind() == TypeKind::Varchar || type.kind() == TypeKind::Binary ||
        type.kind() == TypeKind::Varbinary)
        return expr::Value(std::string(text));
    auto parsed = expr::parseValue(text.asStdString(), type);
    if (!parsed)
        return Error{"column '" + columnName + "' holds '" + std::string(text) + "', which is not a " + type.toSql(),
                     "schema"};
    return parsed;
}

}  // namespace sw::runtime
