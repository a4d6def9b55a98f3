#include "runtime/batch_queue.h"

#include "runtime/metrics_registry.h"

namespace sw::runtime {

BatchQueue::BatchQueue(std::size_t capacity, std::size_t producers, QueueGauge* gauge)
    : capacity_(capacity == 0 ? 1 : capacity), producers_(producers), openProducers_(producers), gauge_(gauge) {}

bool BatchQueue::push(Batch batch) {
    std::unique_lock lock(mutex_);
    notFull_.wait(lock, [&] { return cancelled_ || batches_.size() < capacity_; });
    if (cancelled_) return false;
    batches_.push_back(std::move(batch));
    publishSize();
    lock.unlock();
    notEmpty_.notify_one();
    return true;
}

std::optional<Batch> BatchQueue::pop() {
    std::unique_lock lock(mutex_);
    notEmpty_.wait(lock, [&] { return cancelled_ || !batches_.empty() || openProducers_ == 0; });
    if (cancelled_ || batches_.empty()) return std::nullopt;
    Batch batch = std::move(batches_.front());
    batches_.pop_front();
    publishSize();
    lock.unlock();
    notFull_.notify_one();
    return batch;
}

void BatchQueue::close() {
    {
        std::lock_guard lock(mutex_);
        if (openProducers_ > 0) --openProducers_;
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

void BatchQueue::publishSize() {
    if (!gauge_) return;
    gauge_->size.store(batches_.size(), std::memory_order_relaxed);
    // The high-water mark shows back-pressure even between two polls.
    if (batches_.size() > gauge_->peak.load(std::memory_order_relaxed))
        gauge_->peak.store(batches_.size(), std::memory_order_relaxed);
}

}  // namespace sw::runtime
