// "Infer schema" of Kafka nodes against the mock cluster (SW_TEST_KAFKA): JSON messages written
// with kcat are sampled and typed (ROW, ARRAY, DOUBLE, nullable with agreement counts, epoch
// millis, ISO timestamps), a malformed one is counted with its position; an unreachable broker
// is an error naming node and field; `streamwright-cli infer` prints, exits and applies.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "../unit/runtime/job_builder.h"
#include "cli_invocation.h"
#include "kcat_client.h"
#include "loopback_port.h"
#include "model/job_file.h"
#include "runtime/infer/node_schema_inference.h"
#include "test_endpoints.h"

namespace sw::runtime {
namespace {

using test::column;
using test::runCli;

class KafkaSchemaInferenceTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto endpoints = testing::TestEndpoints::fromEnvironment();
        ASSERT_TRUE(endpoints.ok()) << endpoints.error().toString();
        SW_REQUIRE_ENDPOINT(endpoints->kafkaBootstrap(), testing::TestEndpoints::kKafkaVariable);
        bootstrap_ = *endpoints->kafkaBootstrap();
        options_.connection.timeout = std::chrono::seconds(5);
    }

    model::Node sourceNode(const std::string& bootstrap, const std::string& topic) const {
        model::Node node;
        node.id = node.name = "orders";
        node.kind = "kafka-source";
        node.options = {{"bootstrap.servers", bootstrap}, {"topic", topic}, {"format", "json"}};
        node.schema.columns = {column("id", "INT"), column("gone", "STRING")};
        return node;
    }

    Result<SchemaProposal> infer(const model::Node& node) const {
        auto inferred = inferNodeSchema(node, options_);
        EXPECT_TRUE(inferred.has_value());
        return inferred ? *inferred : Result<SchemaProposal>(Error{"no inference", ""});
    }

    // The orders sample: 4 messages over two partitions, one of them malformed.
    std::string orderTopic() const {
        const std::string topic = testing::KcatClient::uniqueTopic("infer");
        const testing::KcatClient kcat(bootstrap_);
        EXPECT_TRUE(kcat.produce(topic,
                                 {R"(a:{"id": 1, "amount": 10, "created_ms": 1700000000000, "at": "2024-01-01T12:00:00", "customer": {"name": "ann", "tags": ["vip"]}, "note": "x"})",
                                  R"(b:{"id": 2, "amount": 10.5, "created_ms": 1700000001000, "at": "2024-01-01T12:00:01.250", "customer": {"name": "bob", "tags": []}, "note": null})"},
                                 0)
                        .ok());
        EXPECT_TRUE(kcat.produce(topic,
                                 {R"(c:{"id": 3, "amount": 7, "created_ms": 1700000002000, "at": "2024-01-02T08:00:00", "customer": {"name": "cy", "tags": ["new", "eu"]}})",
                                  R"(d:{"id": 4, "amount": oops})"},
                                 1)
                        .ok());
        return topic;
    }

    static const ProposedColumn* columnNamed(const SchemaProposal& proposal, const std::string& name) {
        const auto found = std::find_if(proposal.columns.begin(), proposal.columns.end(),
                                        [&](const ProposedColumn& c) { return c.column.name == name; });
        return found == proposal.columns.end() ? nullptr : &*found;
    }

    std::string bootstrap_;
    SchemaInferenceOptions options_;
};

