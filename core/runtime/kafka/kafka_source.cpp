#include "runtime/kafka/kafka_source.h"

#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <limits>

#include "runtime/engine/compiled_expressions.h"
#include "runtime/checkpoint/state_reader.h"
#include "runtime/checkpoint/state_writer.h"

namespace sw::runtime {

std::vector<std::string> KafkaSource::topicsOf(const model::Node& node) {
    const std::string text = node.option("topic");
    std::vector<std::string> topics;
    std::size_t begin = 0;
    while (begin <= text.size()) {
        const auto end = std::min(text.find(';', begin), text.size());
        if (end > begin) topics.push_back(text.substr(begin, end - begin));
        begin = end + 1;
    }
    return topics;
}

namespace {

struct PartitionListDeleter {
    void operator()(rd_kafka_topic_partition_list_t* list) const { rd_kafka_topic_partition_list_destroy(list); }
};
using PartitionList = std::unique_ptr<rd_kafka_topic_partition_list_t, PartitionListDeleter>;

struct TopicDeleter {
    void operator()(rd_kafka_topic_t* topic) const { rd_kafka_topic_destroy(topic); }
};

std::string where(std::string_view topic, std::int32_t partition, std::int64_t offset) {
    return "topic '" + std::string(topic) + "' partition " + std::to_string(partition) + " offset " +
           std::to_string(offset);
}

// Steady-clock time of a Kafka (wall-clock) message timestamp, so latency starts when the
// message was written, not when it was read.
SteadyTime steadyTimeOf(std::int64_t kafkaMillis, SteadyTime now, std::int64_t nowMicros) {
    const std::int64_t ageMicros = nowMicros - kafkaMillis * 1000;
    if (ageMicros <= 0) return now;
    return now - std::chrono::microseconds(ageMicros);
}

}  // namespace

Result<std::unique_ptr<KafkaSource>> KafkaSource::create(const model::Node& node,
                                                         const std::vector<model::Column>& columns,
                                                         const KafkaSourceSettings& settings, MetricsRegistry& metrics,
                                                         NodeCounters& counters, const SecretResolver& secrets) {
    const std::string format = node.option("format");
    if (!format.empty() && format != "json")
        return Error{"the local runtime reads only the json format, not '" + format + "'", "option format"};
    if (node.option("topic").empty() == node.option("topic-pattern").empty())
        return Error{"set exactly one of topic and topic-pattern", "option topic"};
    auto start = KafkaStartupPosition::fromNode(node);
    if (!start) return start.error();
    auto config = KafkaClientConfig::fromNode(node, KafkaClientRole::Consumer, secrets);
    if (!config) return config.error();
    auto jsonOptions = JsonFormatOptions::fromNode(node);
    if (!jsonOptions) return jsonOptions.error();

    // The PROCTIME() column (last in the relation) is not in the message: filled per batch.
    std::vector<model::Column> physical = columns;
    const bool hasProcTime = !physical.empty() && physical.back().name == node.schema.procTimeColumn;
    if (hasProcTime) physical.pop_back();
    auto decoder = JsonRowDecoder::create(std::move(physical), *jsonOptions);
    if (!decoder) return decoder.error();

    std::unique_ptr<KafkaSource> source(new KafkaSource(node, std::move(*decoder), std::move(*config),
                                                        std::move(*start), settings, metrics, counters));
    source->topics_ = topicsOf(node);
    source->topicPattern_ = node.option("topic-pattern");
    source->hasProcTime_ = hasProcTime;
    return source;
}

KafkaSource::KafkaSource(const model::Node& node, JsonRowDecoder decoder, KafkaClientConfig config,
                         KafkaStartupPosition start, const KafkaSourceSettings& settings, MetricsRegistry& metrics,
                         NodeCounters& counters)
    : nodeId_(node.id),
      decoder_(std::move(decoder)),
      config_(std::move(config)),
      start_(std::move(start)),
      settings_(settings),
      metrics_(metrics),
      counters_(counters),
      namesGroup_(config_.value("group.id").has_value()),
      commitsOffsets_(namesGroup_ && settings.commitOffsets) {}

KafkaSource::~KafkaSource() {
    fetcher_.reset();  // its thread reads queue_
    chunk_.reset();
    if (queue_) rd_kafka_queue_destroy(queue_);
    // Closed without a commit (auto-commit is off): a failed or cancelled job commits nothing.
    if (client_) rd_kafka_consumer_close(client_->handle());
}

Status KafkaSource::connect() {
    // librdkafka assigns partitions only within a group; without the user's, a private one that
    // never commits.
    if (!namesGroup_) config_.set("group.id", "streamwright-local-" + nodeId_);
    // A read to the current end also ends a partition whose last offsets deliver no message.
    if (settings_.toCurrentEnd) config_.set("enable.partition.eof", "true");
    auto client = KafkaClient::create(config_, KafkaClientRole::Consumer);
    if (!client) return client.error();
    client_ = std::move(*client);
    auto found = client_->fetchPartitions(topics_, topicPattern_, settings_.connectTimeout);
    if (!found) return found.error();
    for (const std::string& topic : topics_) {
        if (std::none_of(found->begin(), found->end(), [&](const auto& entry) { return entry.topic == topic; }))
            return Error{"topic '" + topic + "' does not exist on " + config_.bootstrapServers(), "option topic"};
    }
    return assignPartitions(*found);
}

Status KafkaSource::assignPartitions(const std::vector<KafkaTopicPartitions>& found) {
    PartitionList list(rd_kafka_topic_partition_list_new(0));
    for (const KafkaTopicPartitions& topic : found) {
        for (const std::int32_t id : topic.partitions) {
            std::int64_t offset = RD_KAFKA_OFFSET_BEGINNING;
            switch (start_.mode) {
            case KafkaStartupMode::EarliestOffset: offset = RD_KAFKA_OFFSET_BEGINNING; break;
            case KafkaStartupMode::LatestOffset: offset = RD_KAFKA_OFFSET_END; break;
            case KafkaStartupMode::GroupOffsets: offset = RD_KAFKA_OFFSET_STORED; break;
            case KafkaStartupMode::Timestamp: offset = start_.timestampMillis; break;
            case KafkaStartupMode::SpecificOffsets: {
                // Flink: an unlisted partition starts at the group's offset, else the earliest.
                const auto it = start_.offsets.find(id);
                offset = it != start_.offsets.end() ? it->second : namesGroup_ ? RD_KAFKA_OFFSET_STORED : RD_KAFKA_OFFSET_BEGINNING;
                break;
            }
            }
            rd_kafka_topic_partition_list_add(list.get(), topic.topic.c_str(), id)->offset = offset;
            partitions_.push_back({topic.topic, id, -1, &metrics_.addPartition(nodeId_, topic.topic, id)});
        }
    }
    if (start_.mode == KafkaStartupMode::Timestamp) {
        const auto err = rd_kafka_offsets_for_times(client_->handle(), list.get(),
                                                    static_cast<int>(settings_.connectTimeout.count()));
        if (err) return Error{std::string("cannot look up offsets for the timestamp: ") + rd_kafka_err2str(err),
                              "option scan.startup.timestamp-millis"};
        // No message at or after the timestamp: Flink starts at the partition's end.
        for (int i = 0; i < list->cnt; ++i) {
            if (list->elems[i].offset < 0) list->elems[i].offset = RD_KAFKA_OFFSET_END;
        }
    }
    // A checkpoint's offsets win over the startup mode (after the timestamp lookup, which reads
    // the list's offsets as timestamps).
    for (const Partition& restored : restoredOffsets_) {
        for (int i = 0; i < list->cnt; ++i) {
            if (list->elems[i].partition != restored.id || restored.topic != list->elems[i].topic) continue;
            list->elems[i].offset = restored.nextOffset;
            partition(list->elems[i].topic, restored.id).nextOffset = restored.nextOffset;
        }
    }
    // A checkpoint taken before a partition's first message must still say where reading began:
    // "the end" is resolved now, or a resumed run would skip what arrived in between (Flink's
    // split state holds the resolved start offset too).
    for (int i = 0; i < list->cnt; ++i) {
        rd_kafka_topic_partition_t& start = list->elems[i];
        if (start.offset == RD_KAFKA_OFFSET_END) {
            std::int64_t low = -1;
            if (const auto err = rd_kafka_query_watermark_offsets(client_->handle(), start.topic, start.partition, &low,
                                                                  &start.offset,
                                                                  static_cast<int>(settings_.connectTimeout.count())))
                return Error{std::string("cannot look up the end offset: ") + rd_kafka_err2str(err),
                             "topic '" + std::string(start.topic) + "' partition " + std::to_string(start.partition)};
        }
        if (start.offset >= 0) partition(start.topic, start.partition).startOffset = start.offset;
    }
    if (settings_.toCurrentEnd) {
        if (auto fixed = fixEndOffsets(*list); !fixed) return fixed.error();
    }
    // Topic handles let librdkafka use the metadata just fetched: without them the first messages
    // came about 0.5 s after the assignment in most runs (the leaders came with a later refresh).
    std::vector<std::unique_ptr<rd_kafka_topic_t, TopicDeleter>> topicHandles;
    for (const KafkaTopicPartitions& topic : found)
        topicHandles.emplace_back(rd_kafka_topic_new(client_->handle(), topic.topic.c_str(), nullptr));
    if (const auto err = rd_kafka_assign(client_->handle(), list.get()))
        return Error{std::string("cannot assign the partitions: ") + rd_kafka_err2str(err), "topic"};
    rd_kafka_poll_set_consumer(client_->handle());
    queue_ = rd_kafka_queue_get_consumer(client_->handle());
    fetcher_ = std::make_unique<KafkaFetcher>(queue_, settings_.batchRows, settings_.pollTimeout);
    return Ok{};
}

Status KafkaSource::fixEndOffsets(const rd_kafka_topic_partition_list_t& list) {
    const int timeout = static_cast<int>(settings_.connectTimeout.count());
    PartitionList stored(rd_kafka_topic_partition_list_new(0));
    for (int i = 0; i < list.cnt; ++i) {
        const rd_kafka_topic_partition_t& start = list.elems[i];
        std::int64_t low = -1;
        std::int64_t high = -1;
        if (const auto err = rd_kafka_query_watermark_offsets(client_->handle(), start.topic, start.partition, &low,
                                                              &high, timeout))
            return Error{std::string("cannot look up the end offset: ") + rd_kafka_err2str(err),
                         "topic '" + std::string(start.topic) + "' partition " + std::to_string(start.partition)};
        Partition& entry = partition(start.topic, start.partition);
        entry.endOffset = high;
        if (start.offset == RD_KAFKA_OFFSET_BEGINNING) entry.startOffset = low;
        if (start.offset != RD_KAFKA_OFFSET_STORED) continue;
        rd_kafka_topic_partition_list_add(stored.get(), start.topic, start.partition);
        // Without a committed offset the consumer starts where auto.offset.reset says; with
        // "error" the read fails as it would without an end, so the start stays unknown.
        const std::string reset = config_.value("auto.offset.reset").value_or("");
        if (reset == "earliest") entry.startOffset = low;
        if (reset == "latest") entry.startOffset = high;
    }
    if (stored->cnt == 0) return Ok{};
    if (const auto err = rd_kafka_committed(client_->handle(), stored.get(), timeout))
        return Error{std::string("cannot read the group's committed offsets: ") + rd_kafka_err2str(err), "option group.id"};
    for (int i = 0; i < stored->cnt; ++i) {
        const rd_kafka_topic_partition_t& committed = stored->elems[i];
        if (committed.offset >= 0) partition(committed.topic, committed.partition).startOffset = committed.offset;
    }
    return Ok{};
}

KafkaSource::Partition& KafkaSource::partition(std::string_view topic, std::int32_t id) {
    // Per message: librdkafka hands out runs of one partition, so the last one found usually matches.
    if (lastPartition_ < partitions_.size()) {
        Partition& last = partitions_[lastPartition_];
        if (last.id == id && last.topic == topic) return last;
    }
    for (lastPartition_ = 0; lastPartition_ < partitions_.size(); ++lastPartition_) {
        Partition& entry = partitions_[lastPartition_];
        if (entry.id == id && entry.topic == topic) return entry;
    }
    partitions_.push_back({std::string(topic), id, -1, &metrics_.addPartition(nodeId_, std::string(topic), id)});
    return partitions_.back();
}

Error KafkaSource::readFailure(const rd_kafka_message_s& message) const {
    if (message.err == RD_KAFKA_RESP_ERR__AUTO_OFFSET_RESET)
        return Error{"consumer group '" + config_.value("group.id").value_or("") +
                         "' has no committed offset to start from (scan.startup.mode group-offsets; Flink "
                         "fails too unless properties.auto.offset.reset is set)",
                     "topic '" + std::string(rd_kafka_topic_name(message.rkt)) + "' partition " +
                         std::to_string(message.partition)};
    const std::string topic = message.rkt ? rd_kafka_topic_name(message.rkt) : "?";
    return Error{std::string("cannot read: ") + rd_kafka_message_errstr(&message),
                 "topic '" + topic + "' partition " + std::to_string(message.partition)};
}

void KafkaSource::updateProgress() {
    for (Partition& entry : partitions_) {
        entry.gauge->offset.store(entry.nextOffset, std::memory_order_relaxed);
        std::int64_t low = 0;
        std::int64_t high = -1;
        // Cached from fetch responses: no broker round trip.
        if (rd_kafka_get_watermark_offsets(client_->handle(), entry.topic.c_str(), entry.id, &low, &high) ||
            high < 0 || entry.nextOffset < 0)
            continue;
        entry.gauge->lag.store(std::max<std::int64_t>(0, high - entry.nextOffset), std::memory_order_relaxed);
    }
}

Result<bool> KafkaSource::next(Batch& batch, const std::atomic<bool>& stopping) {
    if (closed_) return false;
    if (!client_) {
        if (auto connected = connect(); !connected) return connected.error();
    }
    std::size_t wanted = settings_.batchRows;
    if (settings_.recordLimit) wanted = static_cast<std::size_t>(std::min<std::uint64_t>(wanted, *settings_.recordLimit - emitted_));
    const bool atEnd = settings_.toCurrentEnd &&
                       std::all_of(partitions_.begin(), partitions_.end(), [](const Partition& p) { return p.reachedEnd(); });
    if (wanted == 0 || atEnd || stopping.load(std::memory_order_relaxed)) {
        stopReading();
        return false;
    }
    // The fetcher takes messages from librdkafka on its own thread; decoding happens here.
    if (!chunk_) {
        chunk_ = fetcher_->next(settings_.pollTimeout);
        chunkCursor_ = 0;
        if (!chunk_) return true;  // nothing within the poll timeout: an empty batch
    }

    const SteadyTime now = std::chrono::steady_clock::now();
    batch.createdAt = now;
    batch.rows.reserve(std::min(wanted, chunk_->messages.size() - chunkCursor_));
    const std::uint64_t skippedBefore = decoder_.skipped();
    const std::int64_t procTime = wallClockMicros();
    std::int64_t oldestMillis = std::numeric_limits<std::int64_t>::max();
    std::uint64_t bytes = 0;
    for (; chunkCursor_ < chunk_->messages.size() && batch.size() < wanted; ++chunkCursor_) {
        const FetchedMessage& message = chunk_->messages[chunkCursor_];
        const std::string& topic = chunk_->topics[message.topic];
        Partition& entry = partition(topic, message.partition);
        if (message.partitionEnd) {
            entry.endEventOffset = std::max(entry.endEventOffset, message.offset);
            continue;
        }
        if (entry.endOffset >= 0 && message.offset >= entry.endOffset) continue;  // arrived after the run began
        entry.nextOffset = message.offset + 1;
        bytes += message.keySize + message.payloadSize;
        // A null value (a tombstone) is no row for the json format; Flink skips it too.
        if (!message.hasPayload) continue;
        const std::size_t before = batch.size();
        auto decoded = decoder_.decodePadded(chunk_->payload(message), batch);
        if (!decoded)
            return Error{"cannot decode the message: " + decoded.error().toString(),
                         where(topic, message.partition, message.offset)};
        if (batch.size() > before) {
            if (hasProcTime_) batch.rows.back().emplace_back(expr::Timestamp{procTime});
            if (message.timestampMillis >= 0) oldestMillis = std::min(oldestMillis, message.timestampMillis);
        }
    }
    if (chunkCursor_ == chunk_->messages.size()) {
        if (chunk_->failed) return readFailure(*chunk_->failed);
        if (!chunk_->readError.empty()) return Error{"cannot read: " + chunk_->readError, "topic"};
        fetcher_->recycle(std::move(chunk_));
    }
    if (oldestMillis != std::numeric_limits<std::int64_t>::max()) batch.createdAt = steadyTimeOf(oldestMillis, now, procTime);
    counters_.addErrors(decoder_.skipped() - skippedBefore);
    counters_.bytesRead.fetch_add(bytes, std::memory_order_relaxed);
    emitted_ += batch.size();
    updateProgress();
    return true;
}

void KafkaSource::stopReading() {
    closed_ = true;
    fetcher_.reset();
    chunk_.reset();
}

void KafkaSource::notifyJobFinished() {
    if (!client_ || !commitsOffsets_) return;
    std::vector<Partition> offsets;
    for (const Partition& entry : partitions_) {
        std::int64_t offset = entry.nextOffset;
        std::int64_t low = -1;
        std::int64_t high = -1;
        // Nothing read from an earliest-offset partition: its beginning is where reading would
        // resume, as a Flink checkpoint records it. Other unread partitions stay uncommitted.
        if (offset < 0 && start_.mode == KafkaStartupMode::EarliestOffset &&
            !rd_kafka_query_watermark_offsets(client_->handle(), entry.topic.c_str(), entry.id, &low, &high,
                                              static_cast<int>(settings_.connectTimeout.count())))
            offset = low;
        if (offset >= 0) offsets.push_back({entry.topic, entry.id, offset, nullptr});
    }
    commit(offsets, false);
}

void KafkaSource::commit(const std::vector<Partition>& offsets, bool async) {
    PartitionList list(rd_kafka_topic_partition_list_new(static_cast<int>(offsets.size())));
    for (const Partition& entry : offsets) {
        if (entry.nextOffset >= 0)
            rd_kafka_topic_partition_list_add(list.get(), entry.topic.c_str(), entry.id)->offset = entry.nextOffset;
    }
    if (list->cnt > 0) rd_kafka_commit(client_->handle(), list.get(), async ? 1 : 0);
}

std::string KafkaSource::snapshotState() {
    checkpointOffsets_.clear();
    for (const Partition& entry : partitions_) {
        const std::int64_t offset = entry.nextOffset >= 0 ? entry.nextOffset : entry.startOffset;
        if (offset >= 0) checkpointOffsets_.push_back({entry.topic, entry.id, offset, nullptr});
    }
    // Before the first read (or after a restore with nothing read yet) the restored offsets still hold.
    if (partitions_.empty()) checkpointOffsets_ = restoredOffsets_;
    StateWriter writer;
    writer.writeCount(checkpointOffsets_.size());
    for (const Partition& entry : checkpointOffsets_) {
        writer.writeBytes(entry.topic);
        writer.writeInteger(entry.id);
        writer.writeInteger(entry.nextOffset);
    }
    return writer.take();
}

Status KafkaSource::restoreState(std::string_view state) {
    if (state.empty()) return Ok{};
    StateReader reader(state);
    const std::uint64_t count = reader.readItemCount();
    for (std::uint64_t i = 0; i < count && !reader.failed(); ++i) {
        Partition entry;
        entry.topic = reader.readBytes();
        entry.id = static_cast<std::int32_t>(reader.readInteger());
        entry.nextOffset = reader.readInteger();
        restoredOffsets_.push_back(std::move(entry));
    }
    return reader.finish();
}

void KafkaSource::notifyCheckpointComplete(std::uint64_t checkpointId) {
    (void)checkpointId;  // the offsets are those of the last snapshot: one checkpoint at a time
    // Flink commits only for a named group; failures are ignored there too (the checkpoint holds the truth).
    if (commitsOffsets_ && client_) commit(checkpointOffsets_, true);
}

}  // namespace sw::runtime
