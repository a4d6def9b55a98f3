#pragma once
// KafkaSource: Flink's kafka connector with the json format on the read side — assigned
// partitions from the scan.startup position, messages decoded into batches.

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/node.h"
#include "runtime/formats/json_row_decoder.h"
#include "runtime/kafka/kafka_fetcher.h"
#include "runtime/kafka/kafka_client.h"
#include "runtime/kafka/kafka_startup_position.h"
#include "runtime/metrics/metrics_registry.h"
#include "runtime/engine/operator.h"

struct rd_kafka_queue_s;
struct rd_kafka_message_s;
struct rd_kafka_topic_partition_list_s;

namespace sw::runtime {

struct KafkaSourceSettings {
    std::size_t batchRows = 1024;
    std::optional<std::uint64_t> recordLimit;  // the CLI's --max-records
    std::chrono::milliseconds connectTimeout{10000};
    std::chrono::milliseconds pollTimeout{50};  // a partly filled batch leaves after this
    // False (a preview run): the group's offsets are read (group-offsets) but never committed.
    bool commitOffsets = true;
    // The run dialog's "read to the topic's current end": each partition ends at the high
    // watermark it had when reading began, and the source ends when every partition did (a
    // bounded read of what is there now; Flink's scan.bounded.mode latest-offset, which Alibaba's
    // streaming-only connector does not take, so it is a run setting and never exported).
    bool toCurrentEnd = false;
};

class KafkaSource : public SourceOperator {
public:
    // `columns` is the node's output relation (declared columns, then a PROCTIME() column if any).
    // Nothing connects yet: the consumer starts on the stage's thread at the first next().
    static Result<std::unique_ptr<KafkaSource>> create(const model::Node& node, const std::vector<model::Column>& columns,
                                                       const KafkaSourceSettings& settings, MetricsRegistry& metrics,
                                                       NodeCounters& counters, const SecretResolver& secrets);
    ~KafkaSource() override;
    // The topics of the node's `topic` option, a ';'-separated list.
    static std::vector<std::string> topicsOf(const model::Node& node);

    Result<bool> next(Batch& batch, const std::atomic<bool>& stopping) override;
    // The position is the next offset of every partition read so far. A restored offset wins over
    // scan.startup.mode, as in Flink; partitions the checkpoint does not know start as configured.
    std::string snapshotState() override;
    Status restoreState(std::string_view state) override;
    // Commits the checkpoint's offsets to a user-named group.id (Flink commits on completion).
    void notifyCheckpointComplete(std::uint64_t checkpointId) override;
    // Commits the positions read to a user-named group.id: only once the whole job ended cleanly,
    // so a failed run restarted from group-offsets reads again what never reached a sink.
    void notifyJobFinished() override;
    // Whether the two above commit: a user-named group.id and settings.commitOffsets.
    bool commitsOffsets() const { return commitsOffsets_; }

private:
    struct Partition {
        std::string topic;
        std::int32_t id = 0;
        std::int64_t nextOffset = -1;  // after the last message read; -1 = nothing read yet
        PartitionGauge* gauge = nullptr;
        std::int64_t startOffset = -1;  // where reading began, when known: a checkpoint's position until a read
        std::int64_t endOffset = -1;    // settings.toCurrentEnd: the first offset not to read; -1 = unbounded
        // The consumer's position at its last partition-end event: past offsets that deliver no
        // message (transaction markers, aborted or compacted records), which nextOffset never passes.
        std::int64_t endEventOffset = -1;

        bool reachedEnd() const {
            return endOffset >= 0 && std::max({nextOffset, startOffset, endEventOffset}) >= endOffset;
        }
    };

    KafkaSource(const model::Node& node, JsonRowDecoder decoder, KafkaClientConfig config, KafkaStartupPosition start,
                const KafkaSourceSettings& settings, MetricsRegistry& metrics, NodeCounters& counters);
    Status connect();
    Status assignPartitions(const std::vector<KafkaTopicPartitions>& found);
    // settings.toCurrentEnd: fixes each partition's end at its high watermark, and resolves the
    // starts still symbolic in `list` (the earliest offset, the group's) so an empty range ends at once.
    Status fixEndOffsets(const rd_kafka_topic_partition_list_s& list);
    Partition& partition(std::string_view topic, std::int32_t id);
    // The job error for a message librdkafka reported an error for.
    Error readFailure(const rd_kafka_message_s& message) const;
    // Publishes each partition's next offset and lag behind the high watermark to the metrics.
    void updateProgress();
    // The source ends: no more fetching; the consumer stays for notifyJobFinished's commit.
    void stopReading();
    // Commits `offsets` (topic, partition, next offset) to the group; async does not wait for the broker.
    void commit(const std::vector<Partition>& offsets, bool async);

    std::string nodeId_;
    std::vector<std::string> topics_;
    std::string topicPattern_;
    bool hasProcTime_ = false;
    JsonRowDecoder decoder_;
    KafkaClientConfig config_;
    KafkaStartupPosition start_;
    KafkaSourceSettings settings_;
    MetricsRegistry& metrics_;
    NodeCounters& counters_;
    const bool namesGroup_;      // the user named a consumer group
    const bool commitsOffsets_;  // ... and the run may move it (not a preview)

    std::unique_ptr<KafkaClient> client_;
    rd_kafka_queue_s* queue_ = nullptr;
    std::unique_ptr<KafkaFetcher> fetcher_;  // started once the partitions are assigned
    std::unique_ptr<FetchedChunk> chunk_;    // the chunk being decoded, until all of it is
    std::size_t chunkCursor_ = 0;            // its next message
    std::vector<Partition> partitions_;
    std::vector<Partition> restoredOffsets_;    // from a checkpoint, applied when partitions are assigned
    std::vector<Partition> checkpointOffsets_;  // of the checkpoint in progress, committed on completion
    std::size_t lastPartition_ = 0;  // index of the partition the last message came from
    std::uint64_t emitted_ = 0;
    bool closed_ = false;
};

}  // namespace sw::runtime
