#include "runtime/kafka/kafka_sink.h"

#include <librdkafka/rdkafka.h>

#include <algorithm>

#include "kinds/catalog.h"

namespace sw::runtime {

namespace {

std::vector<model::Column> pick(const std::vector<model::Column>& columns, const std::vector<std::size_t>& indexes) {
    std::vector<model::Column> picked;
    for (const std::size_t index : indexes) picked.push_back(columns[index]);
    return picked;
}

}  // namespace

KafkaSink::KafkaSink(std::vector<model::Column> columns, std::vector<std::size_t> keyColumns)
    : valueEncoder_(columns), keyColumns_(std::move(keyColumns)), keyEncoder_(pick(columns, keyColumns_)) {}

KafkaSink::~KafkaSink() = default;

Result<std::unique_ptr<KafkaSink>> KafkaSink::create(const model::Node& node, const std::vector<model::Column>& columns,
                                                     std::chrono::milliseconds connectTimeout,
                                                     const SecretResolver& secrets,
                                                     std::chrono::milliseconds deliveryTimeout) {
    const kinds::NodeKind* kind = kinds::Catalog::instance().find(node.kind);
    if (!kind) return Error{"the node kind '" + node.kind + "' is not known", "kind"};
    const bool upsert = kind->changelog != kinds::SinkChangelog::AppendOnly;
    for (const char* formatOption : upsert ? std::vector<const char*>{"key.format", "value.format"}
                                           : std::vector<const char*>{"format"}) {
        const std::string format = node.option(formatOption);
        if (!format.empty() && format != "json")
            return Error{"the local runtime writes only the json format, not '" + format + "'",
                         std::string("option ") + formatOption};
    }
    std::vector<std::size_t> keyColumns;
    for (const std::string& name : node.schema.primaryKey) {
        const auto it = std::find_if(columns.begin(), columns.end(), [&](const auto& c) { return c.name == name; });
        if (it == columns.end()) return Error{"primary key column '" + name + "' is not among the sink's columns", "schema"};
        keyColumns.push_back(static_cast<std::size_t>(it - columns.begin()));
    }
    if (upsert && keyColumns.empty())
        return Error{"upsert-kafka needs a primary key: it keys every message by it", "schema"};

    auto config = KafkaClientConfig::fromNode(node, KafkaClientRole::Producer, secrets);
    if (!config) return config.error();
    config->set("message.timeout.ms", std::to_string(deliveryTimeout.count()));
    std::unique_ptr<KafkaSink> sink(new KafkaSink(columns, std::move(keyColumns)));
    sink->flushTimeout_ = deliveryTimeout + std::chrono::seconds(10);
    sink->topic_ = node.option("topic");
    sink->upsert_ = upsert;
    const std::string partitioner = node.option("sink.partitioner");
    sink->partitioning_ = partitioner == "fixed"         ? Partitioning::Fixed
                          : partitioner == "round-robin" ? Partitioning::RoundRobin
                                                         : Partitioning::Default;
    auto client = KafkaClient::create(*config, KafkaClientRole::Producer, &KafkaSink::onDelivery);
    if (!client) return client.error();
    sink->client_ = std::move(*client);
    auto found = sink->client_->fetchPartitions({sink->topic_}, "", connectTimeout);
    if (!found) return found.error();
    if (!found->empty()) {
        sink->partitionCount_ = static_cast<std::int32_t>(found->front().partitions.size());
    } else if (sink->partitioning_ == Partitioning::RoundRobin) {
        // Round-robin must know the partitions up front: ask for the topic itself, which creates
        // it where the cluster auto-creates topics, as the first message would.
        sink->partitionCount_ = std::max(1, sink->learnPartitionCount(connectTimeout));
    }
    return sink;
}

void KafkaSink::onDelivery(rd_kafka_s*, const rd_kafka_message_s* message, void*) {
    if (message->err == RD_KAFKA_RESP_ERR_NO_ERROR) return;
    auto* sink = static_cast<KafkaSink*>(message->_private);
    if (sink->failed_.fetch_add(1, std::memory_order_relaxed) == 0)
        sink->firstFailure_ = rd_kafka_err2str(message->err);
}

Status KafkaSink::deliveryStatus() const {
    const std::uint64_t failed = failed_.load(std::memory_order_relaxed);
    if (failed == 0) return Ok{};
    return Error{std::to_string(failed) + " message(s) could not be delivered: " + firstFailure_,
                 "topic '" + topic_ + "'"};
}

int KafkaSink::learnPartitionCount(std::chrono::milliseconds timeout) {
    rd_kafka_topic_t* topic = rd_kafka_topic_new(client_->handle(), topic_.c_str(), nullptr);
    const rd_kafka_metadata_t* metadata = nullptr;
    int count = 0;
    if (rd_kafka_metadata(client_->handle(), 0, topic, &metadata, static_cast<int>(timeout.count())) ==
        RD_KAFKA_RESP_ERR_NO_ERROR) {
        if (metadata->topic_cnt == 1 && !metadata->topics[0].err) count = metadata->topics[0].partition_cnt;
        rd_kafka_metadata_destroy(metadata);
    }
    rd_kafka_topic_destroy(topic);
    return count;
}

std::int32_t KafkaSink::partitionFor() {
    switch (partitioning_) {
    // Flink's fixed partitioner: sink task i writes to partition i; the local run has one task.
    case Partitioning::Fixed: return 0;
    case Partitioning::RoundRobin: return static_cast<std::int32_t>(sent_ % static_cast<std::uint64_t>(partitionCount_));
    case Partitioning::Default: break;
    }
    return RD_KAFKA_PARTITION_UA;  // librdkafka's partitioner: murmur2 of the key, as Java's
}

Status KafkaSink::process(Batch& batch) {
    std::uint64_t bytes = 0;
    for (std::size_t i = 0; i < batch.size(); ++i) {
        const ChangeKind kind = batch.kinds[i];
        if (!upsert_ && kind != ChangeKind::Insert)
            return Error{std::string("the kafka sink is append-only and cannot write a ") + toShortString(kind) +
                             " row; use upsert-kafka",
                         "topic '" + topic_ + "'"};
        // upsert-kafka: the new row (+U) replaces the old one by key, so -U carries nothing.
        if (kind == ChangeKind::UpdateBefore) continue;
        const expr::Row& row = batch.rows[i];
        const bool tombstone = kind == ChangeKind::Delete;
        if (!tombstone) valueEncoder_.encode(row, value_);
        if (!keyColumns_.empty()) {
            keyRow_.clear();
            for (const std::size_t index : keyColumns_) keyRow_.push_back(row[index]);
            keyEncoder_.encode(keyRow_, key_);
        }
        rd_kafka_resp_err_t err;
        while ((err = rd_kafka_producev(
                    client_->handle(), RD_KAFKA_V_TOPIC(topic_.c_str()), RD_KAFKA_V_PARTITION(partitionFor()),
                    RD_KAFKA_V_KEY(keyColumns_.empty() ? nullptr : key_.data(), keyColumns_.empty() ? 0 : key_.size()),
                    RD_KAFKA_V_VALUE(tombstone ? nullptr : value_.data(), tombstone ? 0 : value_.size()),
                    RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_OPAQUE(this), RD_KAFKA_V_END)) ==
               RD_KAFKA_RESP_ERR__QUEUE_FULL) {
            client_->poll(std::chrono::milliseconds(50));  // back-pressure: wait for deliveries
        }
        if (err) return Error{std::string("cannot send: ") + rd_kafka_err2str(err), "topic '" + topic_ + "'"};
        ++sent_;
        bytes += (keyColumns_.empty() ? 0 : key_.size()) + (tombstone ? 0 : value_.size());
    }
    if (counters_) counters_->bytesWritten.fetch_add(bytes, std::memory_order_relaxed);
    client_->poll(std::chrono::milliseconds(0));
    return deliveryStatus();
}

Status KafkaSink::finish() {
    const auto err = rd_kafka_flush(client_->handle(), static_cast<int>(flushTimeout_.count()));
    if (auto status = deliveryStatus(); !status) return status;
    if (err)
        return Error{std::to_string(rd_kafka_outq_len(client_->handle())) + " message(s) not delivered within " +
                         std::to_string(flushTimeout_.count() / 1000) + " s (" + client_->lastError() + ")",
                     "topic '" + topic_ + "'"};
    return Ok{};
}

}  // namespace sw::runtime
