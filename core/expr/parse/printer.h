#pragma once
// Printer: Expr -> canonical Flink SQL text that parses back to the same tree.

#include <string>

#include "expr/parse/ast.h"

namespace sw::expr {

// Canonical Flink SQL: every column back-quoted, string literals single-quoted with '' escapes,
// keywords and function names in upper case, and parentheses exactly where precedence needs
// them (plus where Flink's and our grammar could disagree), so that hostile column names stay
// inert in exported SQL and parse(toSql(e)) prints as toSql(e) again.
std::string toSql(const Expr& expr);

}  // namespace sw::expr
