// Aggregates: Flink's COUNT/SUM/AVG/MIN/MAX results, empty groups, output expressions over
// aggregates and keys, and checkpoint round trips of accumulator state.
#include <gtest/gtest.h>

#include "evaluator_fixture.h"
#include "expr/eval/aggregate_function.h"

namespace sw::expr::testing {
namespace {

std::vector<model::Column> input() {
    return {{"k", type("STRING"), ""}, {"a", type("INT"), ""}, {"m", type("DECIMAL(10, 2)"), ""},
            {"x", type("DOUBLE"), ""}, {"name", type("STRING"), ""}};
}

// Five rows; a has a NULL and a duplicate, name has a NULL.
std::vector<Row> rows() {
    return {{Value("g"), Value(1), Value(Decimal{150, 2}), Value(0.5), Value("pear")},
            {Value("g"), Value(2), Value(Decimal{225, 2}), Value(1.0), Value("apple")},
            {Value("g"), Value(), Value(Decimal{1, 2}), Value(2.0), Value()},
            {Value("g"), Value(2), Value(Decimal{-100, 2}), Value(-0.25), Value("zucchini")},
            {Value("g"), Value(4), Value(), Value(0.0), Value("fig")}};
}

// The outputs of `expressions` over `data` as Flink prints them, or the compile error.
std::vector<std::string> aggregate(const std::vector<std::string>& expressions, const std::vector<Row>& data) {
    std::vector<ExprPtr> parsed;
    std::vector<const Expr*> outputs;
    for (const auto& e : expressions) {
        parsed.push_back(std::move(parseExpression(e)).value());
        outputs.push_back(parsed.back().get());
    }
    auto compiled = compileAggregateOutputs(outputs, input(), {{"k", type("STRING"), ""}});
    if (!compiled) return {"ERROR: " + compiled.error().message};
    auto accumulators = compiled->createAccumulators();
    Error error;
    for (const auto& row : data) EXPECT_TRUE(compiled->accumulate(accumulators, row, {}, error)) << error.message;
    auto results = compiled->results({Value("g")}, accumulators, {});
    if (!results) return {"ERROR: " + results.error().message};
    std::vector<std::string> text;
    for (std::size_t i = 0; i < results->size(); ++i) text.push_back(formatValue((*results)[i], compiled->outputs[i].type()));
    return text;
}

TEST(Aggregate, ComputesAsFlink) {
    struct { const char* expression; const char* expected; } cases[] = {
        {"COUNT(*)", "5"}, {"COUNT(a)", "4"}, {"COUNT(DISTINCT a)", "3"}, {"COUNT(name)", "4"},
        {"SUM(a)", "9"}, {"SUM(m)", "2.76"}, {"SUM(x)", "3.25"},
        {"AVG(a)", "2"},            // INT average truncates: 9 / 4
        {"AVG(m)", "0.690000"},     // DECIMAL(38, 6): 2.76 / 4
        {"AVG(x)", "0.65"}, {"MIN(a)", "1"}, {"MAX(m)", "2.25"}, {"MIN(name)", "apple"}, {"MAX(name)", "zucchini"},
        {"SUM(a) / COUNT(*)", "1"}, {"CAST(SUM(a) AS DOUBLE) / COUNT(*)", "1.8"}, {"k || ':' || CAST(COUNT(*) AS STRING)", "g:5"},
        {"MAX(a) - MIN(a)", "3"}, {"SUM(DISTINCT a)", "7"}, {"AVG(DISTINCT a)", "2"}, {"COUNT(DISTINCT m)", "4"},
    };
    for (const auto& c : cases) EXPECT_EQ(aggregate({c.expression}, rows()), std::vector<std::string>{c.expected}) << c.expression;
}

// Flink plans STDDEV_*/VAR_* with Calcite's AggregateReduceFunctionsRule.reduceStddev:
// (SUM(x*x) - SUM(x)*SUM(x)/COUNT(x)) / COUNT(x) (COUNT(x) - 1 for *_SAMP, NULL when that is 0), its
// square root for STDDEV, cast to AVG's type; each step in SQL's types. Expected values by hand:
// a = 1, 2, 2, 4 (n 4, sum 9, squares 25); x = 0.5, 1, 2, -0.25, 0 (n 5, sum 3.25, squares 5.3125);
// m = 1.50, 2.25, 0.01, -1.00 (n 4, sum 2.76, squares 8.3126).
TEST(Aggregate, VarianceAndStandardDeviationFollowFlinksReduction) {
    struct { const char* expression; const char* expected; } cases[] = {
        {"VAR_POP(a)", "1"},      // INT throughout: (25 - 81 / 4) / 4 = (25 - 20) / 4 = 1, not 1.1875
        {"VAR_SAMP(a)", "1"},     // (25 - 20) / 3
        {"VARIANCE(a)", "1"},     // Flink's VARIANCE is VAR_SAMP
        {"STDDEV_POP(a)", "1"},   // CAST(POWER(1, 0.5) AS INT)
        {"STDDEV_SAMP(a)", "1"},
        {"VAR_POP(x)", "0.64"},   // DOUBLE: (5.3125 - 10.5625 / 5) / 5
        {"VAR_SAMP(x)", "0.8"},   // 3.2 / 4
        {"STDDEV_POP(x)", "0.8"},
        {"STDDEV_SAMP(x)", "0.8944271909999159"},  // Math.pow(0.8, 0.5)
        // DECIMAL(38, 6) (AVG's type): 8.3126 - 2.76 * 2.76 / 4 = 6.408200; / 4, / 3 rounded HALF_UP
        {"VAR_POP(m)", "1.602050"}, {"VAR_SAMP(m)", "2.136067"},
        {"STDDEV_POP(m)", "1.265721"},   // POWER(1.602050, 0.5) = 1.2657211383..., cast to scale 6
        {"STDDEV_SAMP(m)", "1.461529"},  // POWER(2.136067, 0.5) = 1.4615289938...
        {"VAR_POP(DISTINCT a)", "1"},    // SUM(DISTINCT a*a) = 21, SUM(DISTINCT a) = 7, COUNT 3: (21 - 49 / 3) / 3
    };
    for (const auto& c : cases) EXPECT_EQ(aggregate({c.expression}, rows()), std::vector<std::string>{c.expected}) << c.expression;
    // One value: the sample forms divide by NULL (Calcite's CASE WHEN COUNT(x) = 1 THEN NULL).
    std::vector<Row> one = {rows().front()};
    EXPECT_EQ(aggregate({"VAR_POP(x)", "VAR_SAMP(x)", "STDDEV_POP(m)", "STDDEV_SAMP(m)"}, one),
              (std::vector<std::string>{"0.0", "NULL", "0.000000", "NULL"}));
}

// LISTAGG as Flink's ListAggFunction (NULLs skipped, default separator ","); FIRST_VALUE /
// LAST_VALUE as Flink's First/LastValueAggFunction (first / last non-NULL value; with an order
// argument the smallest / largest order, ties keeping the earlier row).
TEST(Aggregate, ListAggAndFirstLastValueFollowFlink) {
    struct { const char* expression; const char* expected; } cases[] = {
        {"LISTAGG(name)", "pear,apple,zucchini,fig"},
        {"LISTAGG(name, '; ')", "pear; apple; zucchini; fig"},
        {"LISTAGG(DISTINCT k)", "g"},
        {"LISTAGG(name, CAST(NULL AS STRING))", "NULL"},  // CONCAT(acc, NULL, value) is NULL
        {"FIRST_VALUE(name)", "pear"}, {"LAST_VALUE(name)", "fig"},
        {"FIRST_VALUE(a)", "1"}, {"LAST_VALUE(m)", "-1.00"},  // the last row's m is NULL: skipped
        {"FIRST_VALUE(name, -a)", "fig"},   // orders -1, -2, -2, -4: the smallest is fig's
        {"LAST_VALUE(name, -a)", "pear"},   // the largest order is pear's -1
        {"LAST_VALUE(name, a)", "fig"}, {"FIRST_VALUE(name, CAST(2 AS BIGINT))", "pear"},  // a tie keeps the first
    };
    for (const auto& c : cases) EXPECT_EQ(aggregate({c.expression}, rows()), std::vector<std::string>{c.expected}) << c.expression;
    EXPECT_EQ(aggregate({"LISTAGG(name)", "FIRST_VALUE(a)", "LAST_VALUE(name)", "STDDEV_POP(x)"}, {}),
              (std::vector<std::string>{"NULL", "NULL", "NULL", "NULL"}));
}

TEST(Aggregate, EmptyGroupGivesZeroCountsAndNullSums) {
    EXPECT_EQ(aggregate({"COUNT(*)", "COUNT(DISTINCT a)", "SUM(a)", "AVG(m)", "MIN(name)", "MAX(x)"}, {}),
              (std::vector<std::string>{"0", "0", "NULL", "NULL", "NULL", "NULL"}));
}

TEST(Aggregate, SumOfIntWrapsLikeJava) {
    std::vector<Row> data(2, Row{Value("g"), Value(2147483647), Value(), Value(), Value()});
    EXPECT_EQ(aggregate({"SUM(a)"}, data), std::vector<std::string>{"-2"});
}

TEST(Aggregate, SharesIdenticalCallsAndRejectsUngroupedColumns) {
    std::vector<ExprPtr> parsed;
    parsed.push_back(std::move(parseExpression("SUM(a) + 1")).value());
    parsed.push_back(std::move(parseExpression("SUM(a) * 2")).value());
    auto compiled = compileAggregateOutputs({parsed[0].get(), parsed[1].get()}, input(), {{"k", type("STRING"), ""}});
    ASSERT_TRUE(compiled);
    EXPECT_EQ(compiled->aggregates.size(), 1u);
    EXPECT_EQ(aggregate({"name"}, rows()).front().rfind("ERROR: ", 0), 0u);
    EXPECT_EQ(aggregate({"SUM(SUM(a))"}, rows()).front().rfind("ERROR: ", 0), 0u);
}

TEST(Accumulator, StateSurvivesACheckpoint) {
    const char* calls[] = {"COUNT(*)", "COUNT(a)", "COUNT(DISTINCT name)", "SUM(DISTINCT a)", "AVG(DISTINCT m)", "SUM(a)", "SUM(m)", "AVG(x)", "AVG(m)", "MIN(name)", "MAX(x)",
                           "LISTAGG(name, '|')", "LISTAGG(DISTINCT name)", "FIRST_VALUE(name)", "LAST_VALUE(m)",
                           "FIRST_VALUE(name, -a)", "LAST_VALUE(name, a)", "STDDEV_SAMP(m)", "VAR_POP(DISTINCT a)",
                           "STDDEV_POP(x)"};
    auto data = rows();
    for (const char* call : calls) {
        auto expr = parseExpression(call);
        auto function = compileAggregate(**expr, input());
        ASSERT_TRUE(function) << call;
        auto direct = function->createAccumulator();
        auto before = function->createAccumulator();
        Error error;
        for (std::size_t i = 0; i < data.size(); ++i) {
            ASSERT_TRUE(direct->accumulate(data[i], {}, error));
            if (i < 3) {
                ASSERT_TRUE(before->accumulate(data[i], {}, error));
            }
        }
        auto restored = function->createAccumulator();
        ASSERT_TRUE(restored->deserialize(before->serialize())) << call << " state " << before->serialize();
        for (std::size_t i = 3; i < data.size(); ++i) ASSERT_TRUE(restored->accumulate(data[i], {}, error));
        EXPECT_EQ(restored->result(), direct->result()) << call;
        EXPECT_EQ(restored->serialize(), direct->serialize()) << call;
    }
}

TEST(Accumulator, RejectsCorruptState) {
    auto function = compileAggregate(**parseExpression("AVG(a)"), input());
    auto accumulator = function->createAccumulator();
    EXPECT_FALSE(accumulator->deserialize("garbage"));
    EXPECT_FALSE(accumulator->deserialize("2;x"));
}

}  // namespace
}  // namespace sw::expr::testing
