#include <gtest/gtest.h>

#include "model/duration.h"

using namespace std::chrono_literals;
using sw::model::formatDuration;
using sw::model::formatSqlInterval;
using sw::model::parseDuration;

namespace {

struct DurationCase {
    const char* text;
    long long millis;
    const char* formatted;
    const char* sqlInterval;
};

class Durations : public testing::TestWithParam<DurationCase> {};

TEST_P(Durations, ParseFormatAndInterval) {
    const auto& c = GetParam();
    auto parsed = parseDuration(c.text);
    ASSERT_TRUE(parsed) << parsed.error().toString();
    EXPECT_EQ(parsed->count(), c.millis);
    EXPECT_EQ(formatDuration(*parsed), c.formatted);
    EXPECT_EQ(formatSqlInterval(*parsed), c.sqlInterval);
    EXPECT_EQ(parseDuration(formatDuration(*parsed))->count(), c.millis);
}

INSTANTIATE_TEST_SUITE_P(
    Model, Durations,
    testing::Values(DurationCase{"60 s", 60000, "1 min", "INTERVAL '1' MINUTE"},
                    DurationCase{"10 min", 600000, "10 min", "INTERVAL '10' MINUTE"},
                    DurationCase{"1h", 3600000, "1 h", "INTERVAL '1' HOUR"},
                    DurationCase{"90 seconds", 90000, "90 s", "INTERVAL '90' SECOND"},
                    DurationCase{"1500 ms", 1500, "1500 ms", "INTERVAL '1.500' SECOND"},
                    DurationCase{"250", 250, "250 ms", "INTERVAL '0.250' SECOND"},
                    DurationCase{"2 d", 172800000, "2 d", "INTERVAL '2' DAY"},
                    DurationCase{"150 s", 150000, "150 s", "INTERVAL '2:30' MINUTE TO SECOND"},
                    DurationCase{"100500 ms", 100500, "100500 ms", "INTERVAL '1:40.500' MINUTE TO SECOND"},
                    DurationCase{"150 min", 9000000, "150 min", "INTERVAL '2:30' HOUR TO MINUTE"},
                    DurationCase{"1000001 s", 1000001000, "1000001 s", "INTERVAL '11 13:46:41' DAY TO SECOND"},
                    DurationCase{"150 d", 12960000000, "150 d", "INTERVAL '150' DAY(3)"},
                    DurationCase{" 5 S ", 5000, "5 s", "INTERVAL '5' SECOND"}));

TEST(Durations, RejectsNonsense) {
    for (const char* bad : {"", "s", "-5 s", "5 fortnights", "five s", "1.5 s"}) {
        auto parsed = parseDuration(bad);
        EXPECT_FALSE(parsed) << "accepted '" << bad << "'";
    }
    EXPECT_NE(parseDuration("5 fortnights").error().message.find("fortnights"), std::string::npos);
}

}  // namespace
