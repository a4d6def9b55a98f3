#pragma once
// Plan: a validated job graph turned into running operators — one thread per stage, bounded
// queues between them — with a metrics registry and a preview registry the UI and CLI poll.

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <iostream>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "kinds/node_kind.h"
#include "model/job_graph.h"
#include "runtime/engine/batch_queue.h"
#include "runtime/checkpoint/checkpoint_coordinator.h"
#include "runtime/kafka/kafka_client_config.h"
#include "runtime/metrics/metrics_registry.h"
#include "runtime/metrics/preview_registry.h"
#include "runtime/engine/stage.h"
#include "util/result.h"

namespace sw::runtime {

// Where a run keeps its checkpoints; interval, timeout and tolerable failures are job settings.
struct CheckpointOptions {
    std::filesystem::path directory;  // empty: no checkpoints, the run behaves as without them
    bool resume = false;              // restore the newest complete checkpoint in `directory`
};

struct PlanOptions {
    kinds::Dialect dialect = kinds::Dialect::AliyunVvr;  // the rules the job is validated with
    std::size_t batchRows = 1024;   // most rows per batch
    std::size_t queueCapacity = 8;  // batches per queue: the back-pressure threshold
    std::optional<std::uint64_t> sourceRecordLimit;  // each source ends after this many rows
    // Kafka clients fail when no broker answers within this (librdkafka alone retries forever).
    std::chrono::milliseconds kafkaConnectTimeout{10000};
    // A Kafka sink's message not delivered within this (brokers down) fails the job.
    std::chrono::milliseconds kafkaDeliveryTimeout = KafkaClientConfig::kDeliveryTimeout;
    std::ostream* standardOut = &std::cout;    // print sinks
    std::ostream* standardError = &std::cerr;  // print sinks with standard-error = true
    CheckpointOptions checkpoints;
    // A preview run: every sink is built as a capture (SinkCapture, read through previews())
    // instead of its writer, so nothing reaches a table, topic or stdout; sources and lookups
    // still read their real systems.
    bool captureSinks = false;
    // False for a preview run: Kafka sources commit no offsets to their group.id, neither at
    // checkpoints nor at the clean end, so a preview never moves a real consumer group.
    bool commitOffsets = true;
    // Kafka sources read to each partition's end as it was when reading began, then end (the
    // CLI's --to-current-end; see KafkaSourceSettings::toCurrentEnd).
    bool kafkaToCurrentEnd = false;
    // > 0: every node's output is sampled for Data Preview (its last previewRows rows, at most
    // every OutputSample::kInterval), read through previews().
    std::size_t previewRows = 0;
};

class Plan {
public:
    // Refuses a job with validation errors, and kinds the local runtime does not run yet; the
    // error names the node.
    static Result<std::unique_ptr<Plan>> build(const model::JobGraph& job, const PlanOptions& options = {});

    Plan(const Plan&) = delete;
    Plan& operator=(const Plan&) = delete;
    ~Plan();  // stops and joins whatever still runs

    void start();
    // Blocks until every thread ended; the first failure, naming its node, or Ok.
    Status wait();
    Status run() {
        start();
        return wait();
    }
    // Clean stop from any thread: sources end, the rest drains and flushes, wait() returns.
    // With checkpoints: a final checkpoint first, and open windows stay in it (no drain).
    void stop();
    // Fails the run at once with `reason` (a second Ctrl-C): no final checkpoint, no commit.
    void cancel(const Error& reason) { fail(reason); }
    // The source whose end stopped the checkpoints ("node 'gen'"), if one did.
    std::optional<std::string> checkpointsStoppedBy() const {
        return checkpoints_ ? checkpoints_->endedSource() : std::nullopt;
    }
    // True when every thread has ended (within `timeout`).
    bool waitFor(std::chrono::milliseconds timeout);

    MetricsRegistry& metrics() { return metrics_; }
    // Sampled outputs (previewRows) and sink captures (captureSinks); empty without either.
    PreviewRegistry& previews() { return previews_; }
    // The checkpoint a resumed run started from; 0 for a fresh run or without checkpoints.
    std::uint64_t restoredCheckpointId() const { return checkpoints_ ? checkpoints_->restoredId() : 0; }
    std::size_t threadCount() const { return stages_.size(); }
    // Where this run keeps less than the job asks for (e.g. exactly-once Kafka writes run
    // at-least-once), one line per node naming it, for the CLI and GUI to show before the start.
    const std::vector<std::string>& warnings() const { return warnings_; }

private:
    Plan() = default;
    friend class PlanBuilder;

    void runStage(Stage& stage);
    void fail(const Error& error);  // first failure wins; cancels every queue

    MetricsRegistry metrics_;
    PreviewRegistry previews_;
    std::unique_ptr<CheckpointCoordinator> checkpoints_;  // null without a checkpoint directory
    std::vector<std::unique_ptr<BatchQueue>> queues_;
    std::vector<std::unique_ptr<Stage>> stages_;
    std::vector<std::thread> threads_;
    std::vector<std::string> warnings_;

    std::atomic<bool> stopping_{false};
    std::mutex mutex_;  // guards running_ and failure_
    std::condition_variable ended_;
    std::size_t running_ = 0;
    std::optional<Error> failure_;
};

}  // namespace sw::runtime
