#include "runtime/check/kafka_connection_check.h"

#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <memory>

#include "kinds/catalog.h"
#include "runtime/engine/compiled_expressions.h"
#include "runtime/kafka/kafka_client.h"
#include "runtime/kafka/kafka_source.h"

namespace sw::runtime {

namespace {

using Clock = std::chrono::steady_clock;

struct MetadataDeleter {
    void operator()(const rd_kafka_metadata_t* metadata) const { rd_kafka_metadata_destroy(metadata); }
};
using MetadataPtr = std::unique_ptr<const rd_kafka_metadata_t, MetadataDeleter>;

bool contains(const std::string& text, const char* part) {
    return text.find(part) != std::string::npos;
}

std::string seconds(std::chrono::milliseconds timeout) {
    const std::string text = std::to_string(timeout.count() / 1000.0);
    return text.substr(0, text.find('.') + 2) + " s";
}

// The cluster's metadata (all topics: asking for one would make the broker create it), within
// `timeout`. Ends early once librdkafka gives up on every broker or a broker refuses the client,
// so a refused port or an unknown host is named by its cause, not by the clock.
MetadataPtr fetchMetadata(KafkaClient& client, std::chrono::milliseconds timeout) {
    const auto deadline = Clock::now() + timeout;
    while (true) {
        client.poll(std::chrono::milliseconds(0));
        if (client.refused() || client.allBrokersDown()) return nullptr;
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        if (left.count() <= 0) return nullptr;
        const rd_kafka_metadata_t* raw = nullptr;
        const int attempt = static_cast<int>(std::min<std::int64_t>(left.count(), 200));
        if (rd_kafka_metadata(client.handle(), 1, nullptr, &raw, attempt) == RD_KAFKA_RESP_ERR_NO_ERROR) {
            client.poll(std::chrono::milliseconds(0));
            // An answer from one broker while another refuses the client is still a refusal.
            if (client.refused()) {
                rd_kafka_metadata_destroy(raw);
                return nullptr;
            }
            return MetadataPtr(raw);
        }
    }
}

void reportUnreachable(ConnectionReport& report, const KafkaClient& client, const std::string& bootstrap,
                       const std::string& protocol, std::chrono::milliseconds timeout) {
    const auto cause = client.cause();
    if (!cause || (!client.refused() && !client.allBrokersDown())) {
        report.fail("bootstrap", FailureClass::Timeout, "bootstrap.servers",
                    "no Kafka broker at " + bootstrap + " answered within " + seconds(timeout) +
                        (cause ? " (" + cause->reason + ")" : std::string()));
        return;
    }
    const FailureClass failure = KafkaConnectionCheck::classify(cause->code, cause->reason);
    std::string field = "bootstrap.servers";
    std::string message = "cannot reach Kafka at " + bootstrap + ": " + cause->reason;
    if (failure == FailureClass::Authentication) {
        field = "sasl.mechanism";
        message = "the broker did not accept the " + protocol + " client: " + cause->reason;
    } else if (failure == FailureClass::TlsVerification) {
        field = "ssl.ca.location";
        message = "the TLS handshake with " + bootstrap + " failed: " + cause->reason;
    }
    report.fail(failure == FailureClass::Authentication ? "sasl" : failure == FailureClass::TlsVerification ? "tls" : "bootstrap",
                failure, field, message);
}

void reportSecurity(ConnectionReport& report, const KafkaClientConfig& config) {
    const std::string protocol = config.value("security.protocol").value_or("PLAINTEXT");
    if (protocol == "PLAINTEXT") {
        report.pass("security", "PLAINTEXT: no authentication, no encryption");
        return;
    }
    if (protocol.starts_with("SASL_"))
        report.pass("sasl", "SASL mechanism " + config.value("sasl.mechanisms").value_or("") + " accepted");
    if (protocol.ends_with("SSL")) {
        const auto ca = config.value("ssl.ca.location");
        report.pass("tls", "TLS in use, broker certificate verified against " +
                               (ca ? "ssl.ca.location (" + *ca + ")" : std::string("the system's CA certificates")));
    }
}

void reportBrokers(ConnectionReport& report, const rd_kafka_metadata_t& metadata) {
    CheckItem& item = report.pass("brokers", std::to_string(metadata.broker_cnt) + " broker(s) advertised");
    for (int b = 0; b < metadata.broker_cnt; ++b) {
        const rd_kafka_metadata_broker& broker = metadata.brokers[b];
        item.details.push_back("broker " + std::to_string(broker.id) + " at " + broker.host + ":" +
                               std::to_string(broker.port));
    }
}

// The node's topics (or those its pattern matches) with their partitions; a topic the cluster
// lacks fails the check.
std::vector<KafkaTopicPartitions> reportTopics(ConnectionReport& report, KafkaClient& client, const model::Node& node,
                                               std::chrono::milliseconds timeout) {
    const std::vector<std::string> topics = KafkaSource::topicsOf(node);
    const std::string pattern = node.option("topic-pattern");
    if (topics.empty() && pattern.empty()) {
        report.fail("topic", FailureClass::Configuration, "topic", "no topic is set");
        return {};
    }
    auto found = client.fetchPartitions(topics, pattern, timeout);
    if (!found) {
        const bool badPattern = found.error().message.find("regular expression") != std::string::npos;
        report.fail("topic", badPattern ? FailureClass::Configuration : FailureClass::TopicMissing,
                    pattern.empty() ? "topic" : "topic-pattern", found.error().message);
        return {};
    }
    for (const KafkaTopicPartitions& topic : *found)
        report.pass("topic", "topic '" + topic.topic + "' exists with " + std::to_string(topic.partitions.size()) +
                                 " partition(s)");
    for (const std::string& name : topics) {
        if (std::none_of(found->begin(), found->end(), [&](const auto& topic) { return topic.topic == name; }))
            report.fail("topic", FailureClass::TopicMissing, "topic", "topic '" + name + "' does not exist");
    }
    return std::move(*found);
}

void reportOffsets(ConnectionReport& report, KafkaClient& client, const KafkaTopicPartitions& topic,
                   std::chrono::milliseconds timeout) {
    const auto deadline = Clock::now() + timeout;
    std::vector<std::string> lines;
    std::int64_t messages = 0;
    for (const std::int32_t partition : topic.partitions) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        std::int64_t low = 0;
        std::int64_t high = 0;
        const rd_kafka_resp_err_t err =
            left.count() <= 0 ? RD_KAFKA_RESP_ERR__TIMED_OUT
                              : rd_kafka_query_watermark_offsets(client.handle(), topic.topic.c_str(), partition, &low, &high,
                                                                 static_cast<int>(left.count()));
        if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
            const std::string reason = rd_kafka_err2str(err);
            report.fail("offsets", KafkaConnectionCheck::classify(err, reason), "topic",
                        "cannot list the offsets of topic '" + topic.topic + "' partition " +
                            std::to_string(partition) + " within " + seconds(timeout) + ": " + reason);
            return;
        }
        messages += high - low;
        lines.push_back("partition " + std::to_string(partition) + ": earliest " + std::to_string(low) + ", latest " +
                        std::to_string(high));
    }
    CheckItem& item = report.pass("offsets", "topic '" + topic.topic + "': " + std::to_string(messages) +
                                                 " message(s) retained in " + std::to_string(topic.partitions.size()) +
                                                 " partition(s)");
    item.details = std::move(lines);
}

}  // namespace

