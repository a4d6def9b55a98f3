#include "runtime/infer/kafka_schema_inference.h"

#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <memory>

#include "kinds/catalog.h"
#include "runtime/check/kafka_connection_check.h"
#include "runtime/engine/compiled_expressions.h"
#include "runtime/infer/json_schema_inference.h"
#include "runtime/infer/reachable_endpoint.h"
#include "runtime/kafka/kafka_client.h"
#include "runtime/kafka/kafka_source.h"

namespace sw::runtime {

namespace {

using Clock = std::chrono::steady_clock;

struct PartitionListDeleter {
    void operator()(rd_kafka_topic_partition_list_t* list) const { rd_kafka_topic_partition_list_destroy(list); }
};
using PartitionList = std::unique_ptr<rd_kafka_topic_partition_list_t, PartitionListDeleter>;

struct MessageDeleter {
    void operator()(rd_kafka_message_t* message) const { rd_kafka_message_destroy(message); }
};

// Where each partition's sample starts and ends: the newest `samples` messages of each, so the
// sample is recent whichever partitions answer first.
struct SampleRange {
    std::string topic;
    std::int32_t partition = 0;
    std::int64_t start = 0;
    std::int64_t end = 0;
};

Result<std::vector<SampleRange>> sampleRanges(KafkaClient& client, const std::vector<KafkaTopicPartitions>& topics,
                                              int samples, std::chrono::milliseconds timeout) {
    std::vector<SampleRange> ranges;
    for (const KafkaTopicPartitions& topic : topics) {
        for (const std::int32_t partition : topic.partitions) {
            std::int64_t low = 0;
            std::int64_t high = 0;
            if (const auto err = rd_kafka_query_watermark_offsets(client.handle(), topic.topic.c_str(), partition, &low,
                                                                  &high, static_cast<int>(timeout.count())))
                return Error{"[" + std::string(toString(KafkaConnectionCheck::classify(err, rd_kafka_err2str(err)))) +
                                 "] cannot list the offsets of topic '" + topic.topic + "' partition " +
                                 std::to_string(partition) + ": " + rd_kafka_err2str(err),
                             "topic"};
            if (high > low) ranges.push_back({topic.topic, partition, std::max(low, high - samples), high});
        }
    }
    return ranges;
}

std::string topicNames(const std::vector<KafkaTopicPartitions>& topics) {
    std::string names;
    for (const KafkaTopicPartitions& topic : topics) names += (names.empty() ? "'" : ", '") + topic.topic + "'";
    return names;
}

// Reads the ranges into `inference` until `samples` messages, every range's end, or the deadline.
Status readSamples(KafkaClient& client, std::vector<SampleRange>& ranges, int samples, std::chrono::milliseconds timeout,
                   JsonSchemaInference& inference) {
    PartitionList list(rd_kafka_topic_partition_list_new(static_cast<int>(ranges.size())));
    for (const SampleRange& range : ranges)
        rd_kafka_topic_partition_list_add(list.get(), range.topic.c_str(), range.partition)->offset = range.start;
    if (const auto err = rd_kafka_assign(client.handle(), list.get()))
        return Error{std::string("cannot assign the partitions: ") + rd_kafka_err2str(err), "topic"};
    rd_kafka_poll_set_consumer(client.handle());
    const auto deadline = Clock::now() + timeout;
    const auto unread = [&] {
        return std::any_of(ranges.begin(), ranges.end(), [](const SampleRange& r) { return r.start < r.end; });
    };
    while (inference.sampled() < samples && unread() && Clock::now() < deadline) {
        std::unique_ptr<rd_kafka_message_t, MessageDeleter> message(rd_kafka_consumer_poll(client.handle(), 100));
        if (!message) continue;
        const bool ended = message->err == RD_KAFKA_RESP_ERR__PARTITION_EOF;
        if (message->err && !ended) {
            if (client.refused()) return Error{"[authentication] " + client.lastError(), "sasl.mechanism"};
            continue;  // transient: librdkafka retries the fetch
        }
        const std::string topic = rd_kafka_topic_name(message->rkt);
        for (SampleRange& range : ranges) {
            // The end may lie past the last message (transaction markers): EOF ends the range too.
            if (range.partition == message->partition && range.topic == topic)
                range.start = ended ? range.end : message->offset + 1;
        }
        if (ended) continue;
        inference.add(std::string_view(static_cast<const char*>(message->payload), message->len), message->partition,
                      message->offset);
    }
    rd_kafka_assign(client.handle(), nullptr);
    return Ok{};
}

}  // namespace

Result<SchemaProposal> KafkaSchemaInference::run(const model::Node& node, const SchemaInferenceOptions& options) {
    const std::string location = nodeLocation(node);
    const kinds::NodeKind* kind = kinds::Catalog::instance().find(node.kind);
    const std::string format = kind ? kind->effectiveOption(node, "format") : node.option("format");
    if (format != "json")
        return Error{"infer schema reads JSON messages; the format is '" + format + "'", location + " / format"};
    if (auto reached = requireReachableEndpoint(KafkaConnectionCheck::run(node, options.connection)); !reached)
        return reached.error();
    auto config = KafkaClientConfig::fromNode(node, KafkaClientRole::Consumer, options.connection.secrets);
    if (!config) return config.error();
    // Partitions are assigned, not subscribed: the group is never joined and nothing is committed.
    if (!config->value("group.id")) config->set("group.id", "streamwright-infer-" + node.id);
    config->set("enable.auto.commit", "false");
    config->set("enable.partition.eof", "true");
    auto client = KafkaClient::create(*config, KafkaClientRole::Consumer);
    if (!client) return client.error();
    const std::chrono::milliseconds timeout = options.connection.timeout;
    auto topics = (*client)->fetchPartitions(KafkaSource::topicsOf(node), node.option("topic-pattern"), timeout);
    if (!topics) return Error{topics.error().message, location + " / topic"};
    auto ranges = sampleRanges(**client, *topics, options.samples, timeout);
    if (!ranges) return Error{ranges.error().message, location + " / " + ranges.error().location};
    std::int64_t available = 0;
    for (const SampleRange& range : *ranges) available += range.end - range.start;
    JsonSchemaInference inference;
    const Status read = readSamples(**client, *ranges, options.samples, timeout, inference);
    rd_kafka_consumer_close((*client)->handle());
    if (!read) return Error{read.error().message, location + " / " + read.error().location};
    SchemaProposal proposal = inference.propose();
    proposal.source = "topic " + topicNames(*topics) + ", " + std::to_string(inference.sampled()) + " message(s) sampled";
    const std::int64_t wanted = std::min<std::int64_t>(available, options.samples);
    if (inference.sampled() < wanted)
        proposal.notes.push_back("only " + std::to_string(inference.sampled()) + " of " + std::to_string(wanted) +
                                 " message(s) arrived within the timeout");
    if (available == 0) proposal.notes.push_back("the topic holds no message: nothing to propose");
    return proposal;
}

}  // namespace sw::runtime
