#pragma once
// Shared by the evaluator tests: one row with a column of every kind, and evaluation to text.

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "expr/eval/evaluator.h"
#include "expr/parse/parser.h"
#include "expr/eval/value_text.h"

namespace sw::expr::testing {

inline model::FlinkType type(const char* sql) { return model::FlinkType::parse(sql).value(); }

inline std::vector<model::Column> columns() {
    return {{"i", type("INT"), ""},          {"n", type("INT"), ""},           {"big", type("INT"), ""},
            {"b", type("BIGINT"), ""},       {"d", type("DOUBLE"), ""},        {"amount", type("DECIMAL(10, 2)"), ""},
            {"qty", type("DECIMAL(5, 3)"), ""}, {"s", type("STRING"), ""},     {"ns", type("STRING"), ""},
            {"t", type("BOOLEAN"), ""},      {"f", type("BOOLEAN"), ""},       {"u", type("BOOLEAN"), ""},
            {"ts", type("TIMESTAMP(3)"), ""}, {"dt", type("DATE"), ""},        {"z", type("INT"), ""},
            {"neg", type("INT"), ""}};
}

inline Row row() {
    return {Value(7), Value(), Value(2147483647), Value(std::int64_t{9223372036854775807}), Value(2.5),
            Value(Decimal{1234, 2}), Value(Decimal{1500, 3}), Value("Hällo 漢字"), Value(), Value(true), Value(false), Value(),
            Value(Timestamp{1704110400123000}),  // 2024-01-01 12:00:00.123
            Value(Date{19781}),                  // 2024-02-28
            Value(0), Value(-7)};
}

constexpr std::int64_t kNowMicros = 1700000000123456;  // 2023-11-14 22:13:20.123456 UTC

// The value as Flink prints it, "NULL", or "ERROR: <message>" (compile or runtime failure).
inline std::string evaluateText(const std::string& text) {
    auto parsed = parseExpression(text);
    if (!parsed) return "PARSE ERROR: " + parsed.error().toString();
    auto compiled = compileExpression(**parsed, columns());
    if (!compiled) return "ERROR: " + compiled.error().message;
    auto value = compiled->evaluate(row(), EvaluationContext{kNowMicros});
    if (!value) return "ERROR: " + value.error().message;
    return formatValue(*value, compiled->type());
}

struct Case {
    const char* expression;
    const char* expected;  // Flink's printed result; "ERROR" matches any error message prefix
};

inline void PrintTo(const Case& c, std::ostream* os) { *os << c.expression; }

// Evaluates `c` and checks the printed result (any error where "ERROR" is expected).
inline void expectFlinksResult(const Case& c) {
    std::string got = evaluateText(c.expression);
    if (std::string_view(c.expected) == "ERROR") {
        EXPECT_TRUE(got.starts_with("ERROR")) << got;
    } else {
        EXPECT_EQ(got, c.expected);
    }
}

}  // namespace sw::expr::testing
