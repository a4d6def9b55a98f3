#pragma once
// WindowAggregateOperator: TUMBLE / HOP event-time windows per group, fired by the watermark, as
// Flink's window table-valued function aggregation.

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "expr/eval/aggregate_function.h"
#include "runtime/metrics/metrics_registry.h"
#include "runtime/engine/operator.h"

namespace sw::runtime {

// Windows are [start, start + size) with starts aligned to the epoch (offset 0) every `slide`
// milliseconds; TUMBLE is slide == size. Output rows: window_start, window_end, the group-by
// values, then the outputs; all +I, emitted once per (window, group) when the watermark a batch
// carries reaches window_end - 1 ms, or at end of input. The watermark then travels on.
struct WindowSpec {
    std::int64_t sizeMillis = 0;
    std::int64_t slideMillis = 0;
    std::size_t timeColumn = 0;             // index of the rowtime column in the input
    std::string timeColumnName;             // for error messages
    std::vector<std::size_t> groupColumns;  // indexes of the group-by columns in the input
};

class WindowAggregateOperator : public Operator {
public:
    // `outputs` were compiled with keys [window_start, window_end, group-by columns...].
    // `counters` (may be null) receives the late rows dropped.
    WindowAggregateOperator(expr::AggregateOutputs outputs, WindowSpec spec, NodeCounters* counters);

    Status process(Batch& batch) override;
    Status endOfInput(Batch& out) override;

    std::int64_t watermark() const { return watermark_; }

    // Checkpoints: the watermark and every open window's groups with their accumulators.
    std::string snapshotState() const override;
    Status restoreState(std::string_view state) override;

private:
    struct Group {
        expr::Row keys;  // window_start, window_end, group-by values
        std::vector<std::unique_ptr<expr::Accumulator>> accumulators;
    };

    // Flink fires a window once the watermark passes its last millisecond; its rows are then late.
    bool fired(std::int64_t windowStart) const;
    Status accumulate(std::int64_t windowStart, const expr::Row& row, const expr::EvaluationContext& context);
    // Appends one row per group of every fired window, oldest window first, and forgets them.
    Status emitFired(Batch& out, const expr::EvaluationContext& context);

    expr::AggregateOutputs outputs_;
    WindowSpec spec_;
    std::int64_t watermark_ = kNoWatermark;  // the last one received
    NodeCounters* counters_;
    // Window start -> packed group key -> group. Ordered, so fired windows sit at the front and
    // groups come out in a stable order.
    std::map<std::int64_t, std::map<std::string, Group>> windows_;
};

}  // namespace sw::runtime
