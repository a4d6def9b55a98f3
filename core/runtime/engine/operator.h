#pragma once
// Operator interfaces: a source produces batches; an operator transforms or consumes them in place.

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "runtime/engine/batch.h"
#include "util/result.h"

namespace sw::runtime {

// The restore of an operator that keeps no state: only an empty state fits.
inline Status refuseState(std::string_view state) {
    if (state.empty()) return Ok{};
    return Error{"the checkpoint holds state for this node, but its operator keeps none", "state"};
}

// Runs on its own thread (its stage's). Errors stop the job; the stage adds the node's name.
class SourceOperator {
public:
    virtual ~SourceOperator() = default;
    // Fills `batch` (cleared by the caller) with the next rows, waiting for a rate limit if any.
    // False when the source is finished: bounded input exhausted, or `stopping` was raised.
    virtual Result<bool> next(Batch& batch, const std::atomic<bool>& stopping) = 0;

    // Checkpoints (between next() calls, on the source's thread): the position reached so far,
    // packed by StateWriter; restoreState() of it, before the first next(), continues from there.
    virtual std::string snapshotState() { return {}; }
    virtual Status restoreState(std::string_view state) { return refuseState(state); }
    // The checkpoint whose position snapshotState() gave is complete (Kafka commits its offsets).
    virtual void notifyCheckpointComplete(std::uint64_t checkpointId) { (void)checkpointId; }
    // Every stage of the job ended without a failure, so every row read reached its sinks and they
    // flushed (Kafka commits the positions read). Never called after a failure or a cancel.
    virtual void notifyJobFinished() {}
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

    // Checkpoints, on the operator's thread when the barrier reaches it: the state the operator
    // keeps across batches (window contents, aggregates), packed by StateWriter; empty when it
    // keeps none. restoreState() of it, before the first batch, continues from there.
    virtual std::string snapshotState() const { return {}; }
    virtual Status restoreState(std::string_view state) { return refuseState(state); }
    // Checkpoints: write out what is buffered so the checkpoint covers it. finish() of every
    // operator only flushes today; one whose finish() does more must override this.
    virtual Status flushForCheckpoint() { return finish(); }
};

}  // namespace sw::runtime
