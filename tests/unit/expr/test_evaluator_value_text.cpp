// Value text: Flink's printed forms and typed parsing of text (JSON fields, CAST from string).
#include <gtest/gtest.h>

#include "evaluator_fixture.h"

namespace sw::expr::testing {
namespace {

TEST(FormatValue, PrintsAsFlink) {
    struct { Value value; const char* type; const char* text; } cases[] = {
        {Value(1e7), "DOUBLE", "1.0E7"},        {Value(0.001), "DOUBLE", "0.001"},     {Value(0.0001), "DOUBLE", "1.0E-4"},
        {Value(123.456), "DOUBLE", "123.456"},  {Value(100.0), "DOUBLE", "100.0"},     {Value(-1.5e-9), "DOUBLE", "-1.5E-9"},
        {Value(0.1), "FLOAT", "0.1"},           {Value(Decimal{-5, 2}), "DECIMAL(3, 2)", "-0.05"},
        {Value(Decimal{15, 1}), "DECIMAL(5, 3)", "1.500"},  {Value(Decimal{42, 0}), "DECIMAL(5, 0)", "42"},
        {Value(Timestamp{0}), "TIMESTAMP(3)", "1970-01-01 00:00:00.000"},
        {Value(Timestamp{-1000}), "TIMESTAMP(3)", "1969-12-31 23:59:59.999"},
        {Value(Timestamp{1704110400123456}), "TIMESTAMP(6)", "2024-01-01 12:00:00.123456"},
        {Value(Timestamp{1704110400123456}), "TIMESTAMP(0)", "2024-01-01 12:00:00"},
        {Value(Date{-1}), "DATE", "1969-12-31"},       {Value(Date{11016}), "DATE", "2000-02-29"},
        {Value(TimeOfDay{45296789}), "TIME(3)", "12:34:56.789"}, {Value(TimeOfDay{45296789}), "TIME(0)", "12:34:56"},
        {Value(true), "BOOLEAN", "TRUE"},       {Value(std::int64_t{-9}), "BIGINT", "-9"}, {Value(), "INT", "NULL"},
        {Value("漢"), "STRING", "漢"},
    };
    for (const auto& c : cases) EXPECT_EQ(formatValue(c.value, type(c.type)), c.text) << c.text;
}

TEST(ParseValue, ReadsTypedText) {
    struct { const char* text; const char* type; Value expected; } cases[] = {
        {"42", "INT", Value(42)},                    {" -7 ", "BIGINT", Value(std::int64_t{-7})},
        {"127", "TINYINT", Value(127)},              {"1.5", "DOUBLE", Value(1.5)},
        {"1e3", "DOUBLE", Value(1000.0)},            {"true", "BOOLEAN", Value(true)},
        {"FALSE", "BOOLEAN", Value(false)},          {" 1.235 ", "DECIMAL(5, 2)", Value(Decimal{124, 2})},
        {"-1.235", "DECIMAL(5, 2)", Value(Decimal{-124, 2})}, {"123456", "DECIMAL(5, 2)", Value()},
        {"2024-01-01", "DATE", Value(Date{19723})},
        {"2024-01-01 12:00:00.123", "TIMESTAMP(3)", Value(Timestamp{1704110400123000})},
        {"2024-01-01T12:00:00Z", "TIMESTAMP(3)", Value(Timestamp{1704110400000000})},
        {"2024-01-01 12:00:00.123456", "TIMESTAMP(3)", Value(Timestamp{1704110400123000})},
        {"12:34:56.789", "TIME(3)", Value(TimeOfDay{45296789})}, {" a b ", "STRING", Value(" a b ")},
    };
    for (const auto& c : cases) {
        auto parsed = parseValue(c.text, type(c.type));
        ASSERT_TRUE(parsed) << c.text << ": " << parsed.error().message;
        EXPECT_EQ(*parsed, c.expected) << c.text;
    }
}

TEST(ParseValue, RejectsMalformedAndOutOfRange) {
    struct { const char* text; const char* type; } cases[] = {
        {"128", "TINYINT"}, {"2147483648", "INT"}, {"12a", "INT"}, {"", "BIGINT"}, {"x", "DOUBLE"}, {"yes!", "BOOLEAN"},
        {"2024-13-01", "DATE"}, {"2023-02-29", "DATE"}, {"2024-01-01 25:00:00", "TIMESTAMP(3)"}, {"1.2.3", "DECIMAL(5, 2)"},
    };
    for (const auto& c : cases) EXPECT_FALSE(parseValue(c.text, type(c.type))) << c.text << " as " << c.type;
}

TEST(ValueText, RoundTripsThroughText) {
    struct { Value value; const char* type; } cases[] = {
        {Value(0.1 + 0.2), "DOUBLE"}, {Value(-123456789.125), "DOUBLE"}, {Value(Decimal{-123456789012345678, 9}), "DECIMAL(38, 9)"},
        {Value(Timestamp{-62135596800000000}), "TIMESTAMP(6)"}, {Value(Date{-719162}), "DATE"},
    };
    for (const auto& c : cases) {
        auto back = parseValue(formatValue(c.value, type(c.type)), type(c.type));
        ASSERT_TRUE(back) << formatValue(c.value, type(c.type));
        EXPECT_EQ(*back, c.value) << formatValue(c.value, type(c.type));
    }
}

}  // namespace
}  // namespace sw::expr::testing
