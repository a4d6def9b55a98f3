#pragma once
// KafkaClientConfig: the librdkafka configuration of a kafka-source, kafka-sink or
// upsert-kafka-sink node — connection, security (secrets resolved), and client tuning.

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "model/node.h"
#include "runtime/engine/secret_resolver.h"
#include "util/result.h"

struct rd_kafka_conf_s;

namespace sw::runtime {

enum class KafkaClientRole { Consumer, Producer };

struct KafkaConfDeleter {
    void operator()(rd_kafka_conf_s* conf) const;
};
using KafkaConfPtr = std::unique_ptr<rd_kafka_conf_s, KafkaConfDeleter>;

class KafkaClientConfig {
public:
    // How long a producer keeps retrying a message (message.timeout.ms) before its delivery
    // fails: the Java client's delivery.timeout.ms default, which Flink's Kafka sink keeps.
    // Messages produced while the brokers are down wait in the queue that long.
    static constexpr std::chrono::milliseconds kDeliveryTimeout{120000};

    // Errors name the option (never a secret's value).
    static Result<KafkaClientConfig> fromNode(const model::Node& node, KafkaClientRole role,
                                              const SecretResolver& secrets);

    const std::map<std::string, std::string>& entries() const { return entries_; }
    std::optional<std::string> value(const std::string& key) const;
    void set(const std::string& key, std::string value) { entries_[key] = std::move(value); }
    const std::string& bootstrapServers() const { return entries_.at("bootstrap.servers"); }

    // Whether the value of `key` must never be shown (SASL credentials).
    static bool isSecretKey(const std::string& key);
    // "key=value, ..." with credentials masked: safe for logs and error messages.
    std::string describe() const;

    // A librdkafka configuration with every entry set; a refused entry is an error naming the
    // key (and, for non-secret keys, librdkafka's reason).
    Result<KafkaConfPtr> toLibrdkafka() const;

private:
    std::map<std::string, std::string> entries_;
};

}  // namespace sw::runtime
