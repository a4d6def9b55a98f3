// Deep and long expressions: nesting is refused past kMaxExpressionDepth with the offset of the
// level too many, while chains of binary operators of any length parse, print, type-check and
// evaluate (in a loop, not by recursion: these sizes overflowed the stack before).
#include <gtest/gtest.h>

#include <functional>
#include <string>

#include "evaluator_fixture.h"
#include "expr/parse/parser.h"
#include "expr/parse/printer.h"
#include "expr/types/type_checker.h"

namespace sw::expr {
namespace {

using testing::evaluateText;

struct Nesting {
    const char* name;
    std::function<std::string(std::size_t)> text;  // nested `levels` deep
    std::size_t refusedAt;  // offset of the token that would open level kMaxExpressionDepth + 1
};

std::string repeat(const std::string& piece, std::size_t times) {
    std::string out;
    for (std::size_t i = 0; i < times; ++i) out += piece;
    return out;
}

// The whole expression is one level; each piece opens one more. A bracket's or call's level
// starts at its content, a NOT's or minus's at the operator itself.
static_assert(kMaxExpressionDepth == 200, "the offsets below are computed for 200 levels");
const Nesting kNestings[] = {
    {"brackets", [](std::size_t n) { return repeat("(", n) + "i" + repeat(")", n); }, 200},
    {"UPPER", [](std::size_t n) { return repeat("UPPER(", n) + "s" + repeat(")", n); }, 6 * 200},
    {"NOT", [](std::size_t n) { return repeat("NOT ", n) + "t"; }, 4 * 199},
    {"minus", [](std::size_t n) { return repeat("- ", n) + "i"; }, 2 * 199},
    {"CASE", [](std::size_t n) { return repeat("CASE WHEN t THEN ", n) + "i" + repeat(" END", n); },
     17 * 199 + 10},
};

TEST(ExpressionLimits, NestingUpToTheLimitIsAcceptedByEveryStage) {
    for (const Nesting& form : kNestings) {
        const std::string text = form.text(kMaxExpressionDepth - 1);
        auto parsed = parseExpression(text);
        ASSERT_TRUE(parsed) << form.name << ": " << parsed.error().toString();
        EXPECT_FALSE(toSql(**parsed).empty()) << form.name;
        EXPECT_EQ(evaluateText(text).rfind("ERROR", 0), std::string::npos) << form.name << ": " << evaluateText(text);
    }
}

TEST(ExpressionLimits, DeeperNestingIsRefusedAtTheLevelTooMany) {
    for (const Nesting& form : kNestings) {
        for (const std::size_t levels : {kMaxExpressionDepth, std::size_t{5'000}, std::size_t{30'000}}) {
            auto parsed = parseExpression(form.text(levels));
            ASSERT_FALSE(parsed) << form.name << " " << levels;
            EXPECT_EQ(parsed.error().message, "expression nested deeper than 200 levels") << form.name;
            EXPECT_EQ(parsed.error().location, "offset " + std::to_string(form.refusedAt)) << form.name << " " << levels;
        }
    }
    // Predicates applied one after another nest like brackets.
    EXPECT_TRUE(parseExpression("i" + repeat(" IS NULL", kMaxExpressionDepth - 1)));
    auto predicates = parseExpression("i" + repeat(" IS NULL", 30'000));
    ASSERT_FALSE(predicates);
    EXPECT_EQ(predicates.error().location, "offset " + std::to_string(2 + 8 * 199));
    EXPECT_FALSE(parseExpression("i" + repeat(" = i", 30'000)));
}

std::string chain(const std::string& operand, const std::string& op, std::size_t terms) {
    std::string out = operand;
    for (std::size_t i = 1; i < terms; ++i) out += " " + op + " " + operand;
    return out;
}

// Short chains compile to nested nodes, long ones to a loop: both give Flink's values.
TEST(ExpressionLimits, ChainsOfAnyLengthEvaluate) {
    for (const std::size_t terms : {std::size_t{3}, std::size_t{17}, std::size_t{18}, std::size_t{30'000}}) {
        const std::string n = std::to_string(terms);
        EXPECT_EQ(evaluateText(chain("i", "+", terms)), std::to_string(7 * terms)) << terms;
        EXPECT_EQ(evaluateText("1 + " + chain("i * 2", "-", terms)), std::to_string(15 - 14 * (static_cast<long long>(terms) - 1)))
            << terms;
        EXPECT_EQ(evaluateText(chain("amount", "+", terms)), std::to_string(1234 * terms / 100) + "." +
                                                                 (1234 * terms % 100 < 10 ? "0" : "") +
                                                                 std::to_string(1234 * terms % 100))
            << terms;
        EXPECT_EQ(evaluateText(chain("i > 5", "AND", terms)), "TRUE") << terms;
        EXPECT_EQ(evaluateText(chain("i > 5", "AND", terms) + " AND u"), "NULL") << terms;
        EXPECT_EQ(evaluateText(chain("i > 5", "AND", terms) + " AND u AND f"), "FALSE") << terms;
        EXPECT_EQ(evaluateText(chain("f", "OR", terms) + " OR t"), "TRUE") << terms;
        EXPECT_EQ(evaluateText("CHAR_LENGTH(" + chain("'ab'", "||", terms) + ")"), std::to_string(2 * terms)) << terms;
        // Constant chains fold and still give their value.
        EXPECT_EQ(evaluateText(chain("1", "+", terms)), n) << terms;
    }
    EXPECT_EQ(evaluateText(chain("i", "+", 30'000) + " + i / z").rfind("ERROR: division by zero", 0), 0u);
}

TEST(ExpressionLimits, LongChainsPrintAndReportErrorsBriefly) {
    const std::string text = chain("a", "+", 30'000);
    auto parsed = parseExpression(text);
    ASSERT_TRUE(parsed) << parsed.error().toString();
    const std::string sql = toSql(**parsed);
    EXPECT_EQ(sql, chain("`a`", "+", 30'000));
    EXPECT_EQ(toSql(*parseExpression(sql).value()), sql);

    const std::vector<model::Column> columns = {{"a", model::FlinkType::parse("INT").value(), ""}};
    auto type = typeCheck(**parsed, columns, AggregateUse::Forbidden);
    ASSERT_TRUE(type) << type.error().toString();
    EXPECT_EQ(type->toSql(), "INT");
    auto wrong = parseExpression(text + " + 'x'");
    auto refused = typeCheck(**wrong, columns, AggregateUse::Forbidden);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().location, "offset " + std::to_string(text.size() + 1));
    EXPECT_LT(refused.error().message.size(), 300u) << refused.error().message.substr(0, 300);
}

}  // namespace
}  // namespace sw::expr
