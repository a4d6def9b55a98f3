#pragma once
// OutputSample: a node's newest output rows for Data Preview, sampled on the node's own thread
// at most every kInterval so the pipeline hardly pays for it (docs/benchmarks.md).

#include <atomic>
#include <chrono>
#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <vector>

#include "runtime/engine/batch.h"
#include "runtime/metrics/metrics_registry.h"
#include "runtime/metrics/node_preview_source.h"

namespace sw::runtime {

class OutputSample : public NodePreviewSource {
public:
    static constexpr std::chrono::milliseconds kInterval{200};

    // Keeps the last `rows` rows of the node's output, whose records `counters` counts.
    OutputSample(std::string nodeId, std::vector<model::Column> columns, std::size_t rows,
                 const NodeCounters& counters);

    // The node's thread, per output batch: copies the batch's last rows when the previous copy
    // is kInterval old, and does nothing else (no lock, no copy) in between. So a fast stream
    // shows a row of every fifth of a second, and the last rows of a bounded one may be missed.
    void offer(const Batch& batch, SteadyTime now) {
        if (now < nextSample_ || batch.empty()) return;
        take(batch, now);
    }

    // Samples taken plus records counted: grows with either, so a total that grew after the
    // last sample still counts as a change.
    std::uint64_t version() const override;
    protocol::NodePreview preview() const override;

private:
    void take(const Batch& batch, SteadyTime now);

    const std::string nodeId_;
    const std::vector<model::Column> columns_;
    const std::size_t capacity_;
    const NodeCounters& counters_;
    SteadyTime nextSample_{};  // the node's thread only

    mutable std::mutex mutex_;  // guards rows_ between the node's thread and readers
    std::deque<expr::Row> rows_;
    std::atomic<std::uint64_t> samples_{0};
};

}  // namespace sw::runtime
