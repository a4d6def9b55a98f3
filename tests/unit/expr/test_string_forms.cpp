// PRINTF, SIMILAR TO, PARSE_URL and U&'..' literals, checked against Flink's planner-test
// expectations ("<File>:line" as ../shared/flink-oracle/cases.tsv records them) and the examples
// of Flink's "System (Built-in) Functions" page ("docs", docs/research/flink-functions/examples.tsv).

#include <gtest/gtest.h>

#include "evaluator_fixture.h"

namespace sw::expr::testing {
namespace {

class StringForm : public ::testing::TestWithParam<Case> {};

TEST_P(StringForm, GivesFlinksResult) { expectFlinksResult(GetParam()); }

const Case kForms[] = {
    {"PRINTF('empty')", "empty"},                    // StringFunctionsITCase.java:397
    {"PRINTF('%s')", "NULL"},                        // StringFunctionsITCase.java:403 (missing argument)
    {"PRINTF('%s %s', 1, 2, 3)", "1 2"},             // StringFunctionsITCase.java:405
    {"PRINTF(CAST(NULL AS STRING), 1)", "NULL"},     // docs: NULL if the format is NULL
    {"PRINTF('%s|%d', ns, i)", "null|7"},            // docs: a NULL argument prints as "null"
    {"'TEST' SIMILAR TO '.EST'", "TRUE"},            // SqlExpressionTest.scala:65
    {"'TEST' NOT SIMILAR TO '.EST'", "FALSE"},       // SqlExpressionTest.scala:67
    {"U&'>\\263A<'", ">☺<"},                         // LiteralTest.scala:83
    {"U&'>#263A<' UESCAPE '#'", ">☺<"},              // LiteralTest.scala:87
    {"IFNULL(PARSE_URL(CAST('http://user:pass@host' AS VARCHAR(50)), 'HOST'), CAST('Hi' AS VARCHAR(2)))", "host"},  // ScalarFunctionsTest.scala:2996
    {"PARSE_URL('http://facebook.com/path1/p.php?k1=v1&k2=v2#Ref1', 'HOST')", "facebook.com"},     // docs
    {"PARSE_URL('http://facebook.com/path1/p.php?k1=v1&k2=v2#Ref1', 'QUERY', 'k1')", "v1"},        // docs
};

INSTANTIATE_TEST_SUITE_P(Flink, StringForm, ::testing::ValuesIn(kForms));

TEST(UnicodeLiteral, RejectsAMalformedEscape) {
    EXPECT_TRUE(evaluateText("U&'\\26'").starts_with("PARSE ERROR")) << evaluateText("U&'\\26'");
    EXPECT_TRUE(evaluateText("U&'a' UESCAPE '+'").starts_with("PARSE ERROR")) << evaluateText("U&'a' UESCAPE '+'");
}

}  // namespace
}  // namespace sw::expr::testing
