// TIMESTAMP(7..9): literals, CAST, EXTRACT, comparison, interval arithmetic and DATE_FORMAT keep
// the sub-microsecond digits. Expectations from Flink's TemporalTypesTest.scala (line numbers as
// ../shared/flink-oracle/cases.tsv records them).

#include <gtest/gtest.h>

#include "evaluator_fixture.h"
#include "expr/eval/temporal.h"

namespace sw::expr::testing {
namespace {

class NanosecondTimestamp : public ::testing::TestWithParam<Case> {};

TEST_P(NanosecondTimestamp, GivesFlinksResult) { expectFlinksResult(GetParam()); }

const Case kNanos[] = {
    {"TIMESTAMP '1500-04-30 12:00:00.123456789'", "1500-04-30 12:00:00.123456789"},                   // TemporalTypesTest.scala:67
    {"TIMESTAMP '1500-04-30 12:00:00.12345678'", "1500-04-30 12:00:00.12345678"},                     // TemporalTypesTest.scala:69
    {"CAST('1500-04-30 12:00:00.123456789' AS TIMESTAMP(9))", "1500-04-30 12:00:00.123456789"},       // TemporalTypesTest.scala:75
    {"EXTRACT(NANOSECOND FROM TIMESTAMP '1970-01-01 00:00:00.123456789')", "123456789"},              // TemporalTypesTest.scala:1003
    {"CAST(TIMESTAMP '1970-01-01 00:00:00.123456789' AS TIMESTAMP(9))", "1970-01-01 00:00:00.123456789"},  // TemporalTypesTest.scala:1052
    {"TIMESTAMP '1970-02-01 00:00:00.123456789' - INTERVAL '1' MONTH", "1970-01-01 00:00:00.123456789"},   // TemporalTypesTest.scala:1091
    {"TIMESTAMP '1970-02-01 00:00:00.123456789' + INTERVAL '1' MONTH", "1970-03-01 00:00:00.123456789"},   // TemporalTypesTest.scala:1095
    {"TIMESTAMP '1970-02-01 00:00:00.123456789' - INTERVAL '1' SECOND", "1970-01-31 23:59:59.123456789"},  // TemporalTypesTest.scala:1099
    {"TIMESTAMP '1970-02-01 00:00:00.123456789' + INTERVAL '1' SECOND", "1970-02-01 00:00:01.123456789"},  // TemporalTypesTest.scala:1103
    {"TIMESTAMP '1970-01-01 00:00:00.123456789' > TIMESTAMP '1970-01-01 00:00:00.123456788'", "TRUE"},    // TemporalTypesTest.scala:1108
    {"TIMESTAMP '1970-01-01 00:00:00.123456788' < TIMESTAMP '1970-01-01 00:00:00.123456789'", "TRUE"},    // TemporalTypesTest.scala:1112
    {"DATE_FORMAT(TIMESTAMP '1970-01-01 00:00:00.123456789', 'yyyy/MM/dd HH:mm:ss.SSSSSSSSS')", "1970/01/01 00:00:00.123456789"},  // TemporalTypesTest.scala:1127
};

INSTANTIATE_TEST_SUITE_P(Flink, NanosecondTimestamp, ::testing::ValuesIn(kNanos));

// Text of a column of TIMESTAMP(p) reads and prints at p digits (Kafka JSON and CAST use it).
TEST(NanosecondTimestampText, RoundTripsAtItsPrecision) {
    auto nine = parseValue("2024-01-01 12:00:00.123456789", type("TIMESTAMP(9)"));
    ASSERT_TRUE(nine);
    EXPECT_EQ(nine->as<Timestamp>().nanos, 789);
    EXPECT_EQ(formatValue(*nine, type("TIMESTAMP(9)")), "2024-01-01 12:00:00.123456789");
    auto seven = parseValue("2024-01-01 12:00:00.123456789", type("TIMESTAMP(7)"));
    ASSERT_TRUE(seven);
    EXPECT_EQ(formatValue(*seven, type("TIMESTAMP(9)")), "2024-01-01 12:00:00.123456700");
    EXPECT_FALSE(parseValue("2024-01-01 12:00:00.1234567891", type("TIMESTAMP(9)")));  // ten digits
}

TEST(NanosecondTimestampText, TruncatesToPrecision) {
    const Timestamp ts{-1, 999};  // 1969-12-31 23:59:59.999999999
    EXPECT_EQ(temporal::truncateToPrecision(ts, 9), ts);
    EXPECT_EQ(temporal::truncateToPrecision(ts, 8), (Timestamp{-1, 990}));
    EXPECT_EQ(temporal::truncateToPrecision(ts, 6), (Timestamp{-1, 0}));
    EXPECT_EQ(temporal::truncateToPrecision(ts, 3), (Timestamp{-1000, 0}));
}

}  // namespace
}  // namespace sw::expr::testing
