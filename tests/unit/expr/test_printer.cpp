// Printer tests on trees built directly, so brackets and quoting are checked independently of the parser.

#include <gtest/gtest.h>

#include <functional>
#include <string>

#include "expr/parse/parser.h"
#include "expr/parse/printer.h"

namespace sw::expr {
namespace {

ExprPtr col(const std::string& name) { return Expr::column(name, 0); }
ExprPtr num(const std::string& digits) { return Expr::literal(LiteralKind::Integer, digits, 0); }
ExprPtr str(const std::string& text) { return Expr::literal(LiteralKind::String, text, 0); }
ExprPtr bin(BinaryOp op, ExprPtr l, ExprPtr r) { return Expr::binary(op, std::move(l), std::move(r), 0); }
ExprPtr un(UnaryOp op, ExprPtr e) { return Expr::unary(op, std::move(e), 0); }

struct PrintCase {
    const char* name;
    std::function<ExprPtr()> build;
    const char* expected;
};

const PrintCase kCases[] = {
    {"hostile backtick", [] { return col("we`ird"); }, "`we``ird`"},
    {"hostile quote and semicolon", [] { return col("a';DROP--"); }, "`a';DROP--`"},
    {"comment opener in name", [] { return col("x/*y"); }, "`x/*y`"},
    {"unicode name", [] { return col("ä漢"); }, "`ä漢`"},
    {"string with quotes", [] { return str("it's -- ok"); }, "'it''s -- ok'"},
    {"right-nested subtraction", [] { return bin(BinaryOp::Subtract, col("a"), bin(BinaryOp::Subtract, col("b"), col("c"))); },
     "`a` - (`b` - `c`)"},
    {"left-nested subtraction", [] { return bin(BinaryOp::Subtract, bin(BinaryOp::Subtract, col("a"), col("b")), col("c")); },
     "`a` - `b` - `c`"},
    {"sum times", [] { return bin(BinaryOp::Multiply, bin(BinaryOp::Add, col("a"), col("b")), col("c")); },
     "(`a` + `b`) * `c`"},
    {"concat of product", [] { return bin(BinaryOp::Concat, col("a"), bin(BinaryOp::Multiply, col("b"), col("c"))); },
     "`a` || (`b` * `c`)"},
    {"sum of concat", [] { return bin(BinaryOp::Add, bin(BinaryOp::Concat, col("a"), col("b")), col("c")); },
     "(`a` || `b`) + `c`"},
    {"negated negative literal", [] { return un(UnaryOp::Negate, num("-1")); }, "-(-1)"},
    {"double negation", [] { return un(UnaryOp::Negate, un(UnaryOp::Negate, col("x"))); }, "-(-`x`)"},
    {"not of or", [] { return un(UnaryOp::Not, bin(BinaryOp::Or, col("a"), col("b"))); }, "NOT (`a` OR `b`)"},
    {"not of comparison", [] { return un(UnaryOp::Not, bin(BinaryOp::Equal, col("a"), col("b"))); }, "NOT `a` = `b`"},
    {"and inside or", [] { return bin(BinaryOp::Or, col("a"), bin(BinaryOp::And, col("b"), col("c"))); },
     "`a` OR `b` AND `c`"},
    {"or inside and", [] { return bin(BinaryOp::And, bin(BinaryOp::Or, col("a"), col("b")), col("c")); },
     "(`a` OR `b`) AND `c`"},
    {"comparison of comparison", [] { return bin(BinaryOp::Equal, bin(BinaryOp::Less, col("a"), col("b")), col("c")); },
     "(`a` < `b`) = `c`"},
    {"is null of comparison", [] { return un(UnaryOp::IsNull, bin(BinaryOp::Equal, col("a"), col("b"))); },
     "(`a` = `b`) IS NULL"},
    {"comparison with not", [] { return bin(BinaryOp::Equal, col("a"), un(UnaryOp::Not, col("b"))); },
     "`a` = (NOT `b`)"},
    {"between with and bound",
     [] { return Expr::between(col("a"), bin(BinaryOp::And, col("b"), col("c")), col("d"), false, false, 0); },
     "`a` BETWEEN (`b` AND `c`) AND `d`"},
    {"in list items print plainly",
     [] {
         std::vector<ExprPtr> items;
         items.push_back(bin(BinaryOp::Add, col("b"), num("1")));
         items.push_back(str("x"));
         return Expr::in(col("a"), std::move(items), true, 0);
     },
     "`a` NOT IN (`b` + 1, 'x')"},
    {"like with escape", [] { return Expr::like(col("s"), str("a!%"), str("!"), false, 0); }, "`s` LIKE 'a!%' ESCAPE '!'"},
    {"cast", [] { return Expr::cast(col("a"), model::FlinkType(model::TypeKind::BigInt), false, 0); }, "CAST(`a` AS BIGINT)"},
    {"count star", [] { return Expr::call(FunctionId::Count, {}, false, 0); }, "COUNT(*)"},
    {"niladic", [] { return Expr::call(FunctionId::CurrentTimestamp, {}, false, 0); }, "CURRENT_TIMESTAMP"},
    {"distinct aggregate",
     [] {
         std::vector<ExprPtr> args;
         args.push_back(col("u"));
         return Expr::call(FunctionId::Count, std::move(args), true, 0);
     },
     "COUNT(DISTINCT `u`)"},
    {"trim both spaces", [] { return Expr::trim(TrimSide::Both, nullptr, col("s"), 0); }, "TRIM(`s`)"},
    {"trim trailing chars", [] { return Expr::trim(TrimSide::Trailing, str("0"), col("s"), 0); },
     "TRIM(TRAILING '0' FROM `s`)"},
    {"interval", [] { return Expr::interval("10", IntervalQualifier{TimeUnit::Minute, TimeUnit::Minute}, 0); }, "INTERVAL '10' MINUTE"},
};

class Printer : public testing::TestWithParam<PrintCase> {};

TEST_P(Printer, PrintsAndParsesBackToTheSameText) {
    const PrintCase& c = GetParam();
    ExprPtr e = c.build();
    std::string printed = toSql(*e);
    EXPECT_EQ(printed, c.expected);
    auto reparsed = parseExpression(printed);
    ASSERT_TRUE(reparsed.ok()) << printed << ": " << reparsed.error().toString();
    EXPECT_EQ(toSql(**reparsed), printed);
}

INSTANTIATE_TEST_SUITE_P(Table, Printer, testing::ValuesIn(kCases), [](const auto& info) {
    std::string name = info.param.name;
    for (char& ch : name) {
        if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
    }
    return name;
});

// Flink's keyword-clause syntax, parsed and printed back in its canonical form (defaults left
// out), which parses to the same text again.
struct Canonical {
    const char* input;
    const char* printed;
};

TEST(PrinterSpecialSyntax, PrintsFlinksSyntaxBack) {
    const Canonical cases[] = {
        {"position('a' in s)", "POSITION('a' IN `s`)"},
        {"JSON_VALUE(j, '$.a' RETURNING INT DEFAULT -1 ON EMPTY ERROR ON ERROR)",
         "JSON_VALUE(`j`, '$.a' RETURNING INT DEFAULT -1 ON EMPTY ERROR ON ERROR)"},
        {"json_value(j, '$.a' NULL ON EMPTY NULL ON ERROR)", "JSON_VALUE(`j`, '$.a')"},
        {"JSON_QUERY(j, 'lax $' WITH ARRAY WRAPPER EMPTY OBJECT ON EMPTY)",
         "JSON_QUERY(`j`, 'lax $' WITH UNCONDITIONAL ARRAY WRAPPER EMPTY OBJECT ON EMPTY)"},
        {"JSON_QUERY(j, '$' WITHOUT WRAPPER)", "JSON_QUERY(`j`, '$')"},
        {"JSON_EXISTS(j, '$.a' FALSE ON ERROR)", "JSON_EXISTS(`j`, '$.a')"},
        {"JSON_EXISTS(j, '$.a' UNKNOWN ON ERROR)", "JSON_EXISTS(`j`, '$.a' UNKNOWN ON ERROR)"},
        {"JSON_OBJECT('k' VALUE v, KEY 'n' VALUE JSON_ARRAY(1, 2 NULL ON NULL) ABSENT ON NULL)",
         "JSON_OBJECT(KEY 'k' VALUE `v`, KEY 'n' VALUE JSON_ARRAY(1, 2 NULL ON NULL) ABSENT ON NULL)"},
        {"JSON_OBJECT(NULL ON NULL)", "JSON_OBJECT()"},
        {"j is not json object", "`j` IS NOT JSON OBJECT"},
        {"NOT (j IS JSON)", "NOT `j` IS JSON"},
        {"a is not distinct from b + 1", "`a` IS NOT DISTINCT FROM `b` + 1"},
        {"(a is distinct from b) = true", "(`a` IS DISTINCT FROM `b`) = TRUE"},
        {"f is not unknown", "`f` IS NOT UNKNOWN"},
        {"a between symmetric 3 and 1", "`a` BETWEEN SYMMETRIC 3 AND 1"},
        {"a not between asymmetric 1 and 3", "`a` NOT BETWEEN 1 AND 3"},
        {"overlay(s placing 'x' || 'y' from 2 for n + 1)", "OVERLAY(`s` PLACING 'x' || 'y' FROM 2 FOR `n` + 1)"},
        {"trim(trailing s)", "TRIM(TRAILING FROM `s`)"},
        {"`left`(s, 2)", "LEFT(`s`, 2)"},
        {"case n when 1, 2 then 'a' else 'b' end", "CASE `n` WHEN 1 THEN 'a' WHEN 2 THEN 'a' ELSE 'b' END"},
    };
    for (const Canonical& c : cases) {
        auto parsed = parseExpression(c.input);
        ASSERT_TRUE(parsed.ok()) << c.input << ": " << parsed.error().toString();
        std::string printed = toSql(**parsed);
        EXPECT_EQ(printed, c.printed) << c.input;
        auto reparsed = parseExpression(printed);
        ASSERT_TRUE(reparsed.ok()) << printed << ": " << reparsed.error().toString();
        EXPECT_EQ(toSql(**reparsed), printed);
    }
}

// A hostile name must come back as exactly one column reference with the same name.
TEST(PrinterHostileNames, RoundTripAsOneColumn) {
    const std::string names[] = {"we`ird", "`", "``", "a'b", "x; DROP TABLE t; --", "/* c */", "ä漢", "a b", "-- x\n"};
    for (const auto& name : names) {
        std::string printed = toSql(*col(name));
        auto reparsed = parseExpression(printed);
        ASSERT_TRUE(reparsed.ok()) << printed << ": " << reparsed.error().toString();
        std::string back;
        ASSERT_TRUE(isColumnReference(**reparsed, &back)) << printed;
        EXPECT_EQ(back, name);
    }
}

}  // namespace
}  // namespace sw::expr
