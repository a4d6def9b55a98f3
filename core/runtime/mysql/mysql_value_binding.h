#pragma once
// MysqlValueBinding: runtime values into prepared-statement parameters and result-set columns
// back into values, following the declared Flink type of each column.

#include "expr/eval/value.h"
#include "model/flink_type.h"
#include "util/result.h"

namespace sql {
class PreparedStatement;
class ResultSet;
}  // namespace sql

namespace sw::runtime {

class MysqlValueBinding {
public:
    // Parameter `index` (1-based) = `value`; temporal and DECIMAL values travel as SQL text.
    static void bind(sql::PreparedStatement& statement, unsigned index, const expr::Value& value,
                     const model::FlinkType& type);
    // Column `index` (1-based) of the current row as a value of `type`; an unreadable value is
    // an Error naming the column (the caller adds the node).
    static Result<expr::Value> read(sql::ResultSet& rows, unsigned index, const model::FlinkType& type,
                                    const std::string& columnName);
};

}  // namespace sw::runtime