TEST_F(KafkaSchemaInferenceTest, ProposesTypesFromSampledJsonMessages) {
    const auto proposal = infer(sourceNode(bootstrap_, orderTopic()));
    ASSERT_TRUE(proposal.ok()) << proposal.error().toString();
    EXPECT_EQ(proposal->sampled, 4);
    const auto typeOf = [&](const std::string& name) {
        const ProposedColumn* column = columnNamed(*proposal, name);
        return column ? column->column.type.toSql() : "(none)";
    };
    EXPECT_EQ(typeOf("id"), "BIGINT NOT NULL");
    EXPECT_EQ(typeOf("amount"), "DOUBLE NOT NULL");  // 10, 10.5 and 7
    EXPECT_EQ(typeOf("created_ms"), "BIGINT NOT NULL");
    EXPECT_EQ(typeOf("at"), "TIMESTAMP(3) NOT NULL");
    EXPECT_EQ(typeOf("customer"), "ROW<`name` STRING, `tags` ARRAY<STRING>> NOT NULL");
    EXPECT_EQ(typeOf("note"), "STRING");
    EXPECT_EQ(columnNamed(*proposal, "note")->evidence, "seen in 1 of 3 message(s), null in 1");
    EXPECT_EQ(columnNamed(*proposal, "id")->evidence, "seen in 3 of 3 message(s)");
    ASSERT_EQ(proposal->computedColumns.size(), 1u);
    EXPECT_EQ(proposal->computedColumns[0].expression, "TO_TIMESTAMP_LTZ(created_ms, 3)");
    EXPECT_EQ(proposal->formatOptions.at("json.timestamp-format.standard"), "ISO-8601");
    ASSERT_EQ(proposal->malformed.size(), 1u);
    EXPECT_EQ(proposal->malformed[0].partition, 1);
    EXPECT_EQ(proposal->malformed[0].offset, 1);
}

TEST_F(KafkaSchemaInferenceTest, SamplesAtMostNOfTheNewestMessages) {
    const std::string topic = testing::KcatClient::uniqueTopic("infer-n");
    std::vector<std::string> lines;
    for (int i = 0; i < 30; ++i) lines.push_back("k:{\"n\": " + std::to_string(i) + (i >= 20 ? ", \"late\": true}" : "}"));
    ASSERT_TRUE(testing::KcatClient(bootstrap_).produce(topic, lines, 2).ok());
    options_.samples = 10;
    const auto proposal = infer(sourceNode(bootstrap_, topic));
    ASSERT_TRUE(proposal.ok()) << proposal.error().toString();
    EXPECT_EQ(proposal->sampled, 10);
    const ProposedColumn* late = columnNamed(*proposal, "late");
    ASSERT_NE(late, nullptr);  // the newest ten all have it
    EXPECT_EQ(late->evidence, "seen in 10 of 10 message(s)");
}

TEST_F(KafkaSchemaInferenceTest, UnreachableBrokerNamesNodeAndField) {
    auto closed = testing::LoopbackPort::closed();
    ASSERT_TRUE(closed.ok()) << closed.error().toString();
    const auto proposal = infer(sourceNode("127.0.0.1:" + std::to_string(closed->port()), "sw-orders"));
    ASSERT_FALSE(proposal.ok());
    EXPECT_EQ(proposal.error().location, "node 'orders' / bootstrap.servers");
    EXPECT_NE(proposal.error().message.find("[refused]"), std::string::npos) << proposal.error().message;
}

TEST_F(KafkaSchemaInferenceTest, MissingTopicAndOtherFormatsAreErrors) {
    const auto missing = infer(sourceNode(bootstrap_, testing::KcatClient::uniqueTopic("infer-missing")));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().location, "node 'orders' / topic");
    EXPECT_NE(missing.error().message.find("[topic-missing]"), std::string::npos) << missing.error().message;
    model::Node csv = sourceNode(bootstrap_, "sw-orders");
    csv.options["format"] = "csv";
    const auto refused = infer(csv);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().location, "node 'orders' / format");
}

// --- streamwright-cli infer -------------------------------------------------------------------

