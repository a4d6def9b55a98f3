#include "runtime/engine/batch_queue.h"

#include <algorithm>

#include "runtime/metrics/metrics_registry.h"

namespace sw::runtime {

BatchQueue::BatchQueue(std::size_t capacity, std::size_t producers, QueueGauge* gauge)
    : capacity_(capacity == 0 ? 1 : capacity), producers_(producers), openProducers_(producers), gauge_(gauge),
      producerWatermarks_(producers, kNoWatermark) {}

bool BatchQueue::push(std::size_t producer, Batch batch) {
    std::unique_lock lock(mutex_);
    notFull_.wait(lock, [&] { return cancelled_ || batches_.size() < capacity_; });
    if (cancelled_) return false;
    if (batch.watermarkAfterRows) batch.watermarkAfterRows = combineWatermark(producer, *batch.watermarkAfterRows);
    // A watermark that did not move the minimum leaves a batch that would only take a slot and
    // wake the consumer (the faster input of a union sends one every auto-watermark interval).
    if (batch.carriesNothing()) return true;
    batches_.push_back(std::move(batch));
    publishSize();
    lock.unlock();
    notEmpty_.notify_one();
    return true;
}

std::optional<Batch> BatchQueue::pop(std::optional<SteadyTime> deadline) {
    std::unique_lock lock(mutex_);
    const auto ready = [&] { return cancelled_ || !batches_.empty() || openProducers_ == 0; };
    if (!deadline) notEmpty_.wait(lock, ready);
    else if (!notEmpty_.wait_until(lock, *deadline, ready)) return std::nullopt;
    if (cancelled_ || batches_.empty()) return std::nullopt;
    Batch batch = std::move(batches_.front());
    batches_.pop_front();
    publishSize();
    lock.unlock();
    notFull_.notify_one();
    return batch;
}

bool BatchQueue::ended() const {
    std::lock_guard lock(mutex_);
    return cancelled_ || (openProducers_ == 0 && batches_.empty());
}

void BatchQueue::close(std::size_t producer) {
    {
        std::lock_guard lock(mutex_);
        if (openProducers_ > 0) --openProducers_;
        // A finished input no longer holds the others back (Flink sends its final watermark). The
        // new minimum travels in a batch of its own, beyond the capacity: at most one per producer.
        if (auto advanced = combineWatermark(producer, kFinalWatermark); advanced && openProducers_ > 0) {
            Batch watermarkOnly;
            watermarkOnly.createdAt = std::chrono::steady_clock::now();
            watermarkOnly.watermarkAfterRows = advanced;
            batches_.push_back(std::move(watermarkOnly));
            publishSize();
        }
    }
    notEmpty_.notify_all();
}

void BatchQueue::cancel() {
    {
        std::lock_guard lock(mutex_);
        cancelled_ = true;
    }
    notFull_.notify_all();
    notEmpty_.notify_all();
}

std::size_t BatchQueue::size() const {
    std::lock_guard lock(mutex_);
    return batches_.size();
}

std::optional<std::int64_t> BatchQueue::combineWatermark(std::size_t producer, std::int64_t watermark) {
    std::int64_t& own = producerWatermarks_.at(producer);
    own = std::max(own, watermark);
    const std::int64_t combined = *std::ranges::min_element(producerWatermarks_);
    if (combined <= sentWatermark_) return std::nullopt;
    sentWatermark_ = combined;
    return combined;
}

void BatchQueue::publishSize() {
    if (!gauge_) return;
    gauge_->size.store(batches_.size(), std::memory_order_relaxed);
    // The high-water mark shows back-pressure even between two polls.
    if (batches_.size() > gauge_->peak.load(std::memory_order_relaxed))
        gauge_->peak.store(batches_.size(), std::memory_order_relaxed);
}

}  // namespace sw::runtime
