// Running jobs ride out a restart of every Kafka broker: the outage mock cluster of
// scripts/start-services.sh takes its brokers down and up (data kept, as after a real restart)
// while a kafka-source -> filter -> upsert-kafka + kafka job and a datagen -> kafka job run.
// Nothing fails, and kcat reads back exactly what the input implies: no gap, no duplicate.
#include <gtest/gtest.h>

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

#include "../../unit/runtime/job_builder.h"
#include "kafka_broker_switch.h"
#include "kcat_client.h"
#include "plan_polling.h"
#include "runtime/engine/plan.h"
#include "test_endpoints.h"

namespace sw::runtime {
namespace {

using test::column;
using test::eventually;
using test::recordsIn;
using testing::KcatClient;

constexpr int kAccounts = 40;
constexpr int kMinimumAmount = 20;  // the filter keeps amount >= 20

std::string paymentJson(int id) {
    return R"({"id":)" + std::to_string(id) + R"(,"account":)" + std::to_string(id % kAccounts) + R"(,"amount":)" +
           std::to_string(id % 100) + "}";
}

// Keyed by account, so one account's payments keep their order in one partition.
std::vector<std::string> keyedPayments(int first, int last) {
    std::vector<std::string> lines;
    for (int id = first; id <= last; ++id) lines.push_back("a" + std::to_string(id % kAccounts) + ":" + paymentJson(id));
    return lines;
}

class KafkaOutageTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto endpoints = testing::TestEndpoints::fromEnvironment();
        ASSERT_TRUE(endpoints.ok()) << endpoints.error().toString();
        SW_REQUIRE_ENDPOINT(endpoints->kafkaOutage(), testing::TestEndpoints::kKafkaOutageVariable);
        bootstrap_ = endpoints->kafkaOutage()->bootstrap;
        brokers_.emplace(endpoints->kafkaOutage()->controlFifo);
    }

    // Whatever happened, the next test finds the brokers up.
    void TearDown() override {
        if (brokers_) {
            EXPECT_TRUE(brokers_->up().ok());
        }
    }

    // Writes payments first..last into `topic` with kcat.
    void producePayments(const std::string& topic, int first, int last) {
        const Status produced = KcatClient(bootstrap_).produce(topic, keyedPayments(first, last));
        ASSERT_TRUE(produced.ok()) << produced.error().toString();
    }

    // A kafka-source "payments" reading `topic` from its beginning.
    void paymentsSource(test::JobBuilder& job, const std::string& topic) {
        model::Node& source = job.add("payments", "kafka-source");
        source.schema.columns = {column("id", "BIGINT"), column("account", "INT"), column("amount", "INT")};
        source.options = {{"topic", topic}, {"bootstrap.servers", bootstrap_}, {"scan.startup.mode", "earliest-offset"},
                          {"format", "json"}};
    }

    model::Node& kafkaSink(test::JobBuilder& job, const std::string& id, const std::string& kind,
                           const std::string& topic) {
        model::Node& sink = job.add(id, kind);
        sink.options = {{"topic", topic}, {"bootstrap.servers", bootstrap_}};
        if (kind == "upsert-kafka-sink") {
            sink.options["key.format"] = sink.options["value.format"] = "json";
        } else {
            sink.options["format"] = "json";
        }
        return sink;
    }

    std::vector<std::string> consume(const std::string& topic) {
        auto lines = KcatClient(bootstrap_).consumeAll(topic);
        EXPECT_TRUE(lines.ok()) << lines.error().toString();
        return lines ? *lines : std::vector<std::string>();
    }

    std::string bootstrap_;
    std::optional<testing::KafkaBrokerSwitch> brokers_;
};