TEST_F(KafkaSchemaInferenceTest, CliPrintsTheProposalAndAppliesItOnRequest) {
    test::JobBuilder jobs;
    model::Node& node = jobs.add("orders", "kafka-source");
    node = sourceNode(bootstrap_, orderTopic());
    const std::filesystem::path file =
        std::filesystem::temp_directory_path() / ("sw-infer-" + std::to_string(::getpid()) + ".json");
    ASSERT_TRUE(model::saveJobFile(jobs.job(), file.string()).ok());
    const auto before = model::loadJobFile(file);
    ASSERT_TRUE(before.ok());

    const auto [code, text] = runCli("infer " + file.string() + " --node orders --timeout 5");
    EXPECT_EQ(code, 0) << text;
    EXPECT_NE(text.find("node 'orders' (Kafka, kafka-source): topic '"), std::string::npos) << text;
    EXPECT_NE(text.find("seen in 1 of 3 message(s), null in 1"), std::string::npos) << text;
    EXPECT_NE(text.find("created_ms_ltz AS TO_TIMESTAMP_LTZ(created_ms, 3)"), std::string::npos) << text;
    EXPECT_NE(text.find("'json.timestamp-format.standard' = 'ISO-8601'"), std::string::npos) << text;
    EXPECT_NE(text.find("malformed messages: 1 of 4"), std::string::npos) << text;
    EXPECT_NE(text.find("partition 1 offset 1: not JSON"), std::string::npos) << text;
    EXPECT_NE(text.find("~ id: INT -> BIGINT NOT NULL"), std::string::npos) << text;
    EXPECT_NE(text.find("- gone STRING"), std::string::npos) << text;
    EXPECT_NE(text.find("not applied: run with --apply"), std::string::npos) << text;
    EXPECT_EQ(model::loadJobFile(file)->nodes, before->nodes);  // printing writes nothing

    const auto [applyCode, applied] = runCli("infer " + file.string() + " --node orders --timeout 5 --apply");
    EXPECT_EQ(applyCode, 0) << applied;
    const auto after = model::loadJobFile(file);
    ASSERT_TRUE(after.ok()) << after.error().toString();
    const model::Schema& schema = after->nodes.front().schema;
    ASSERT_NE(schema.find("customer"), nullptr) << applied;
    EXPECT_EQ(schema.find("id")->type.toSql(), "BIGINT NOT NULL");
    EXPECT_EQ(schema.find("gone"), nullptr);

    const auto [againCode, again] = runCli("infer " + file.string() + " --node orders --timeout 5");
    EXPECT_EQ(againCode, 0) << again;
    EXPECT_NE(again.find("the declared schema already matches the proposal"), std::string::npos) << again;
    std::filesystem::remove(file);
}

TEST_F(KafkaSchemaInferenceTest, CliExitCodesNameWhatIsWrong) {
    test::JobBuilder jobs;
    jobs.add("orders", "kafka-source") = sourceNode("127.0.0.1:1", "sw-orders");
    jobs.add("gen", "datagen-source");
    const std::filesystem::path file =
        std::filesystem::temp_directory_path() / ("sw-infer-codes-" + std::to_string(::getpid()) + ".json");
    ASSERT_TRUE(model::saveJobFile(jobs.job(), file.string()).ok());
    const auto [noNode, noNodeText] = runCli("infer " + file.string());
    EXPECT_EQ(noNode, 2) << noNodeText;
    const auto [unknown, unknownText] = runCli("infer " + file.string() + " --node nope");
    EXPECT_EQ(unknown, 2) << unknownText;
    const auto [datagen, datagenText] = runCli("infer " + file.string() + " --node gen");
    EXPECT_EQ(datagen, 2) << datagenText;
    EXPECT_NE(datagenText.find("has no topic or table to infer a schema from"), std::string::npos) << datagenText;
    const auto [badSamples, badSamplesText] = runCli("infer " + file.string() + " --node orders --samples 0");
    EXPECT_EQ(badSamples, 2) << badSamplesText;
    const auto [refused, refusedText] = runCli("infer " + file.string() + " --node orders --timeout 5");
    EXPECT_EQ(refused, 1) << refusedText;
    EXPECT_NE(refusedText.find("node 'orders' / bootstrap.servers: [refused]"), std::string::npos) << refusedText;
    std::filesystem::remove(file);
}

}  // namespace
}  // namespace sw::runtime
