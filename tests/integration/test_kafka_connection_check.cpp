// "Test connection" of Kafka nodes against the mock cluster (SW_TEST_KAFKA, no SASL, no TLS):
// brokers, topics, offsets; each failure with its class, SASL refused by the plaintext broker
// included; and `streamwright-cli check` on a job file.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "cli_invocation.h"
#include "kcat_client.h"
#include "connection_report_reading.h"
#include "loopback_port.h"
#include "model/job_file.h"
#include "model/secret_ref.h"
#include "shell_command.h"
#include "runtime/check/node_connection_check.h"
#include "test_endpoints.h"
#include "../unit/runtime/job_builder.h"

namespace sw::runtime {
namespace {

using test::column;
using test::runCli;
using test::itemNamed;
using test::reportText;

class KafkaConnectionCheckTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto endpoints = testing::TestEndpoints::fromEnvironment();
        ASSERT_TRUE(endpoints.ok()) << endpoints.error().toString();
        SW_REQUIRE_ENDPOINT(endpoints->kafkaBootstrap(), testing::TestEndpoints::kKafkaVariable);
        bootstrap_ = *endpoints->kafkaBootstrap();
        options_.timeout = std::chrono::seconds(5);
    }

    model::Node sourceNode(const std::string& bootstrap, const std::string& topic) const {
        model::Node node;
        node.id = node.name = "orders";
        node.kind = "kafka-source";
        node.options = {{"bootstrap.servers", bootstrap}, {"topic", topic}, {"format", "json"},
                        {"scan.startup.mode", "earliest-offset"}};
        node.schema.columns = {column("id", "BIGINT")};
        return node;
    }

    ConnectionReport check(const model::Node& node, const ConnectionCheckOptions& options) const {
        auto report = checkNodeConnection(node, options);
        EXPECT_TRUE(report.has_value());
        return report ? *report : ConnectionReport();
    }
    ConnectionReport check(const model::Node& node) const { return check(node, options_); }

    std::string bootstrap_;
    ConnectionCheckOptions options_;
};

TEST_F(KafkaConnectionCheckTest, ReportsBrokersTopicAndOffsetsPerPartition) {
    const std::string topic = testing::KcatClient::uniqueTopic("check");
    // Partition 1 gets three messages, partition 0 none: the offsets say which is which.
    ASSERT_TRUE(testing::KcatClient(bootstrap_).produce(topic, {"a:1", "b:2", "c:3"}, 1).ok());
    const ConnectionReport report = check(sourceNode(bootstrap_, topic));
    ASSERT_TRUE(report.passed()) << reportText(report);
    EXPECT_EQ(itemNamed(report, "bootstrap")->status, CheckStatus::Ok);
    const CheckItem* brokers = itemNamed(report, "brokers");
    ASSERT_NE(brokers, nullptr);
    EXPECT_EQ(brokers->details.size(), 3u) << reportText(report);  // scripts/start-services.sh: --brokers 3
    EXPECT_NE(brokers->details[0].find(" at 127.0.0.1:"), std::string::npos) << brokers->details[0];
    EXPECT_EQ(itemNamed(report, "topic")->message, "topic '" + topic + "' exists with 4 partition(s)");
    const CheckItem* offsets = itemNamed(report, "offsets");
    ASSERT_NE(offsets, nullptr);
    ASSERT_EQ(offsets->details.size(), 4u) << reportText(report);
    EXPECT_EQ(offsets->details[0], "partition 0: earliest 0, latest 0");
    EXPECT_EQ(offsets->details[1], "partition 1: earliest 0, latest 3");
}

TEST_F(KafkaConnectionCheckTest, SinkNodesAreCheckedToo) {
    model::Node node = sourceNode(bootstrap_, "sw-enriched");
    node.kind = "kafka-sink";
    node.options.erase("scan.startup.mode");
    const ConnectionReport report = check(node);
    EXPECT_TRUE(report.passed()) << reportText(report);
    EXPECT_EQ(itemNamed(report, "topic")->message, "topic 'sw-enriched' exists with 8 partition(s)");
}

TEST_F(KafkaConnectionCheckTest, MissingTopicIsTopicMissingAndIsNotCreated) {
    const std::string topic = testing::KcatClient::uniqueTopic("check-missing");
    for (int attempt = 0; attempt < 2; ++attempt) {
        const ConnectionReport report = check(sourceNode(bootstrap_, topic));
        EXPECT_EQ(report.firstFailure(), FailureClass::TopicMissing) << reportText(report);
        EXPECT_EQ(report.items().back().field, "topic");
    }
}

