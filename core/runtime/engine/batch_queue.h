#pragma once
// BatchQueue: a bounded blocking queue of batches between threads; a full queue blocks the producer.

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <vector>

#include "runtime/engine/batch.h"

namespace sw::runtime {

struct QueueGauge;

// Producers are numbered 0..producers-1. The watermark a popped batch carries is the minimum over
// the producers' watermarks (Flink's rule for an operator with several inputs), sent only when that
// minimum advances; a closed producer no longer holds it back. No input is ever treated as idle,
// as Flink's default table.exec.source.idle-timeout of 0 says.
class BatchQueue {
public:
    // `producers` threads will each call close() once; the queue ends after the last one.
    BatchQueue(std::size_t capacity, std::size_t producers, QueueGauge* gauge = nullptr);

    // Blocks while the queue is full (back-pressure). False when the queue was cancelled. A batch
    // that carries nothing once its watermark is combined (Batch::carriesNothing) is not queued.
    bool push(std::size_t producer, Batch batch);
    // Blocks until a batch arrives or `deadline` passes. Nothing when every producer closed and the
    // queue is drained, when the queue was cancelled (both: ended()), or at the deadline.
    std::optional<Batch> pop(std::optional<SteadyTime> deadline = std::nullopt);
    bool ended() const;

    void close(std::size_t producer);  // this producer is done
    void cancel();                     // stop now: wakes and releases every waiting producer and consumer

    std::size_t capacity() const { return capacity_; }
    // How many producers feed the queue: a checkpoint barrier arrives once from each.
    std::size_t producers() const { return producers_; }
    std::size_t size() const;

private:
    void publishSize();  // caller holds mutex_
    // Records `producer`'s watermark; the combined one when it advanced. Caller holds mutex_.
    std::optional<std::int64_t> combineWatermark(std::size_t producer, std::int64_t watermark);

    const std::size_t capacity_;
    const std::size_t producers_;
    std::size_t openProducers_;
    QueueGauge* gauge_;
    mutable std::mutex mutex_;
    std::condition_variable notFull_;
    std::condition_variable notEmpty_;
    std::deque<Batch> batches_;
    std::vector<std::int64_t> producerWatermarks_;
    std::int64_t sentWatermark_ = kNoWatermark;
    bool cancelled_ = false;
};

}  // namespace sw::runtime
