#pragma once
// Type rules shared by the type checker: Flink's result types for arithmetic, branch merging and casts.

#include <optional>
#include <string>

#include "expr/parse/ast.h"
#include "model/flink_type.h"
#include "util/result.h"

namespace sw::expr {

// Result of `left op right` for numeric operands and an arithmetic op (+ - * / %), following
// Flink's LogicalTypeMerging: exact decimal derivation when a DECIMAL is involved.
model::FlinkType arithmeticType(BinaryOp op, const model::FlinkType& left, const model::FlinkType& right);

// Result of ROUND(value[, digits]): a DECIMAL's scale becomes the literal digits when those cut it
// (0 when left out), with room for a carry; other types and non-literal digits keep `value`'s type.
model::FlinkType roundType(const Expr& call, const model::FlinkType& value);

// The type both branches of a CASE / COALESCE / IF fit into, or nullopt when they have none.
// Nullable if either is; an untyped NULL adopts the other type.
std::optional<model::FlinkType> commonType(const model::FlinkType& a, const model::FlinkType& b);

// Whether CAST(value of `from` AS `to`) is allowed at all.
bool castAllowed(const model::FlinkType& from, const model::FlinkType& to);

// "`expr` (TYPE)" for messages; nullability is left out because it rarely explains a mismatch.
std::string describeTyped(const Expr& expr, const model::FlinkType& type);

// An error located at `expr`.
Error errorAt(const Expr& expr, std::string message);

}  // namespace sw::expr
