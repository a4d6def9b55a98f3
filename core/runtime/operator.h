#pragma once
// Operator interfaces: a source produces batches; an operator transforms or consumes them in place.

#include <atomic>
#include <memory>
#include <optional>

#include "runtime/batch.h"
#include "util/result.h"

namespace sw::runtime {

// Runs on its own thread (its stage's). Errors stop the job; the stage adds the node's name.
class SourceOperator {
public:
    virtual ~SourceOperator() = default;
    // Fills `batch` (cleared by the caller) with the next rows, waiting for a rate limit if any.
    // False when the source is finished: bounded input exhausted, or `stopping` was raised.
    virtual Result<bool> next(Batch& batch, const std::atomic<bool>& stopping) = 0;
};

// A filter, projection, union or sink: called on one thread, one batch at a time.
class Operator {
public:
    virtual ~Operator() = default;
    // Transforms `batch` in place; a sink writes it (and leaves it as it was).
    virtual Status process(Batch& batch) = 0;
    // End of stream, before finish(): rows the operator still holds (a window aggregate's open
    // windows) go into `out`, which then flows through the operators downstream like any batch.
    virtual Status endOfInput(Batch& out) {
        (void)out;
        return Ok{};
    }
    // End of stream: flush whatever is buffered.
    virtual Status finish() { return Ok{}; }

    // Processing-time timers (a sink's flush interval, a mini-batch's latency, the periodic
    // watermark): the earliest moment the operator wants onTimer(), if any. The stage wakes up for
    // it even while no data arrives, and calls onTimer() at or after that moment.
    virtual std::optional<SteadyTime> nextDeadline() const { return std::nullopt; }
    // Rows or a watermark the timer releases go into `out`, which flows downstream like any batch.
    virtual Status onTimer(SteadyTime now, Batch& out) {
        (void)now;
        (void)out;
        return Ok{};
    }
};

}  // namespace sw::runtime