TEST_F(KafkaConnectionCheckTest, ClosedPortIsRefused) {
    auto closed = testing::LoopbackPort::closed();
    ASSERT_TRUE(closed.ok()) << closed.error().toString();
    const ConnectionReport report = check(sourceNode("127.0.0.1:" + std::to_string(closed->port()), "sw-orders"));
    EXPECT_EQ(report.firstFailure(), FailureClass::Refused) << reportText(report);
    EXPECT_EQ(report.items().back().field, "bootstrap.servers");
}

TEST_F(KafkaConnectionCheckTest, InvalidHostNameIsDns) {
    const ConnectionReport report = check(sourceNode("broker.invalid:9092", "sw-orders"));
    EXPECT_EQ(report.firstFailure(), FailureClass::Dns) << reportText(report);
}

TEST_F(KafkaConnectionCheckTest, BrokerThatNeverAnswersIsTimeout) {
    auto silent = testing::LoopbackPort::silent();
    ASSERT_TRUE(silent.ok()) << silent.error().toString();
    ConnectionCheckOptions quick = options_;
    quick.timeout = std::chrono::seconds(1);
    const ConnectionReport report = check(sourceNode("127.0.0.1:" + std::to_string(silent->port()), "sw-orders"), quick);
    EXPECT_EQ(report.firstFailure(), FailureClass::Timeout) << reportText(report);
}

TEST_F(KafkaConnectionCheckTest, SaslAgainstThePlaintextBrokerIsAuthentication) {
    model::Node node = sourceNode(bootstrap_, "sw-orders");
    node.options["security.protocol"] = "SASL_PLAINTEXT";
    node.options["sasl.mechanism"] = "PLAIN";
    node.options["sasl.username"] = "orders-reader";
    node.options["sasl.password"] = model::secretReference("swtest.check.kafka");
    ConnectionCheckOptions options = options_;
    options.secrets = SecretResolver([](const std::string&) { return std::optional<std::string>("kafka-secret-value"); });
    const ConnectionReport report = check(node, options);
    EXPECT_EQ(report.firstFailure(), FailureClass::Authentication) << reportText(report);
    EXPECT_EQ(report.items().back().field, "sasl.mechanism");
    EXPECT_NE(report.items().back().message.find("SASL"), std::string::npos);
    EXPECT_EQ(reportText(report).find("kafka-secret-value"), std::string::npos);
}

// --- streamwright-cli check -------------------------------------------------------------------

TEST_F(KafkaConnectionCheckTest, CliChecksEveryNodeOrOneAndExitsByTheResult) {
    test::JobBuilder jobs;
    model::Node& good = jobs.add("orders", "kafka-source");
    good = sourceNode(bootstrap_, "sw-orders");
    model::Node& missing = jobs.add("audit", "kafka-sink");
    missing = sourceNode(bootstrap_, testing::KcatClient::uniqueTopic("check-cli-missing"));
    missing.id = missing.name = "audit";
    missing.kind = "kafka-sink";
    missing.options.erase("scan.startup.mode");
    const std::filesystem::path file =
        std::filesystem::temp_directory_path() / ("sw-check-" + std::to_string(::getpid()) + ".json");
    ASSERT_TRUE(model::saveJobFile(jobs.job(), file.string()).ok());

    const auto [allCode, all] = runCli("check " + file.string() + " --timeout=5");
    EXPECT_EQ(allCode, 1) << all;
    EXPECT_NE(all.find("node 'orders' (Kafka"), std::string::npos) << all;
    EXPECT_NE(all.find("FAILED  topic        [topic-missing] node 'audit' / topic: topic '"), std::string::npos) << all;
    EXPECT_NE(all.find(": 1 of 2 node(s) failed the connection check"), std::string::npos) << all;

    const auto [oneCode, one] = runCli("check " + file.string() + " --node orders --timeout 5");
    EXPECT_EQ(oneCode, 0) << one;
    EXPECT_NE(one.find("ok      brokers      3 broker(s) advertised"), std::string::npos) << one;
    EXPECT_NE(one.find(": all 1 node(s) passed the connection check"), std::string::npos) << one;
    std::filesystem::remove(file);
}

}  // namespace
}  // namespace sw::runtime
