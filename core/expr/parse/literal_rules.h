#pragma once
// Literal rules: which literal spellings are valid and the Flink type each literal has.

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

}  // namespace sw::expr