TEST_F(KafkaOutageTest, JobsRideOutABrokerRestartWithoutLossOrDuplicates) {
    constexpr int kBefore = 3000;  // produced before the run; the rest after the outage
    constexpr int kTotal = 5000;
    constexpr int kGenerated = 3000;
    const std::string in = KcatClient::uniqueTopic("outage-in");
    const std::string upserts = KcatClient::uniqueTopic("outage-upserts");
    const std::string appends = KcatClient::uniqueTopic("outage-appends");
    const std::string generated = KcatClient::uniqueTopic("outage-generated");
    producePayments(in, 0, kBefore - 1);

    // kafka-source -> filter -> upsert-kafka (keyed by account) and kafka (append).
    test::JobBuilder job;
    paymentsSource(job, in);
    job.add("large", "filter").options = {{"condition", "amount >= " + std::to_string(kMinimumAmount)}};
    model::Node& latest = kafkaSink(job, "latest", "upsert-kafka-sink", upserts);
    latest.schema.columns = {column("account", "INT"), column("id", "BIGINT"), column("amount", "INT")};
    latest.schema.primaryKey = {"account"};
    kafkaSink(job, "all", "kafka-sink", appends);
    job.connect("payments", "large").connect("large", "latest").connect("large", "all");
    PlanOptions options;
    options.sourceRecordLimit = kTotal;
    auto plan = Plan::build(job.job(), options);
    ASSERT_TRUE(plan.ok()) << plan.error().toString();

    // datagen -> kafka at 500 rows/s: it keeps producing while the brokers are down.
    test::JobBuilder generator;
    generator.sequence("ticks", 0, kGenerated - 1, "500");
    kafkaSink(generator, "ticks-out", "kafka-sink", generated);
    generator.connect("ticks", "ticks-out");
    auto generatorPlan = Plan::build(generator.job());
    ASSERT_TRUE(generatorPlan.ok()) << generatorPlan.error().toString();

    (*plan)->start();
    (*generatorPlan)->start();
    ASSERT_TRUE(eventually([&] { return recordsIn(**plan, "all") > 0 && recordsIn(**generatorPlan, "ticks-out") > 0; }))
        << "no output before the outage";

    ASSERT_TRUE(brokers_->down().ok());
    const std::uint64_t generatedBeforeOutage = recordsIn(**generatorPlan, "ticks-out");
    std::this_thread::sleep_for(std::chrono::seconds(3));  // the outage; nothing is asserted about its length
    // Those rows wait in the producer's queue until the brokers are back.
    EXPECT_GT(recordsIn(**generatorPlan, "ticks-out"), generatedBeforeOutage) << "nothing was produced during the outage";
    ASSERT_TRUE(brokers_->up().ok());

    producePayments(in, kBefore, kTotal - 1);
    ASSERT_TRUE((*plan)->waitFor(std::chrono::seconds(120))) << "the job did not read all input after the outage";
    ASSERT_TRUE((*generatorPlan)->waitFor(std::chrono::seconds(120)));
    const Status status = (*plan)->wait();
    ASSERT_TRUE(status.ok()) << status.error().toString();
    const Status generatorStatus = (*generatorPlan)->wait();
    ASSERT_TRUE(generatorStatus.ok()) << generatorStatus.error().toString();

    // The expectation, from the input alone.
    std::multiset<std::string> expectedAppends;
    std::multiset<std::string> expectedUpserts;
    std::map<std::string, std::string> expectedLatest;  // key -> value of the account's last payment
    for (int id = 0; id < kTotal; ++id) {
        if (id % 100 < kMinimumAmount) continue;
        const std::string account = std::to_string(id % kAccounts);
        const std::string value = R"({"account":)" + account + R"(,"id":)" + std::to_string(id) + R"(,"amount":)" +
                                  std::to_string(id % 100) + "}";
        expectedAppends.insert("|" + paymentJson(id));
        expectedUpserts.insert(R"({"account":)" + account + "}|" + value);
        expectedLatest[R"({"account":)" + account + "}"] = value;
    }
    const std::vector<std::string> appendLines = consume(appends);
    EXPECT_EQ(std::multiset<std::string>(appendLines.begin(), appendLines.end()), expectedAppends);

    // Upsert: one message per row, exactly once, and per key the last one is the last payment.
    const std::vector<std::string> upsertLines = consume(upserts);
    EXPECT_EQ(std::multiset<std::string>(upsertLines.begin(), upsertLines.end()), expectedUpserts);
    std::map<std::string, std::string> latestByKey;
    for (const std::string& line : upsertLines) {
        const auto bar = line.find('|');
        latestByKey[line.substr(0, bar)] = line.substr(bar + 1);
    }
    EXPECT_EQ(latestByKey, expectedLatest);

    std::multiset<std::string> expectedTicks;
    for (int id = 0; id < kGenerated; ++id) expectedTicks.insert(R"(|{"id":)" + std::to_string(id) + "}");
    const std::vector<std::string> tickLines = consume(generated);
    EXPECT_EQ(std::multiset<std::string>(tickLines.begin(), tickLines.end()), expectedTicks);
}

