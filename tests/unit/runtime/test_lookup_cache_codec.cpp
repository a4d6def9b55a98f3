// LookupCacheCodec: every value kind round-trips; equal keys pack equally, different keys differently.
#include <gtest/gtest.h>

#include "runtime/mysql/lookup_cache_codec.h"

namespace sw::runtime {
namespace {

std::vector<expr::Row> packedAndUnpacked(const std::vector<expr::Row>& rows, std::size_t width) {
    std::string packed;
    for (const auto& row : rows) LookupCacheCodec::appendRow(packed, row);
    std::vector<expr::Row> back;
    LookupCacheCodec::unpackRows(packed, width, back);
    return back;
}

TEST(LookupCacheCodec, RowsRoundTrip) {
    const std::vector<expr::Row> rows = {
        {expr::Value(), expr::Value(true), expr::Value(std::int64_t{-42}), expr::Value(2.5)},
        {expr::Value(expr::Decimal{-12345, 2}), expr::Value(std::string(300, 'x')), expr::Value(expr::Date{19000}),
         expr::Value(expr::TimeOfDay{3600000})},
        {expr::Value(expr::Timestamp{1700000000123456}), expr::Value(expr::Interval{-5}), expr::Value(""),
         expr::Value(false)},
        {expr::Value(expr::MonthInterval{-14}), expr::Value(expr::MonthInterval{0}), expr::Value(), expr::Value(3)},
    };
    EXPECT_EQ(packedAndUnpacked(rows, 4), rows);
}

// TIMESTAMP(9) keeps its nanoseconds and BYTES its raw bytes (zero bytes included) through state.
TEST(LookupCacheCodec, NanosecondTimestampsAndBytesRoundTrip) {
    const std::vector<expr::Row> rows = {
        {expr::Value(expr::Timestamp{123456, 789}), expr::Value(expr::Bytes{std::string("\0\xff\x0c", 3)}),
         expr::Value(expr::Timestamp{-1, 1}), expr::Value(expr::Bytes{})},
    };
    EXPECT_EQ(packedAndUnpacked(rows, 4), rows);
}

// A timestamp without a sub-microsecond part keeps the layout written before nanoseconds existed.
TEST(LookupCacheCodec, MicrosecondTimestampsKeepTheirLayout) {
    std::string packed;
    LookupCacheCodec::appendValue(packed, expr::Value(expr::Timestamp{1700000000123456}));
    EXPECT_EQ(packed.size(), 1 + sizeof(std::int64_t));
    std::string_view in = packed;
    EXPECT_EQ(LookupCacheCodec::readValue(in), expr::Value(expr::Timestamp{1700000000123456}));
}

TEST(LookupCacheCodec, CompositesRoundTrip) {
    // Checkpoint state goes through this codec too: an ARRAY<ROW<...>> column must come back whole.
    const expr::Row row = {expr::compositeValue({expr::compositeValue({expr::Value("a"), expr::Value()}),
                                                 expr::compositeValue({})}),
                           expr::compositeValue({})};
    std::string packed;
    LookupCacheCodec::appendRow(packed, row);
    std::vector<expr::Row> back;
    LookupCacheCodec::unpackRows(packed, 2, back);
    EXPECT_EQ(back, std::vector<expr::Row>{row});
}

TEST(LookupCacheCodec, RefusesCompositesNestedBeyondTheTypeLimit) {
    std::string packed;
    expr::Value deep = expr::compositeValue({});
    for (int i = 0; i < 100; ++i) deep = expr::compositeValue({deep});
    LookupCacheCodec::appendValue(packed, deep);
    std::string_view in = packed;
    EXPECT_FALSE(LookupCacheCodec::readValue(in).has_value());
}

TEST(LookupCacheCodec, ZeroRowsPackToNothing) {
    std::vector<expr::Row> back;
    LookupCacheCodec::unpackRows("", 3, back);
    EXPECT_TRUE(back.empty());
}

// A lookup whose emitted dimension columns are all keys matches with rows of no values: two
// matches must stay two rows, and one match must differ from none.
TEST(LookupCacheCodec, RowsWithoutValuesAreStillRows) {
    std::string packed;
    LookupCacheCodec::appendRow(packed, {});
    EXPECT_FALSE(packed.empty());
    LookupCacheCodec::appendRow(packed, {});
    std::vector<expr::Row> back;
    LookupCacheCodec::unpackRows(packed, 0, back);
    EXPECT_EQ(back, (std::vector<expr::Row>{{}, {}}));
}

TEST(LookupCacheCodec, KeysDistinguishTypesAndValues) {
    const expr::Row row = {expr::Value(std::int64_t{1}), expr::Value("1"), expr::Value(std::int64_t{1}), expr::Value()};
    EXPECT_EQ(LookupCacheCodec::packKey(row, {0}), LookupCacheCodec::packKey(row, {2}));
    EXPECT_NE(LookupCacheCodec::packKey(row, {0}), LookupCacheCodec::packKey(row, {1}));
    EXPECT_NE(LookupCacheCodec::packKey(row, {0, 1}), LookupCacheCodec::packKey(row, {1, 0}));
    // ("ab","c") and ("a","bc") must not collide: strings carry their length.
    const expr::Row split = {expr::Value("ab"), expr::Value("c"), expr::Value("a"), expr::Value("bc")};
    EXPECT_NE(LookupCacheCodec::packKey(split, {0, 1}), LookupCacheCodec::packKey(split, {2, 3}));
}

}  // namespace
}  // namespace sw::runtime
