#pragma once
// KafkaSink: Flink's kafka and upsert-kafka sinks with the json format — one message per row,
// keyed by the primary key columns; upsert-kafka writes -D rows as tombstones (null value).

#include <atomic>
#include <memory>
#include <string>
#include <vector>

#include "model/node.h"
#include "runtime/formats/json_row_encoder.h"
#include "runtime/kafka/kafka_client.h"
#include "runtime/engine/operator.h"
#include "runtime/metrics/metrics_registry.h"

namespace sw::runtime {

class KafkaSink : public Operator {
public:

    // `columns` are the rows the sink receives (its relation). A kind that writes updates
    // (upsert-kafka) keys every message by the primary key and writes a deletion as a tombstone;
    // one that only appends (kafka) writes every row as a message. Connects at once, within
    // `connectTimeout`, so a wrong address fails before any data moves. A message not delivered
    // within `deliveryTimeout` (message.timeout.ms) fails the job.
    static Result<std::unique_ptr<KafkaSink>> create(
        const model::Node& node, const std::vector<model::Column>& columns, std::chrono::milliseconds connectTimeout,
        const SecretResolver& secrets, std::chrono::milliseconds deliveryTimeout = KafkaClientConfig::kDeliveryTimeout);
    ~KafkaSink() override;

    // The key and value bytes sent go to counters->bytesWritten (none without counters).
    void countBytesIn(NodeCounters* counters) { counters_ = counters; }

    Status process(Batch& batch) override;
    // Waits for every delivery report: at-least-once, a failed delivery fails the job.
    Status finish() override;

private:
    enum class Partitioning { Default, Fixed, RoundRobin };

    KafkaSink(std::vector<model::Column> columns, std::vector<std::size_t> keyColumns);
    static void onDelivery(struct rd_kafka_s* handle, const struct rd_kafka_message_s* message, void* opaque);
    Status deliveryStatus() const;
    std::int32_t partitionFor();
    // Partitions of the sink's topic from a metadata request for it alone; 0 when unknown.
    int learnPartitionCount(std::chrono::milliseconds timeout);

    std::string topic_;
    bool upsert_ = false;
    Partitioning partitioning_ = Partitioning::Default;
    std::int32_t partitionCount_ = 1;
    std::uint64_t sent_ = 0;
    NodeCounters* counters_ = nullptr;
    JsonRowEncoder valueEncoder_;
    std::vector<std::size_t> keyColumns_;  // indexes of the primary key columns in the row
    JsonRowEncoder keyEncoder_;
    std::unique_ptr<KafkaClient> client_;
    // Longer than a message may wait for delivery, so an outage at the end of the run surfaces
    // as the failed delivery (naming the cause), not as an unfinished flush.
    std::chrono::milliseconds flushTimeout_{0};
    std::string value_;
    std::string key_;
    expr::Row keyRow_;

    // Written by delivery callbacks (served on this sink's thread), read by it: atomics for clarity.
    std::atomic<std::uint64_t> failed_{0};
    std::string firstFailure_;
};

}  // namespace sw::runtime
