// KafkaStartupPosition: Flink's scan.startup.* options, including the specific-offsets syntax.
#include <gtest/gtest.h>

#include "runtime/kafka/kafka_startup_position.h"

namespace sw::runtime {
namespace {

model::Node sourceWith(std::map<std::string, std::string> options) {
    model::Node node;
    node.kind = "kafka-source";
    node.options = std::move(options);
    return node;
}

TEST(KafkaStartupPositionTest, ParsesSpecificOffsets) {
    struct Case {
        std::string text;
        std::map<std::int32_t, std::int64_t> expected;
    };
    for (const Case& c : {Case{"partition:0,offset:42", {{0, 42}}},
                          Case{"partition:0,offset:42;partition:1,offset:300", {{0, 42}, {1, 300}}},
                          Case{"partition:3,offset:0;", {{3, 0}}}}) {
        auto offsets = KafkaStartupPosition::parseSpecificOffsets(c.text);
        ASSERT_TRUE(offsets.ok()) << c.text << ": " << offsets.error().toString();
        EXPECT_EQ(*offsets, c.expected) << c.text;
    }
}

TEST(KafkaStartupPositionTest, RefusesMalformedOffsets) {
    for (const std::string text : {"", "partition:0", "offset:1,partition:0", "partition:x,offset:1",
                                   "partition:0,offset:-5", "partition:0,offset:1;partition:0,offset:2",
                                   "partition:0,offset:1,extra"}) {
        auto offsets = KafkaStartupPosition::parseSpecificOffsets(text);
        ASSERT_FALSE(offsets.ok()) << text;
        EXPECT_EQ(offsets.error().location, "option scan.startup.specific-offsets");
    }
}

TEST(KafkaStartupPositionTest, ReadsEachMode) {
    struct Case {
        std::map<std::string, std::string> options;
        KafkaStartupMode mode;
    };
    for (const Case& c : {Case{{{"scan.startup.mode", "earliest-offset"}}, KafkaStartupMode::EarliestOffset},
                          Case{{{"scan.startup.mode", "latest-offset"}}, KafkaStartupMode::LatestOffset},
                          Case{{{"group.id", "g"}}, KafkaStartupMode::GroupOffsets},
                          Case{{{"scan.startup.mode", "timestamp"}, {"scan.startup.timestamp-millis", "1700000000000"}},
                               KafkaStartupMode::Timestamp},
                          Case{{{"scan.startup.mode", "specific-offsets"},
                                {"scan.startup.specific-offsets", "partition:1,offset:7"}},
                               KafkaStartupMode::SpecificOffsets}}) {
        auto position = KafkaStartupPosition::fromNode(sourceWith(c.options));
        ASSERT_TRUE(position.ok()) << position.error().toString();
        EXPECT_EQ(position->mode, c.mode);
    }
    auto timestamp = KafkaStartupPosition::fromNode(
        sourceWith({{"scan.startup.mode", "timestamp"}, {"scan.startup.timestamp-millis", "1700000000000"}}));
    EXPECT_EQ(timestamp->timestampMillis, 1700000000000);
}

TEST(KafkaStartupPositionTest, RefusesAModeWithoutWhatItNeeds) {
    struct Case {
        std::map<std::string, std::string> options;
        std::string location;
    };
    for (const Case& c : {Case{{}, "option group.id"},  // group-offsets is Flink's default
                          Case{{{"scan.startup.mode", "timestamp"}}, "option scan.startup.timestamp-millis"},
                          Case{{{"scan.startup.mode", "specific-offsets"}}, "option scan.startup.specific-offsets"},
                          Case{{{"scan.startup.mode", "newest"}}, "option scan.startup.mode"}}) {
        auto position = KafkaStartupPosition::fromNode(sourceWith(c.options));
        ASSERT_FALSE(position.ok());
        EXPECT_EQ(position.error().location, c.location);
    }
}

}  // namespace
}  // namespace sw::runtime
