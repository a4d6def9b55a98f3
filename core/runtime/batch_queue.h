#pragma once
// BatchQueue: a bounded blocking queue of batches between threads; a full queue blocks the producer.

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>

#include "runtime/batch.h"

namespace sw::runtime {

struct QueueGauge;

class BatchQueue {
public:
    // `producers` threads will each call close() once; the queue ends after the last one.
    BatchQueue(std::size_t capacity, std::size_t producers, QueueGauge* gauge = nullptr);

    // Blocks while the queue is full (back-pressure). False when the queue was cancelled.
    bool push(Batch batch);
    // Blocks until a batch arrives. Nothing when every producer closed and the queue is drained,
    // or when the queue was cancelled.
    std::optional<Batch> pop();

    void close();   // one producer is done
    void cancel();  // stop now: wakes and releases every waiting producer and consumer

    std::size_t capacity() const { return capacity_; }
    // How many producers feed the queue: a checkpoint barrier arrives once from each.
    std::size_t producers() const { return producers_; }
    std::size_t size() const;

private:
    void publishSize();  // caller holds mutex_

    const std::size_t capacity_;
    const std::size_t producers_;
    std::size_t openProducers_;
    QueueGauge* gauge_;
    mutable std::mutex mutex_;
    std::condition_variable notFull_;
    std::condition_variable notEmpty_;
    std::deque<Batch> batches_;
    bool cancelled_ = false;
};

}  // namespace sw::runtime
