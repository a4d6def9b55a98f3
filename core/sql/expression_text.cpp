#include "sql/expression_text.h"

#include "expr/parse/parser.h"
#include "expr/parse/printer.h"

namespace sw::sql {

Result<std::string> expressionSql(std::string_view expression, std::string_view location) {
    auto parsed = expr::parseExpression(expression);
    if (!parsed) {
        Error error = parsed.error();
        error.location = error.location.empty() ? std::string(location)
                                                : std::string(location) + " at " + error.location;
        return error;
    }
    return expr::toSql(**parsed);
}

}  // namespace sw::sql
