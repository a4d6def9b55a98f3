// KafkaSource: whether it commits offsets to the consumer group — only to a group the user named,
// and never in a preview run (KafkaSourceSettings::commitOffsets false). Nothing connects here:
// create() builds the source without a broker.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "runtime/engine/secret_resolver.h"
#include "runtime/kafka/kafka_source.h"

namespace sw::runtime {
namespace {

model::Node kafkaSource(std::map<std::string, std::string> extra) {
    model::Node node;
    node.id = "orders";
    node.kind = "kafka-source";
    node.name = "orders";
    node.schema.columns = {{"id", model::FlinkType::parse("BIGINT").value(), {}}};
    node.options = {{"topic", "orders"}, {"bootstrap.servers", "kafka.invalid:9092"}, {"format", "json"},
                    {"scan.startup.mode", "group-offsets"}};
    for (auto& [key, value] : extra) node.options[key] = value;
    return node;
}

bool commits(const model::Node& node, bool commitOffsets) {
    MetricsRegistry metrics;
    NodeCounters& counters = metrics.addNode(node.id, node.name, node.kind, true, false);
    KafkaSourceSettings settings;
    settings.commitOffsets = commitOffsets;
    auto source = KafkaSource::create(node, node.schema.columns, settings, metrics, counters, SecretResolver());
    EXPECT_TRUE(source.ok()) << source.error().toString();
    return source.ok() && (*source)->commitsOffsets();
}

TEST(KafkaSource, CommitsOnlyToANamedGroupAndNeverInAPreview) {
    const model::Node named = kafkaSource({{"group.id", "billing"}});
    EXPECT_TRUE(commits(named, true));
    EXPECT_FALSE(commits(named, false));  // a preview reads the group's offsets but never moves them
    const model::Node unnamed = kafkaSource({{"scan.startup.mode", "earliest-offset"}});
    EXPECT_FALSE(commits(unnamed, true));  // its private group is never committed to
    EXPECT_FALSE(commits(unnamed, false));
}

}  // namespace
}  // namespace sw::runtime
