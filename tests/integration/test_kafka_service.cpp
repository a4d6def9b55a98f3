// Smoke test of the mock Kafka broker from scripts/start-services.sh: what our librdkafka
// producer writes, an independent client (kcat, a separate process) reads back completely.
#include "test_endpoints.h"

#include <gtest/gtest.h>
#include <librdkafka/rdkafka.h>

#include <chrono>
#include <cstdio>
#include <memory>
#include <set>
#include <string>
#include <unistd.h>

namespace sw::testing {
namespace {

constexpr int kMessageCount = 5000;

struct DeliveryCounts {
    int delivered = 0;
    int failed = 0;
    std::string lastError;
};

void onDelivery(rd_kafka_t*, const rd_kafka_message_t* message, void* opaque) {
    auto* counts = static_cast<DeliveryCounts*>(opaque);
    if (message->err == RD_KAFKA_RESP_ERR_NO_ERROR) {
        ++counts->delivered;
    } else {
        ++counts->failed;
        counts->lastError = rd_kafka_err2str(message->err);
    }
}

struct KafkaDeleter {
    void operator()(rd_kafka_t* rk) const { rd_kafka_destroy(rk); }
};

std::string messageKey(int i) {
    return "key-" + std::to_string(i);
}

// A fresh topic per run: the broker outlives test runs and must not leak old messages in.
std::string uniqueTopic() {
    const auto now = std::chrono::steady_clock::now().time_since_epoch().count();
    return "sw-smoke-" + std::to_string(::getpid()) + "-" + std::to_string(now);
}

TEST(KafkaServiceTest, KeyedMessagesProducedAreConsumedByKcat) {
    auto endpoints = TestEndpoints::fromEnvironment();
    ASSERT_TRUE(endpoints.ok()) << endpoints.error().toString();
    SW_REQUIRE_ENDPOINT(endpoints->kafkaBootstrap(), TestEndpoints::kKafkaVariable);
    const std::string bootstrap = *endpoints->kafkaBootstrap();
    const std::string topic = uniqueTopic();

    DeliveryCounts counts;
    char errstr[512];
    rd_kafka_conf_t* conf = rd_kafka_conf_new();
    ASSERT_EQ(rd_kafka_conf_set(conf, "bootstrap.servers", bootstrap.c_str(), errstr, sizeof errstr),
              RD_KAFKA_CONF_OK)
        << errstr;
    rd_kafka_conf_set_dr_msg_cb(conf, onDelivery);
    rd_kafka_conf_set_opaque(conf, &counts);
    std::unique_ptr<rd_kafka_t, KafkaDeleter> producer(
        rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof errstr));
    ASSERT_TRUE(producer) << errstr;

    for (int i = 0; i < kMessageCount; ++i) {
        const std::string key = messageKey(i);
        const std::string value = R"({"id":)" + std::to_string(i) + "}";
        rd_kafka_resp_err_t err;
        while ((err = rd_kafka_producev(producer.get(), RD_KAFKA_V_TOPIC(topic.c_str()),
                                        RD_KAFKA_V_KEY(key.data(), key.size()),
                                        RD_KAFKA_V_VALUE(const_cast<char*>(value.data()), value.size()),
                                        RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END)) ==
               RD_KAFKA_RESP_ERR__QUEUE_FULL) {
            rd_kafka_poll(producer.get(), 100);
        }
        ASSERT_EQ(err, RD_KAFKA_RESP_ERR_NO_ERROR) << rd_kafka_err2str(err);
        rd_kafka_poll(producer.get(), 0);
    }
    ASSERT_EQ(rd_kafka_flush(producer.get(), 30000), RD_KAFKA_RESP_ERR_NO_ERROR);
    ASSERT_EQ(counts.failed, 0) << counts.lastError;
    ASSERT_EQ(counts.delivered, kMessageCount);

    // kcat prints one key per line; anything else on the pipe is a diagnostic worth showing.
    const std::string command = "timeout 60 kcat -C -q -b '" + bootstrap + "' -t '" + topic +
                                "' -o beginning -e -f '%k\\n' 2>&1";
    FILE* pipe = ::popen(command.c_str(), "r");
    ASSERT_NE(pipe, nullptr) << "cannot run: " << command;
    std::set<std::string> keys;
    int lines = 0;
    std::string unexpected;
    char line[256];
    while (std::fgets(line, sizeof line, pipe) != nullptr) {
        std::string text(line);
        if (!text.empty() && text.back() == '\n') text.pop_back();
        ++lines;
        if (text.starts_with("key-")) {
            keys.insert(text);
        } else if (unexpected.size() < 2000) {
            unexpected += text + "\n";
        }
    }
    const int status = ::pclose(pipe);
    ASSERT_EQ(status, 0) << command << "\n" << unexpected;
    EXPECT_EQ(lines, kMessageCount) << unexpected;
    EXPECT_EQ(keys.size(), static_cast<size_t>(kMessageCount));
    EXPECT_TRUE(keys.contains(messageKey(0)));
    EXPECT_TRUE(keys.contains(messageKey(kMessageCount - 1)));
}

}  // namespace
}  // namespace sw::testing
