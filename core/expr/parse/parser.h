#pragma once
// Parser: Flink SQL expression text -> Expr tree, with errors located by byte offset.

#include <cstddef>
#include <string_view>

#include "expr/parse/ast.h"
#include "util/result.h"

namespace sw::expr {

// How deeply an expression may nest: brackets, function arguments, CASE and CAST operands,
// unary minus and NOT, and predicates applied one after another (a IS NULL IS NULL) each count a
// level. The operands of a chain of binary operators (a + b + c, x AND y AND z) do not: a chain
// may be as long as the text. Every later stage recurses at most this deep.
inline constexpr std::size_t kMaxExpressionDepth = 200;

// Parses one complete expression. On failure the error says what was expected and found,
// and Error::location is "offset N" (0-based byte offset into `text`).
sw::Result<ExprPtr> parseExpression(std::string_view text);

}  // namespace sw::expr