FailureClass KafkaConnectionCheck::classify(int code, const std::string& reason) {
    switch (code) {
    case RD_KAFKA_RESP_ERR__RESOLVE: return FailureClass::Dns;
    case RD_KAFKA_RESP_ERR__SSL: return FailureClass::TlsVerification;
    case RD_KAFKA_RESP_ERR__AUTHENTICATION:
    case RD_KAFKA_RESP_ERR_SASL_AUTHENTICATION_FAILED:
    case RD_KAFKA_RESP_ERR_UNSUPPORTED_SASL_MECHANISM:
    case RD_KAFKA_RESP_ERR_ILLEGAL_SASL_STATE: return FailureClass::Authentication;
    case RD_KAFKA_RESP_ERR__TIMED_OUT:
    case RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT: return FailureClass::Timeout;
    case RD_KAFKA_RESP_ERR__UNKNOWN_TOPIC:
    case RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART: return FailureClass::TopicMissing;
    default: break;
    }
    // Transport errors carry their cause only in the text (librdkafka quotes strerror/gai_strerror).
    if (contains(reason, "Failed to resolve") || contains(reason, "name resolution") ||
        contains(reason, "Name or service not known"))
        return FailureClass::Dns;
    if (contains(reason, "SASL")) return FailureClass::Authentication;
    if (contains(reason, "SSL") || contains(reason, "certificate")) return FailureClass::TlsVerification;
    if (contains(reason, "Connection refused")) return FailureClass::Refused;
    if (contains(reason, "timed out") || contains(reason, "Timed out")) return FailureClass::Timeout;
    return FailureClass::Other;
}

ConnectionReport KafkaConnectionCheck::run(const model::Node& node, const ConnectionCheckOptions& options) {
    ConnectionReport report(nodeLocation(node));
    const kinds::NodeKind* kind = kinds::Catalog::instance().find(node.kind);
    const KafkaClientRole role =
        kind && kind->role == kinds::NodeRole::Sink ? KafkaClientRole::Producer : KafkaClientRole::Consumer;
    auto config = KafkaClientConfig::fromNode(node, role, options.secrets);
    if (!config) {
        report.failConfiguration("configuration", config.error());
        return report;
    }
    auto client = KafkaClient::create(*config, role);
    if (!client) {
        report.failConfiguration("configuration", client.error());
        return report;
    }
    const std::string bootstrap = config->bootstrapServers();
    const std::string protocol = config->value("security.protocol").value_or("PLAINTEXT");
    MetadataPtr metadata = fetchMetadata(**client, options.timeout);
    if (!metadata) {
        reportUnreachable(report, **client, bootstrap, protocol, options.timeout);
        return report;
    }
    report.pass("bootstrap", "reached " + bootstrap + " over " + protocol);
    reportSecurity(report, *config);
    reportBrokers(report, *metadata);
    for (const KafkaTopicPartitions& topic : reportTopics(report, **client, node, options.timeout))
        reportOffsets(report, **client, topic, options.timeout);
    return report;
}

}  // namespace sw::runtime
