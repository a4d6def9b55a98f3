#pragma once
// Literal rules: which literal spellings are valid and the Flink type each literal has.

#include <string>
#include <string_view>

#include "expr/parse/ast.h"
#include "model/flink_type.h"
#include "util/result.h"

namespace sw::expr {

// The type of a literal of `kind` whose value is spelled `text` (see Expr::literal), e.g.
// 2147483648 -> BIGINT NOT NULL, 1.50 -> DECIMAL(3, 2) NOT NULL, 'abc' -> CHAR(3) NOT NULL.
// An error without location when the spelling is not a valid value (bad date, number too large).
// `qualifier` is an INTERVAL literal's.
Result<model::FlinkType> literalType(LiteralKind kind, std::string_view text, const IntervalQualifier& qualifier = {});

// The text of a U&'...' literal whose body is `body`: `escape` followed by four hex digits, or by
// '+' and six, is that code point; a doubled `escape` is the character itself (SQL:2003, Calcite).
Result<std::string> unicodeLiteralText(std::string_view body, char escape);

}  // namespace sw::expr
