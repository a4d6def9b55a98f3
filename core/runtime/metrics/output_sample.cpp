#include "runtime/metrics/output_sample.h"

#include <algorithm>

namespace sw::runtime {

OutputSample::OutputSample(std::string nodeId, std::vector<model::Column> columns, std::size_t rows,
                           const NodeCounters& counters)
    : nodeId_(std::move(nodeId)), columns_(std::move(columns)), capacity_(rows), counters_(counters) {}

void OutputSample::take(const Batch& batch, SteadyTime now) {
    nextSample_ = now + kInterval;
    const std::size_t count = std::min(capacity_, batch.size());
    {
        std::lock_guard lock(mutex_);
        for (std::size_t i = batch.size() - count; i < batch.size(); ++i) rows_.push_back(batch.rows[i]);
        while (rows_.size() > capacity_) rows_.pop_front();
    }
    samples_.fetch_add(1, std::memory_order_release);
}

std::uint64_t OutputSample::version() const {
    return samples_.load(std::memory_order_acquire) + counters_.recordsOut.load(std::memory_order_relaxed);
}

protocol::NodePreview OutputSample::preview() const {
    protocol::NodePreview preview;
    preview.node = nodeId_;
    preview.mode = protocol::NodePreview::Mode::Output;
    preview.columns = columnNames(columns_);
    preview.total = counters_.recordsOut.load(std::memory_order_relaxed);
    std::deque<expr::Row> rows;
    {
        std::lock_guard lock(mutex_);
        rows = rows_;  // formatted outside the lock, so the node's thread never waits for it
    }
    for (const expr::Row& row : rows) preview.rows.push_back(previewRow(row, columns_));
    return preview;
}

}  // namespace sw::runtime
