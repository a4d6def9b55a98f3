// decimal::parse (plain fast path and general reader) and decimal::append.
#include <gtest/gtest.h>

#include <random>

#include "expr/eval/decimal_math.h"

namespace sw::expr::decimal {
namespace {

std::string text(const Decimal& d) {
    std::string out;
    append(out, d);
    return out;
}

TEST(DecimalParse, PlainPathAgreesWithTheGeneralReader) {
    // Random plain numbers of every shape the fast path takes (and some it hands on): signs,
    // leading zeros, a point with or without digits around it, up to 20 digits, many scales.
    std::mt19937 random(20261126);
    const int scales[] = {0, 1, 2, 3, 5, 8, 12, 18, 20, 21, 30, 38};
    int plainCount = 0;
    for (int i = 0; i < 200000; ++i) {
        std::string number;
        const unsigned shape = random();
        if (shape % 5 == 0) number += '-';
        if (shape % 17 == 1) number += '+';
        const int whole = static_cast<int>(random() % 12);
        const int fraction = static_cast<int>(random() % 12) - 3;  // below 0: no point
        for (int d = 0; d < whole; ++d) number += static_cast<char>('0' + random() % 10);
        if (fraction >= 0) number += '.';
        for (int d = 0; d < fraction; ++d) number += static_cast<char>('0' + random() % 10);
        const int scale = scales[random() % std::size(scales)];

        const auto general = parseGeneral(number, scale);
        EXPECT_EQ(parse(number, scale), general) << number << " at scale " << scale;
        Decimal plain;
        if (!parsePlain(number, scale, plain)) continue;
        ++plainCount;
        ASSERT_TRUE(general.has_value()) << number << " at scale " << scale;
        EXPECT_EQ(plain, *general) << number << " at scale " << scale;
    }
    EXPECT_GT(plainCount, 100000);  // the fast path really ran on most of them
}

TEST(DecimalParse, RoundsHalfUpAndHandlesEdges) {
    struct Case { const char* text; int scale; std::optional<Int128> unscaled; };
    const Case cases[] = {
        {"0.125", 2, 13},       {"-0.125", 2, -13},      {"0.124999", 2, 12},  {"2.5", 0, 3},
        {"-2.5", 0, -3},        {"-0.00", 2, 0},         {"-0.004", 2, 0},     {"-0.005", 2, -1},
        {"000123.4500", 2, 12345}, {"5.", 1, 50},        {".5", 0, 1},         {"+7", 2, 700},
        {"1.5e2", 2, 15000},    {"1E-2", 2, 1},          {"-1e3", 0, -1000},   {" 7 ", 1, 70},
        {"999999999999999999", 20, Int128(999999999999999999) * pow10(20)},
        {"0.1", 38, pow10(37)}, {"1", 38, std::nullopt},  // 10^38 needs 39 digits
        {"1e38", 0, std::nullopt}, {"", 2, std::nullopt}, {".", 2, std::nullopt}, {"-", 2, std::nullopt},
        {"1.2.3", 2, std::nullopt}, {"12a", 2, std::nullopt}, {"0x10", 0, std::nullopt},
    };
    for (const Case& c : cases) {
        const auto parsed = parse(c.text, c.scale);
        ASSERT_EQ(parsed.has_value(), c.unscaled.has_value()) << c.text;
        if (!parsed) continue;
        EXPECT_TRUE(parsed->unscaled == *c.unscaled) << c.text << " read as " << text(*parsed);
        EXPECT_EQ(parsed->scale, c.scale) << c.text;
    }
}

TEST(DecimalAppend, WritesEveryDigitBeyondSixtyFourBits) {
    EXPECT_EQ(text(Decimal{pow10(30) + 7, 5}), "1" + std::string(25, '0') + ".00007");
    EXPECT_EQ(text(Decimal{-(pow10(37) * 9 + 1), 37}), "-9.0000000000000000000000000000000000001");
    EXPECT_EQ(text(Decimal{-5, 3}), "-0.005");
    EXPECT_EQ(text(Decimal{0, 2}), "0.00");
    EXPECT_EQ(text(Decimal{12345, 0}), "12345");
    EXPECT_EQ(text(Decimal{static_cast<Int128>(UINT64_MAX) + 1, 0}), "18446744073709551616");
}

}  // namespace
}  // namespace sw::expr::decimal