// What a real cluster answers while a broker restarts: partitions without a leader for a moment
// (NOT_LEADER_FOR_PARTITION) on offset lookups, fetches and produce requests, and dropped
// connections. The clients retry; the job completes with every message exactly once.
TEST_F(KafkaOutageTest, LeaderErrorsAndDroppedConnectionsAreRetried) {
    constexpr int kMessages = 2000;
    constexpr int kNotLeader = 6;
    constexpr int kTransport = -195;  // the mock drops the connection instead of answering
    const std::string in = KcatClient::uniqueTopic("flaky-in");
    const std::string out = KcatClient::uniqueTopic("flaky-out");
    producePayments(in, 0, kMessages - 1);

    test::JobBuilder job;
    paymentsSource(job, in);
    kafkaSink(job, "all", "kafka-sink", out);
    job.connect("payments", "all");
    PlanOptions options;
    options.sourceRecordLimit = kMessages;
    auto plan = Plan::build(job.job(), options);
    ASSERT_TRUE(plan.ok()) << plan.error().toString();

    for (const auto& [api, code, count] : {std::tuple{2, kNotLeader, 3}, std::tuple{1, kNotLeader, 3},
                                           std::tuple{1, kTransport, 2}, std::tuple{0, kNotLeader, 3},
                                           std::tuple{0, kTransport, 2}}) {
        const Status injected = brokers_->failRequests(api, code, count);
        ASSERT_TRUE(injected.ok()) << injected.error().toString();
    }
    const Status status = (*plan)->run();
    ASSERT_TRUE(status.ok()) << status.error().toString();

    std::multiset<std::string> expected;
    for (int id = 0; id < kMessages; ++id) expected.insert("|" + paymentJson(id));
    const std::vector<std::string> lines = consume(out);
    EXPECT_EQ(std::multiset<std::string>(lines.begin(), lines.end()), expected);
}

// Brokers down for longer than a message may wait (here a 3 s delivery timeout instead of the
// 120 s default): the job fails, naming the sink node, its topic and the cause.
TEST_F(KafkaOutageTest, AnOutageLongerThanTheDeliveryTimeoutFailsTheJobNamingNodeAndTopic) {
    const std::string topic = KcatClient::uniqueTopic("outage-timeout");
    test::JobBuilder job;
    job.sequence("ticks", 0, 999999, "200");
    kafkaSink(job, "out", "kafka-sink", topic);
    job.connect("ticks", "out");
    PlanOptions options;
    options.kafkaDeliveryTimeout = std::chrono::seconds(3);
    auto plan = Plan::build(job.job(), options);
    ASSERT_TRUE(plan.ok()) << plan.error().toString();
    (*plan)->start();
    ASSERT_TRUE(eventually([&] { return recordsIn(**plan, "out") > 0; }));

    ASSERT_TRUE(brokers_->down().ok());
    ASSERT_TRUE((*plan)->waitFor(std::chrono::seconds(60))) << "the job did not give up";
    const Status status = (*plan)->wait();
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().location, "node 'out' / topic '" + topic + "'");
    EXPECT_NE(status.error().message.find("could not be delivered: Local: Message timed out"), std::string::npos)
        << status.error().toString();
}

}  // namespace
}  // namespace sw::runtime
