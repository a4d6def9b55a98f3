#pragma once
// Parser: Flink SQL expression text -> Expr tree, with errors located by byte offset.

#include <string_view>

#include "expr/parse/ast.h"
#include "util/result.h"

namespace sw::expr {

// Parses one complete expression. On failure the error says what was expected and found,
// and Error::location is "offset N" (0-based byte offset into `text`).
sw::Result<ExprPtr> parseExpression(std::string_view text);

}  // namespace sw::expr
