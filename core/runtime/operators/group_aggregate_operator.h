#pragma once
// GroupAggregateOperator: a continuous GROUP BY (window.kind NONE) whose results update in place,
// as Flink's non-windowed GroupAggregate, with or without mini-batch.

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "expr/eval/aggregate_function.h"
#include "runtime/engine/operator.h"

namespace sw::runtime {

// The job's table.exec.mini-batch.* settings; off unless enabled with a latency and a size > 0.
struct MiniBatchSettings {
    bool enabled = false;
    std::chrono::milliseconds latency{0};  // allow-latency: the longest a row waits in the buffer
    std::size_t size = 0;                  // the most rows buffered
};

// Without mini-batch, per input row: +I [keys, results] for a key seen first, else -U [old] then
// +U [new]. With mini-batch (Flink's MiniBatchGroupAggFunction) rows are buffered per key until
// `size` rows are buffered, the next multiple of `latency` on the clock passes (Flink's
// epoch-aligned mini-batch boundaries), a watermark arrives or the input ends; then each
// buffered key folds all its rows and emits once: +I, or -U/+U against its previous result.
// State TTL (`stateTtl`, the job's table.exec.state.ttl; 0 = keep forever) is on processing time
// like Flink's: a key idle longer than the TTL is forgotten, so its next row starts over with +I.
// With a TTL of 0 an update that leaves the result unchanged emits nothing, as Flink does when
// state cleaning is off.
class GroupAggregateOperator : public Operator {
public:
    using Clock = std::function<SteadyTime()>;

    // `outputs` were compiled with keys = the group-by columns, found at `groupColumns` of the input.
    GroupAggregateOperator(expr::AggregateOutputs outputs, std::vector<std::size_t> groupColumns,
                           std::chrono::milliseconds stateTtl, MiniBatchSettings miniBatch, Clock clock);

    Status process(Batch& batch) override;
    Status endOfInput(Batch& out) override;
    std::optional<SteadyTime> nextDeadline() const override;
    Status onTimer(SteadyTime now, Batch& out) override;

    std::size_t keyCount() const { return groups_.size(); }

    // Checkpoints: every key's values, accumulators, last emitted result and idle time (the TTL
    // clock goes on from there after a restore), and the rows waiting in the mini-batch buffer.
    std::string snapshotState() const override;
    Status restoreState(std::string_view state) override;

private:
    struct Group {
        expr::Row keys;
        std::vector<std::unique_ptr<expr::Accumulator>> accumulators;
        expr::Row emitted;  // the last result row sent downstream
        SteadyTime lastAccess{};
    };
    // Buffered rows of one key, in arrival order; keys in the order they first arrived.
    struct BufferedKey {
        std::string key;
        std::vector<expr::Row> rows;
    };

    bool expired(const Group& group, SteadyTime now) const;
    // Forgets idle keys, at most once per TTL so a batch does not scan the whole state.
    void sweep(SteadyTime now);
    // Folds `rows` (all of the key `key`) into its group and appends the resulting change to `out`.
    Status fold(const std::string& key, const expr::Row* rows, std::size_t count, SteadyTime now,
                const expr::EvaluationContext& context, Batch& out);
    Status flushBuffer(Batch& out);
    // The first multiple of the latency after `time` (Flink's epoch-aligned mini-batch boundaries).
    SteadyTime alignedBoundaryAfter(SteadyTime time) const;

    expr::AggregateOutputs outputs_;
    std::vector<std::size_t> groupColumns_;
    std::chrono::milliseconds stateTtl_;
    MiniBatchSettings miniBatch_;
    Clock clock_;
    SteadyTime lastSweep_{};
    std::unordered_map<std::string, Group> groups_;  // by packed group-by values
    Batch out_;                                      // output under construction, swapped in

    std::vector<BufferedKey> buffer_;
    std::unordered_map<std::string, std::size_t> bufferIndex_;  // packed key -> index in buffer_
    std::size_t bufferedRows_ = 0;
    SteadyTime bufferDue_{};        // the mini-batch boundary that flushes the buffer
    SteadyTime bufferCreatedAt_{};  // the oldest Batch::createdAt among the buffered rows
};

}  // namespace sw::runtime
