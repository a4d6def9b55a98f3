// Parser tests: accepted syntax (checked through the canonical print), tree shape and error offsets.

#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "expr/parse/parser.h"
#include "expr/parse/printer.h"

namespace sw::expr {
namespace {

struct ParseCase {
    const char* input;
    const char* canonical;
};

// Failure output shows the input instead of the struct's bytes.
void PrintTo(const ParseCase& c, std::ostream* os) { *os << c.input; }

const ParseCase kAccepted[] = {
    // literals
    {"42", "42"},
    {"2147483648", "2147483648"},
    {"-2147483648", "-2147483648"},
    {"1.50", "1.50"},
    {"1.5e3", "1.5E3"},
    {"'it''s'", "'it''s'"},
    {"''", "''"},
    {"true", "TRUE"},
    {"False", "FALSE"},
    {"null", "NULL"},
    {"date '2024-02-29'", "DATE '2024-02-29'"},
    {"TIMESTAMP '2024-01-01 00:00:00.123'", "TIMESTAMP '2024-01-01 00:00:00.123'"},
    {"interval '5' second", "INTERVAL '5' SECOND"},
    {"INTERVAL '2' DAY", "INTERVAL '2' DAY"},
    // column references
    {"amount", "`amount`"},
    {"Amount", "`Amount`"},
    {"`select`", "`select`"},
    {"`we``ird`", "`we``ird`"},
    {"date", "`date`"},
    // operators
    {"a+b*c", "`a` + `b` * `c`"},
    {"(a + b) * c", "(`a` + `b`) * `c`"},
    {"a - (b - c)", "`a` - (`b` - `c`)"},
    {"a - b - c", "`a` - `b` - `c`"},
    {"a % 2 = 0", "`a` % 2 = 0"},
    {"a != b", "`a` <> `b`"},
    {"a>=1 and b<=2", "`a` >= 1 AND `b` <= 2"},
    {"- -x", "-(-`x`)"},
    {"-(-1)", "-(-1)"},
    {"x - -1", "`x` - -1"},
    {"-(a + b)", "-(`a` + `b`)"},
    {"a || 'x'", "`a` || 'x'"},
    {"(a || b) || c", "`a` || `b` || `c`"},
    {"a || (b + c)", "`a` || (`b` + `c`)"},
    {"(a + b) || c", "(`a` + `b`) || `c`"},
    {"a is null", "`a` IS NULL"},
    {"a IS NOT NULL", "`a` IS NOT NULL"},
    {"flag is not true", "`flag` IS NOT TRUE"},
    {"flag IS FALSE", "`flag` IS FALSE"},
    {"(a = b) is true", "(`a` = `b`) IS TRUE"},
    {"a in (1, 2, 3)", "`a` IN (1, 2, 3)"},
    {"a not in ('x')", "`a` NOT IN ('x')"},
    {"a between 1 and 10 and b", "`a` BETWEEN 1 AND 10 AND `b`"},
    {"a not between b + 1 and c", "`a` NOT BETWEEN `b` + 1 AND `c`"},
    {"name like 'a%'", "`name` LIKE 'a%'"},
    {"name not like 'a!%%' escape '!'", "`name` NOT LIKE 'a!%%' ESCAPE '!'"},
    {"not a and b", "NOT `a` AND `b`"},
    {"not (a and b)", "NOT (`a` AND `b`)"},
    {"a or (b or c)", "`a` OR (`b` OR `c`)"},
    // CASE, CAST
    {"case when a > 0 then 'p' when a < 0 then 'n' else 'z' end",
     "CASE WHEN `a` > 0 THEN 'p' WHEN `a` < 0 THEN 'n' ELSE 'z' END"},
    {"case status when 1 then 'a' end", "CASE `status` WHEN 1 THEN 'a' END"},
    {"cast(a as decimal(10,2))", "CAST(`a` AS DECIMAL(10, 2))"},
    {"try_cast(s AS int)", "TRY_CAST(`s` AS INT)"},
    {"CAST(ts AS TIMESTAMP(3))", "CAST(`ts` AS TIMESTAMP(3))"},
    // functions
    {"upper(name)", "UPPER(`name`)"},
    {"Coalesce(a, b, 0)", "COALESCE(`a`, `b`, 0)"},
    {"if(a > 1, 'x', 'y')", "IF(`a` > 1, 'x', 'y')"},
    {"nullif(a, 0)", "NULLIF(`a`, 0)"},
    {"concat_ws('-', a, b)", "CONCAT_WS('-', `a`, `b`)"},
    {"substring(s from 2 for 3)", "SUBSTRING(`s`, 2, 3)"},
    {"substring(s from 2)", "SUBSTRING(`s`, 2)"},
    {"SUBSTRING(s, 1, 2)", "SUBSTRING(`s`, 1, 2)"},
    {"trim(s)", "TRIM(`s`)"},
    {"trim(leading 'x' from s)", "TRIM(LEADING 'x' FROM `s`)"},
    {"trim(trailing from s)", "TRIM(TRAILING FROM `s`)"},
    {"trim('x' from s)", "TRIM(BOTH 'x' FROM `s`)"},
    {"regexp_extract(s, '(\\d+)', 1)", "REGEXP_EXTRACT(`s`, '(\\d+)', 1)"},
    {"date_format(ts, 'yyyy-MM-dd')", "DATE_FORMAT(`ts`, 'yyyy-MM-dd')"},
    {"now()", "CURRENT_TIMESTAMP"},
    {"current_timestamp", "CURRENT_TIMESTAMP"},
    {"current_date", "CURRENT_DATE"},
    {"current_timestamp()", "CURRENT_TIMESTAMP"},
    {"cast(r as row<a int, `b c` decimal(5, 1)>)", "CAST(`r` AS ROW<`a` INT, `b c` DECIMAL(5, 1)>)"},
    {"TIMESTAMP '2024-01-01 00:00:00' + INTERVAL '-1.5' SECOND", "TIMESTAMP '2024-01-01 00:00:00' + INTERVAL '-1.5' SECOND"},
    {"a=1 or(b=2)", "`a` = 1 OR `b` = 2"},
    {"localtimestamp", "LOCALTIMESTAMP"},
    {"unix_timestamp()", "UNIX_TIMESTAMP()"},
    {"round(x, 2)", "ROUND(`x`, 2)"},
    {"count(*)", "COUNT(*)"},
    {"count(distinct user_id)", "COUNT(DISTINCT `user_id`)"},
    {"sum(price * qty)", "SUM(`price` * `qty`)"},
    // comments and layout
    {"a /* why */ + -- note\n b", "`a` + `b`"},
    // hostile names stay identifiers
    {"`a'b; DROP TABLE x; --` = 'x'';--'", "`a'b; DROP TABLE x; --` = 'x'';--'"},
    {"`/* c */` + 1", "`/* c */` + 1"},
    {"`ä漢` || 'ü'", "`ä漢` || 'ü'"},
    {"größe > 1", "`größe` > 1"},
};

class ParserAccepts : public testing::TestWithParam<ParseCase> {};

TEST_P(ParserAccepts, PrintsCanonicallyAndReachesAFixpoint) {
    const ParseCase& c = GetParam();
    auto parsed = parseExpression(c.input);
    ASSERT_TRUE(parsed.ok()) << c.input << ": " << parsed.error().toString();
    std::string printed = toSql(**parsed);
    EXPECT_EQ(printed, c.canonical) << c.input;
    auto reparsed = parseExpression(printed);
    ASSERT_TRUE(reparsed.ok()) << printed << ": " << reparsed.error().toString();
    EXPECT_EQ(toSql(**reparsed), printed);
}

INSTANTIATE_TEST_SUITE_P(Table, ParserAccepts, testing::ValuesIn(kAccepted));

// Precedence is checked on the tree itself, not only through the printer.
TEST(ParserPrecedence, AndBindsTighterThanOr) {
    auto e = parseExpression("a OR b AND c");
    ASSERT_TRUE(e.ok());
    ASSERT_EQ((*e)->kind(), ExprKind::Binary);
    EXPECT_EQ((*e)->binaryOp(), BinaryOp::Or);
    EXPECT_EQ((*e)->child(1).binaryOp(), BinaryOp::And);
}

TEST(ParserPrecedence, NotAppliesToTheWholeComparison) {
    auto e = parseExpression("NOT a = b");
    ASSERT_TRUE(e.ok());
    ASSERT_EQ((*e)->kind(), ExprKind::Unary);
    EXPECT_EQ((*e)->unaryOp(), UnaryOp::Not);
    EXPECT_EQ((*e)->child(0).binaryOp(), BinaryOp::Equal);
}

TEST(ParserPrecedence, UnaryMinusBindsTighterThanMultiplication) {
    auto e = parseExpression("-x * y");
    ASSERT_TRUE(e.ok());
    EXPECT_EQ((*e)->binaryOp(), BinaryOp::Multiply);
    EXPECT_EQ((*e)->child(0).kind(), ExprKind::Unary);
    EXPECT_EQ((*e)->child(0).unaryOp(), UnaryOp::Negate);
}

TEST(ParserPrecedence, ConcatBindsTighterThanComparison) {
    auto e = parseExpression("a || b = c");
    ASSERT_TRUE(e.ok());
    EXPECT_EQ((*e)->binaryOp(), BinaryOp::Equal);
    EXPECT_EQ((*e)->child(0).binaryOp(), BinaryOp::Concat);
    EXPECT_EQ(toSql(**e), "`a` || `b` = `c`");
}

TEST(ParserTree, OffsetsPointAtTheDefiningToken) {
    auto e = parseExpression("amount = 'abc'");
    ASSERT_TRUE(e.ok());
    EXPECT_EQ((*e)->offset(), 7u);
    EXPECT_EQ((*e)->child(0).offset(), 0u);
    EXPECT_EQ((*e)->child(1).offset(), 9u);
}

TEST(ParserTree, NegativeNumberIsOneLiteral) {
    auto e = parseExpression("-5");
    ASSERT_TRUE(e.ok());
    ASSERT_EQ((*e)->kind(), ExprKind::Literal);
    EXPECT_EQ((*e)->text(), "-5");
}

TEST(ParserTree, StringEscapesAreUndone) {
    auto e = parseExpression("'a''b'");
    ASSERT_TRUE(e.ok());
    EXPECT_EQ((*e)->text(), "a'b");
}

struct ErrorCase {
    const char* input;
    std::size_t offset;
    const char* messagePart;
};

void PrintTo(const ErrorCase& c, std::ostream* os) { *os << c.input; }

const ErrorCase kRejected[] = {
    {"", 0, "expected an expression, found end of input"},
    {"a +", 3, "expected an expression"},
    {"a b", 2, "expected end of expression, found 'b'"},
    {"(a + 1", 6, "expected ')'"},
    {"a = 'x", 4, "unterminated string literal"},
    {"`abc", 0, "unterminated quoted identifier"},
    {"a # b", 2, "unexpected character '#'"},
    {"my_udf(a b)", 9, "expected ',' or ')'"},
    {"upper(a, b)", 0, "UPPER takes 1 argument, got 2"},
    {"round()", 0, "ROUND takes 1 to 2 arguments, got 0"},
    {"coalesce()", 0, "COALESCE takes at least 1 argument, got 0"},
    {"a and or b", 6, "expected an expression, found 'or'"},
    {"a is maybe", 5, "expected NULL, TRUE, FALSE, UNKNOWN, DISTINCT FROM or JSON"},
    {"a between 1 or 2", 12, "expected AND"},
    {"a in 1", 5, "expected '(' after IN"},
    {"case end", 5, "expected WHEN"},
    {"case when a then b", 18, "expected WHEN, ELSE or END"},
    {"cast(a as)", 9, "expected a type"},
    {"cast(a int)", 7, "expected AS"},
    {"cast(a as NOTATYPE)", 10, "invalid type in CAST"},
    {"cast(a as DECIMAL(10, x))", 22, "invalid type in CAST"},
    {"cast(a as INT NOT NULL)", 10, "CAST cannot declare NOT NULL"},
    {"case else 1 end", 5, "expected WHEN"},
    {"date '2024-02-30'", 5, "invalid DATE literal"},
    {"timestamp '2024-01-01 25:00:00'", 10, "invalid TIMESTAMP literal"},
    {"interval '5' week", 13, "expected a time unit (YEAR, MONTH, DAY, HOUR, MINUTE, SECOND)"},
    {"interval 'x' second", 9, "invalid INTERVAL literal"},
    {"123456789012345678901234567890123456789", 0, "out of range"},
    {"1.5e", 3, "malformed exponent"},
    {"a=1or b", 3, "unexpected character 'o' after number"},
    {"trim(leading s", 14, "expected FROM or ')'"},
    {"overlay(s placing 'x')", 22, "expected FROM"},
    {"overlay(s, 'x', 1)", 9, "expected PLACING"},
    {"a is distinct b", 14, "expected FROM after DISTINCT"},
    {"case when a, b then 1 end", 11, "expected THEN"},  // a list only after a simple CASE's operand
    {"count(distinct *)", 15, "expected an expression"},
    {"a.", 2, "expected a field name after '.', found end of input"},
    {"/* open", 0, "unterminated comment"},
    {"substring(s for 2)", 12, "expected FROM or ','"},
    {"sum(distinct)", 12, "expected an expression"},
    {"a = = b", 4, "expected an expression, found '='"},
};

class ParserRejects : public testing::TestWithParam<ErrorCase> {};

TEST_P(ParserRejects, WithMessageAndOffset) {
    const ErrorCase& c = GetParam();
    auto parsed = parseExpression(c.input);
    ASSERT_FALSE(parsed.ok()) << c.input << " parsed as " << toSql(**parsed);
    EXPECT_EQ(parsed.error().location, "offset " + std::to_string(c.offset)) << c.input << ": " << parsed.error().message;
    EXPECT_NE(parsed.error().message.find(c.messagePart), std::string::npos) << c.input << ": " << parsed.error().message;
}

INSTANTIATE_TEST_SUITE_P(Table, ParserRejects, testing::ValuesIn(kRejected));

}  // namespace
}  // namespace sw::expr
