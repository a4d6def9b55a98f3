// BINARY / VARBINARY values: X'..' literals, comparison, CAST, ENCODE / DECODE, UNHEX, hashes and
// base64 of bytes, checked against Flink's planner-test expectations ("<File>:line", as
// ../shared/flink-oracle/cases.tsv records them) and Flink's documentation ("docs").

#include <gtest/gtest.h>

#include "evaluator_fixture.h"

namespace sw::expr::testing {
namespace {

class BinaryValue : public ::testing::TestWithParam<Case> {};

TEST_P(BinaryValue, GivesFlinksResult) { expectFlinksResult(GetParam()); }

const Case kBinary[] = {
    // Binary strings compare byte by byte, unsigned.
    {"x'0c' <= x'0b'", "FALSE"},                                                 // SqlExpressionTest.scala:46
    {"x'0c' > x'0b'", "TRUE"},                                                   // SqlExpressionTest.scala:47
    {"x'0c' = x'0c'", "TRUE"},                                                   // SqlExpressionTest.scala:48
    {"x'0c' <> x'0c'", "FALSE"},                                                 // SqlExpressionTest.scala:49
    {"x'68656C6C6F20636F6465' < x'68656C6C6F2063617374'", "FALSE"},              // ScalarOperatorsTest.scala:78
    {"x'68656C6C6F20636F6465' > x'68656C6C6F2063617374'", "TRUE"},               // ScalarOperatorsTest.scala:79
    // CAST to a string reads the bytes as UTF-8; BINARY(n) cuts at n bytes.
    {"CAST(CAST(x'68656C6C6F20636F6465' AS BINARY(10)) AS VARCHAR)", "hello code"},  // CastFunctionMiscITCase.java:197
    {"CAST(CAST(x'68656C6C6F20636F6465' AS BINARY(5)) AS VARCHAR)", "hello"},        // CastFunctionMiscITCase.java:204
    // Printed, a binary value is a literal that reads back (FLINK-27212, apache/flink#19507).
    {"x'0C'", "x'0c'"},
    {"FROM_BASE64(x'6147567362473867643239796247513D')", "hello world"},                      // ScalarFunctionsTest.scala:794
    {"FROM_BASE64(CAST(x'6147567362473867643239796247513D' AS VARBINARY))", "hello world"},   // ScalarFunctionsTest.scala:792
    {"MD5(cast(null as varbinary))", "NULL"},                                    // ScalarFunctionsTest.scala:2624
    {"SHA2(cast(null as varbinary), 256)", "NULL"},                              // ScalarFunctionsTest.scala:2629
    {"SHA512(cast(null as varbinary))", "NULL"},                                 // ScalarFunctionsTest.scala:2632
    {"decode(encode('aabbef', 'UTF-16LE'), 'UTF-16LE')", "aabbef"},              // ScalarFunctionsTest.scala:2713
    {"decode(encode('aabbef', 'utf-8'), 'utf-8')", "aabbef"},                    // ScalarFunctionsTest.scala:2718
    {"decode(encode('', 'utf-8'), 'utf-8')", ""},                                // ScalarFunctionsTest.scala:2720
    {"encode(cast (null AS VARCHAR), 'utf-8')", "NULL"},                         // ScalarFunctionsTest.scala:2722
    {"encode('aabbef', cast (null AS VARCHAR))", "NULL"},                        // ScalarFunctionsTest.scala:2732
    {"decode(cast (null AS BINARY), 'utf-8')", "NULL"},                          // ScalarFunctionsTest.scala:2737
    {"decode(encode('中国', 'UTF-16LE'), 'UTF-16LE')", "中国"},                  // ScalarFunctionsTest.scala:2752
    {"decode(encode('val_238', 'US-ASCII'), 'US-ASCII') = decode(encode('val_238', 'utf-8'), 'utf-8')", "TRUE"},  // ScalarFunctionsTest.scala:2754
    {"IFNULL(DECODE(ENCODE(CAST('Hello' AS VARCHAR(5)), 'utf-8'), 'utf-8'), CAST('Hi' AS VARCHAR(2)))", "Hello"},  // ScalarFunctionsTest.scala:3008
    {"DECODE(UNHEX('466C696E6B'), 'UTF-8')", "Flink"},                           // docs (UNHEX)
    {"UNHEX('z')", "NULL"},                                                      // MathFunctionsITCase.java:199
    {"UNHEX('1-')", "NULL"},                                                     // MathFunctionsITCase.java:200
    {"UNHEX('😀')", "NULL"},                                                     // MathFunctionsITCase.java:212
    // docs (UNHEX): an odd length drops the first character and pads with a zero byte in front.
    {"UNHEX('146')", "x'0046'"},
    {"ENCODE('a', 'EBCDIC')", "ERROR"},  // not one of the charsets Flink's ENCODE documents
};

INSTANTIATE_TEST_SUITE_P(Flink, BinaryValue, ::testing::ValuesIn(kBinary));

TEST(BinaryLiteral, NeedsPairsOfHexDigits) {
    EXPECT_TRUE(evaluateText("x'0'").starts_with("PARSE ERROR")) << evaluateText("x'0'");
    EXPECT_TRUE(evaluateText("x'0g'").starts_with("PARSE ERROR")) << evaluateText("x'0g'");
}

TEST(BinaryLiteral, HasTheTypeOfItsBytes) {
    auto parsed = parseExpression("X'0a0B'");
    ASSERT_TRUE(parsed);
    auto compiled = compileExpression(**parsed, columns());
    ASSERT_TRUE(compiled) << compiled.error().message;
    EXPECT_EQ(compiled->type().toSql(), "BINARY(2) NOT NULL");
}

// Value keeps its size: Bytes sits in the same storage as std::string.
TEST(BinaryLiteral, ValueDoesNotGrow) { EXPECT_EQ(sizeof(Value), sizeof(std::variant<std::monostate, Decimal, std::string>)); }

}  // namespace
}  // namespace sw::expr::testing
