// Type checker tests: result types over a fixed schema and located, readable type errors.

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

#include "expr/parse/parser.h"
#include "expr/types/type_checker.h"

namespace sw::expr {
namespace {

std::vector<model::Column> schema() {
    const std::pair<const char*, const char*> spec[] = {
        {"amount", "DECIMAL(10, 2)"}, {"qty", "INT NOT NULL"}, {"id", "BIGINT NOT NULL"},
        {"price", "DOUBLE"},          {"name", "STRING"},      {"code", "CHAR(3) NOT NULL"},
        {"flag", "BOOLEAN"},          {"ts", "TIMESTAMP(3)"},  {"lts", "TIMESTAMP_LTZ(3)"},
        {"d", "DATE"},                {"small", "SMALLINT"},   {"we`ird ä", "INT"},
    };
    std::vector<model::Column> columns;
    for (const auto& [name, type] : spec) {
        auto parsed = model::FlinkType::parse(type);
        EXPECT_TRUE(parsed.ok()) << type;
        columns.push_back(model::Column{name, parsed.ok() ? *parsed : model::FlinkType(), ""});
    }
    return columns;
}

struct TypeCase {
    const char* expr;
    const char* type;
};

// Failure output shows the expression instead of the struct's bytes.
void PrintTo(const TypeCase& c, std::ostream* os) { *os << c.expr; }

const TypeCase kTyped[] = {
    // literals
    {"42", "INT NOT NULL"},
    {"2147483648", "BIGINT NOT NULL"},
    {"-2147483648", "INT NOT NULL"},
    {"12345678901234567890", "DECIMAL(20, 0) NOT NULL"},
    {"1.50", "DECIMAL(3, 2) NOT NULL"},
    {"0.5", "DECIMAL(1, 1) NOT NULL"},
    {"1.5e3", "DOUBLE NOT NULL"},
    {"'abc'", "CHAR(3) NOT NULL"},
    {"'ä漢'", "CHAR(2) NOT NULL"},
    {"TRUE", "BOOLEAN NOT NULL"},
    {"DATE '2024-01-01'", "DATE NOT NULL"},
    {"TIMESTAMP '2024-01-01 00:00:00'", "TIMESTAMP(0) NOT NULL"},
    {"TIMESTAMP '2024-01-01 00:00:00.123'", "TIMESTAMP(3) NOT NULL"},
    // columns and arithmetic
    {"`we``ird ä`", "INT"},
    {"qty + 1", "INT NOT NULL"},
    {"qty + id", "BIGINT NOT NULL"},
    {"small * qty", "INT"},
    {"-qty", "INT NOT NULL"},
    {"price * qty", "DOUBLE"},
    {"amount + 1", "DECIMAL(13, 2)"},
    {"amount * qty", "DECIMAL(21, 2)"},
    {"amount / 2", "DECIMAL(21, 13)"},
    {"amount % 3", "DECIMAL(10, 2)"},
    {"1.5 + 1", "DECIMAL(12, 1) NOT NULL"},
    {"amount + price", "DOUBLE"},
    {"qty + NULL", "INT"},
    {"code || 'x'", "CHAR(4) NOT NULL"},
    {"name || code", "STRING"},
    {"ts + INTERVAL '5' SECOND", "TIMESTAMP(3)"},
    {"d - INTERVAL '1' DAY", "DATE"},
    // predicates
    {"qty > 1", "BOOLEAN NOT NULL"},
    {"amount > 1", "BOOLEAN"},
    {"amount = price", "BOOLEAN"},
    {"name = 'x' AND qty > 1", "BOOLEAN"},
    {"NOT flag", "BOOLEAN"},
    {"name IS NULL", "BOOLEAN NOT NULL"},
    {"flag IS NOT TRUE", "BOOLEAN NOT NULL"},
    {"qty IN (1, 2, 3)", "BOOLEAN NOT NULL"},
    {"qty NOT IN (1, NULL)", "BOOLEAN"},
    {"amount BETWEEN 1 AND 2.5", "BOOLEAN"},
    {"name LIKE 'a%'", "BOOLEAN"},
    {"code LIKE 'a!%' ESCAPE '!'", "BOOLEAN NOT NULL"},
    {"ts > TIMESTAMP '2024-01-01 00:00:00'", "BOOLEAN"},
    {"ts < lts", "BOOLEAN"},
    {"d = DATE '2024-01-01'", "BOOLEAN"},
    // CASE, CAST and conditional functions
    {"CASE WHEN qty > 0 THEN 'pos' ELSE 'neg' END", "CHAR(3) NOT NULL"},
    {"CASE WHEN qty > 0 THEN 'p' END", "CHAR(1)"},
    {"CASE WHEN qty > 0 THEN 'p' ELSE 'neg' END", "VARCHAR(3) NOT NULL"},  // FlinkTypeSystem: ragged CHAR -> VARCHAR
    {"CASE WHEN qty > 0 THEN qty ELSE id END", "BIGINT NOT NULL"},
    {"CASE qty WHEN 1 THEN name ELSE 'x' END", "STRING"},
    {"CASE WHEN flag THEN 'ab' ELSE name END", "STRING"},
    {"CAST(qty AS STRING)", "STRING NOT NULL"},
    {"CAST(name AS DECIMAL(5, 1))", "DECIMAL(5, 1)"},
    {"TRY_CAST(code AS INT)", "INT"},
    {"CAST(ts AS DATE)", "DATE"},
    {"COALESCE(name, 'x')", "STRING NOT NULL"},
    {"COALESCE(amount, price)", "DOUBLE"},
    {"IF(flag, qty, 0)", "INT NOT NULL"},
    {"NULLIF(qty, 0)", "INT"},
    // string functions
    {"UPPER(code)", "STRING NOT NULL"},
    {"LOWER(name)", "STRING"},
    {"CONCAT(code, 'x')", "STRING NOT NULL"},
    {"CONCAT_WS('-', code, name)", "STRING"},
    {"CHAR_LENGTH(name)", "INT"},
    {"SUBSTRING(code FROM 1 FOR 2)", "STRING NOT NULL"},
    {"TRIM(LEADING '0' FROM code)", "STRING NOT NULL"},
    {"RTRIM(name)", "STRING"},
    {"REGEXP_REPLACE(code, 'a', 'b')", "STRING NOT NULL"},
    {"REGEXP_EXTRACT(code, '(a)', 1)", "STRING"},
    // temporal functions
    {"DATE_FORMAT(ts, 'yyyy-MM-dd')", "STRING"},
    {"TO_TIMESTAMP('2024-01-01 00:00:00')", "TIMESTAMP(3)"},
    {"TO_TIMESTAMP_LTZ(id, 3)", "TIMESTAMP_LTZ(3) NOT NULL"},
    {"FROM_UNIXTIME(id)", "STRING NOT NULL"},
    {"UNIX_TIMESTAMP()", "BIGINT NOT NULL"},
    {"UNIX_TIMESTAMP(name)", "BIGINT"},
    {"NOW()", "TIMESTAMP_LTZ(3) NOT NULL"},
    {"CURRENT_TIMESTAMP", "TIMESTAMP_LTZ(3) NOT NULL"},
    {"CURRENT_DATE", "DATE NOT NULL"},
    {"LOCALTIMESTAMP", "TIMESTAMP(3) NOT NULL"},
    {"lts > NOW() - INTERVAL '1' HOUR", "BOOLEAN"},
    // numeric functions
    {"ABS(amount)", "DECIMAL(10, 2)"},
    {"ROUND(price, 2)", "DOUBLE"},
    {"FLOOR(qty)", "INT NOT NULL"},
    {"POWER(qty, 2)", "DOUBLE NOT NULL"},
    {"MOD(id, 7)", "BIGINT NOT NULL"},
};

class TypeCheckerTypes : public testing::TestWithParam<TypeCase> {};

TEST_P(TypeCheckerTypes, FollowFlinkRules) {
    const TypeCase& c = GetParam();
    auto parsed = parseExpression(c.expr);
    ASSERT_TRUE(parsed.ok()) << c.expr << ": " << parsed.error().toString();
    auto type = typeCheck(**parsed, schema(), AggregateUse::Forbidden);
    ASSERT_TRUE(type.ok()) << c.expr << ": " << type.error().toString();
    EXPECT_EQ(type->toSql(), c.type) << c.expr;
}

INSTANTIATE_TEST_SUITE_P(Table, TypeCheckerTypes, testing::ValuesIn(kTyped));

const TypeCase kAggregates[] = {
    {"COUNT(*)", "BIGINT NOT NULL"},
    {"COUNT(name)", "BIGINT NOT NULL"},
    {"COUNT(DISTINCT name)", "BIGINT NOT NULL"},
    {"SUM(qty)", "INT"},
    {"SUM(id)", "BIGINT"},
    {"SUM(amount)", "DECIMAL(38, 2)"},
    {"SUM(price)", "DOUBLE"},
    {"AVG(qty)", "INT"},
    {"AVG(amount)", "DECIMAL(38, 6)"},
    {"MIN(ts)", "TIMESTAMP(3)"},
    {"MAX(code)", "CHAR(3)"},
    {"SUM(qty) * 2", "INT"},
    {"COUNT(*) > 10", "BOOLEAN NOT NULL"},
};

class TypeCheckerAggregates : public testing::TestWithParam<TypeCase> {};

TEST_P(TypeCheckerAggregates, FollowFlinkRules) {
    const TypeCase& c = GetParam();
    auto parsed = parseExpression(c.expr);
    ASSERT_TRUE(parsed.ok()) << c.expr << ": " << parsed.error().toString();
    auto type = typeCheck(**parsed, schema(), AggregateUse::Allowed);
    ASSERT_TRUE(type.ok()) << c.expr << ": " << type.error().toString();
    EXPECT_EQ(type->toSql(), c.type) << c.expr;
}

INSTANTIATE_TEST_SUITE_P(Table, TypeCheckerAggregates, testing::ValuesIn(kAggregates));

struct TypeErrorCase {
    const char* expr;
    AggregateUse aggregates;
    std::size_t offset;
    const char* messagePart;
};

void PrintTo(const TypeErrorCase& c, std::ostream* os) { *os << c.expr; }

constexpr AggregateUse kNo = AggregateUse::Forbidden;
constexpr AggregateUse kYes = AggregateUse::Allowed;

const TypeErrorCase kRejected[] = {
    {"amount = 'abc'", kNo, 7, "cannot compare `amount` (DECIMAL(10, 2)) with 'abc' (CHAR(3))"},
    {"missing + 1", kNo, 0, "unknown column `missing`"},
    {"qty + Amount", kNo, 6, "unknown column `Amount` (did you mean `amount`?)"},
    {"`we``ird` > 1", kNo, 0, "unknown column `we``ird`"},
    {"ts > '2024-01-01 00:00:00'", kNo, 3, "cannot compare `ts` (TIMESTAMP(3)) with '2024-01-01 00:00:00' (CHAR(19))"},
    {"d = ts", kNo, 2, "cannot compare `d` (DATE) with `ts` (TIMESTAMP(3))"},
    {"foo(1)", kNo, 0, "unknown function foo (neither a Flink built-in nor a function declared in Job Settings)"},
    {"1 + my_udf(qty, name)", kNo, 4, "unknown function my_udf"},
    {"flag = 1", kNo, 5, "cannot compare `flag` (BOOLEAN) with 1 (INT)"},
    {"qty AND flag", kNo, 4, "AND needs BOOLEAN operands, got `qty` (INT)"},
    {"NOT name", kNo, 0, "NOT needs a BOOLEAN operand, got `name` (STRING)"},
    {"name + 1", kNo, 5, "cannot apply + to `name` (STRING) and 1 (INT)"},
    {"price % 2", kNo, 6, "cannot apply % to `price` (DOUBLE) and 2 (INT)"},
    {"ts + 1", kNo, 3, "cannot apply + to `ts` (TIMESTAMP(3)) and 1 (INT)"},
    {"-name", kNo, 0, "cannot negate `name` (STRING)"},
    {"qty || 'x'", kNo, 4, "|| needs character strings, got `qty` (INT)"},
    {"qty IN (1, 'a')", kNo, 11, "cannot compare `qty` (INT) with 'a' (CHAR(1))"},
    {"qty BETWEEN 'a' AND 2", kNo, 4, "cannot compare `qty` (INT) with 'a' (CHAR(1))"},
    {"qty LIKE 'a%'", kNo, 4, "LIKE needs character strings, got `qty` (INT)"},
    {"flag IS NULL AND qty IS TRUE", kNo, 21, "IS TRUE/FALSE/UNKNOWN needs a BOOLEAN operand, got `qty` (INT)"},
    {"CASE WHEN qty THEN 1 END", kNo, 10, "WHEN condition must be BOOLEAN, got `qty` (INT)"},
    {"CASE WHEN flag THEN 1 ELSE 'x' END", kNo, 27, "CASE result 'x' (CHAR(1)) is incompatible with INT"},
    {"CASE qty WHEN 'a' THEN 1 END", kNo, 14, "cannot compare `qty` (INT) with 'a' (CHAR(1))"},
    {"CAST(d AS INT)", kNo, 0, "cannot cast `d` (DATE) to INT"},
    {"UPPER(qty)", kNo, 6, "UPPER needs a character string argument, got `qty` (INT)"},
    {"SUBSTRING(name, 'x')", kNo, 16, "SUBSTRING needs an integer argument, got 'x' (CHAR(1))"},
    {"IF(qty, 1, 2)", kNo, 3, "IF needs a BOOLEAN argument, got `qty` (INT)"},
    {"COALESCE(qty, name)", kNo, 14, "COALESCE argument `name` (STRING) is incompatible with INT"},
    {"DATE_FORMAT(qty, 'yyyy')", kNo, 12, "DATE_FORMAT needs a timestamp or a character string argument"},
    {"amount > 1 OR (qty = 'x')", kNo, 19, "cannot compare `qty` (INT) with 'x' (CHAR(1))"},
    {"UPPER(name || qty)", kNo, 11, "|| needs character strings, got `qty` (INT)"},
    {"SUM(qty)", kNo, 0, "aggregate function SUM is not allowed here"},
    {"1 + COUNT(*)", kNo, 4, "aggregate function COUNT is not allowed here"},
    {"SUM(COUNT(*))", kYes, 4, "aggregate function COUNT cannot be nested inside SUM"},
    {"MAX(1 + MIN(qty))", kYes, 8, "aggregate function MIN cannot be nested inside MAX"},
    {"SUM(name)", kYes, 4, "SUM needs a number argument, got `name` (STRING)"},
};

class TypeCheckerRejects : public testing::TestWithParam<TypeErrorCase> {};

TEST_P(TypeCheckerRejects, NamesTheSubExpressionAndItsOffset) {
    const TypeErrorCase& c = GetParam();
    auto parsed = parseExpression(c.expr);
    ASSERT_TRUE(parsed.ok()) << c.expr << ": " << parsed.error().toString();
    auto type = typeCheck(**parsed, schema(), c.aggregates);
    ASSERT_FALSE(type.ok()) << c.expr << " typed as " << type->toSql();
    EXPECT_EQ(type.error().location, "offset " + std::to_string(c.offset)) << c.expr << ": " << type.error().message;
    EXPECT_NE(type.error().message.find(c.messagePart), std::string::npos) << c.expr << ": " << type.error().message;
}

INSTANTIATE_TEST_SUITE_P(Table, TypeCheckerRejects, testing::ValuesIn(kRejected));

// A declared user-defined function types as declared; its arguments reach the declared types
// only by widening, as Flink's implicit casts do.
TEST(TypeChecker, UserDefinedFunctionsTypeAsDeclared) {
    const std::vector<model::UserFunction> functions = {
        {"mask_phone", "com.example.udf.MaskPhone",
         {*model::FlinkType::parse("STRING"), *model::FlinkType::parse("BIGINT")}, *model::FlinkType::parse("STRING")},
    };
    auto typeOf = [&](const std::string& text) {
        auto parsed = parseExpression(text);
        EXPECT_TRUE(parsed.ok()) << text;
        return typeCheck(**parsed, schema(), AggregateUse::Forbidden, functions);
    };
    auto ok = typeOf("UPPER(MASK_PHONE(name, qty))");  // any case; INT widens to BIGINT
    ASSERT_TRUE(ok.ok()) << ok.error().toString();
    EXPECT_EQ(ok->toSql(), "STRING");
    EXPECT_TRUE(typeOf("mask_phone(code, NULL)").ok());  // CHAR passes as STRING, NULL as anything

    auto narrowing = typeOf("mask_phone(name, price)");
    ASSERT_FALSE(narrowing.ok());
    EXPECT_EQ(narrowing.error().toString(), "offset 17: argument 2 of mask_phone must be BIGINT, got `price` (DOUBLE)");
    auto arity = typeOf("mask_phone(name)");
    ASSERT_FALSE(arity.ok());
    EXPECT_EQ(arity.error().toString(),
              "offset 0: mask_phone takes 2 argument(s), got 1 (declared as mask_phone(STRING, BIGINT) RETURNS STRING)");
    EXPECT_FALSE(typeOf("mask_phone(qty, 1)").ok());  // INT is no string
}

TEST(TypeChecker, ExampleMessageIsExact) {
    auto parsed = parseExpression("amount = 'abc'");
    ASSERT_TRUE(parsed.ok());
    auto type = typeCheck(**parsed, schema(), AggregateUse::Forbidden);
    ASSERT_FALSE(type.ok());
    EXPECT_EQ(type.error().toString(), "offset 7: cannot compare `amount` (DECIMAL(10, 2)) with 'abc' (CHAR(3))");
}

}  // namespace
}  // namespace sw::expr
