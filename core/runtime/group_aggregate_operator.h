#pragma once
// GroupAggregateOperator: a continuous GROUP BY (window.kind NONE) whose results update in place,
// as Flink's non-windowed GroupAggregate without mini-batch.

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "expr/aggregate_function.h"
#include "runtime/operator.h"

namespace sw::runtime {

// Per input row: +I [keys, results] for a key seen first, else -U [old] then +U [new].
// State TTL (`stateTtl`, the job's table.exec.state.ttl; 0 = keep forever) is on processing time
// like Flink's: a key idle longer than the TTL is forgotten, so its next row starts over with +I.
// With a TTL of 0 an update that leaves the result unchanged emits nothing, as Flink does when
// state cleaning is off. Mini-batch (which Flink folds per batch before emitting) is not
// modelled: the final result per key is the same, the intermediate updates are per row.
class GroupAggregateOperator : public Operator {
public:
    using Clock = std::function<SteadyTime()>;

    // `outputs` were compiled with keys = the group-by columns, found at `groupColumns` of the input.
    GroupAggregateOperator(expr::AggregateOutputs outputs, std::vector<std::size_t> groupColumns,
                           std::chrono::milliseconds stateTtl, Clock clock);

    Status process(Batch& batch) override;

    std::size_t keyCount() const { return groups_.size(); }

    // Checkpoints: every key's values, accumulators, last emitted result and idle time (the TTL
    // clock goes on from there after a restore).
    std::string snapshotState() const override;
    Status restoreState(std::string_view state) override;

private:
    struct Group {
        expr::Row keys;
        std::vector<std::unique_ptr<expr::Accumulator>> accumulators;
        expr::Row emitted;  // the last result row sent downstream
        SteadyTime lastAccess{};
    };

    bool expired(const Group& group, SteadyTime now) const;
    // Forgets idle keys, at most once per TTL so a batch does not scan the whole state.
    void sweep(SteadyTime now);

    expr::AggregateOutputs outputs_;
    std::vector<std::size_t> groupColumns_;
    std::chrono::milliseconds stateTtl_;
    Clock clock_;
    SteadyTime lastSweep_{};
    std::unordered_map<std::string, Group> groups_;  // by packed group-by values
    Batch out_;                                      // output under construction, swapped in
};

}  // namespace sw::runtime
