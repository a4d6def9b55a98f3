#pragma once
// WatermarkTracker: the event-time watermark a window operator derives from the row times it sees,
// with the bounded out-of-orderness delay the upstream source declares.

#include <cstdint>
#include <limits>

#include "model/job_graph.h"
#include "util/result.h"

namespace sw::runtime {

// The local runtime carries no watermark records between operators. A window operator instead
// computes the watermark itself: max(row time seen) - delay, as the source's
// `WATERMARK FOR ts AS ts - INTERVAL delay` would. Limits: rows dropped upstream (a filter) do not
// advance it, and it advances per row rather than every 200 ms as Flink's periodic emission does,
// so a row that Flink would still count can be late here when it trails a much newer row closely.
class WatermarkTracker {
public:
    static constexpr std::int64_t kNone = std::numeric_limits<std::int64_t>::min();
    static constexpr std::int64_t kEnd = std::numeric_limits<std::int64_t>::max();

    // The delay of the source upstream of `node` that declares a watermark. Refuses a path with
    // several inputs (a union): one tracker sees only the merged rows, not each input's progress.
    static Result<WatermarkTracker> forNode(const model::JobGraph& job, const model::Node& node);
    explicit WatermarkTracker(std::int64_t delayMillis) : delayMillis_(delayMillis) {}

    void observe(std::int64_t eventMillis);
    // End of bounded input: Flink's final MAX watermark, which fires every window.
    void advanceToEnd() { current_ = kEnd; }
    // From a checkpoint: the watermark reached before (kNone: no row seen yet).
    void restore(std::int64_t current) { current_ = current; }
    // Milliseconds since the epoch; kNone before the first row.
    std::int64_t current() const { return current_; }
    std::int64_t delayMillis() const { return delayMillis_; }

private:
    std::int64_t delayMillis_ = 0;
    std::int64_t current_ = kNone;
};

}  // namespace sw::runtime
