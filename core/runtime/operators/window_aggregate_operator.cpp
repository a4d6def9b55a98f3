#include "runtime/operators/window_aggregate_operator.h"

#include <algorithm>

#include "expr/eval/temporal.h"
#include "runtime/engine/compiled_expressions.h"
#include "runtime/mysql/lookup_cache_codec.h"
#include "runtime/engine/row_time.h"
#include "runtime/checkpoint/state_reader.h"
#include "runtime/checkpoint/state_writer.h"

namespace sw::runtime {

WindowAggregateOperator::WindowAggregateOperator(expr::AggregateOutputs outputs, WindowSpec spec,
                                                 NodeCounters* counters)
    : outputs_(std::move(outputs)), spec_(std::move(spec)), counters_(counters) {}

bool WindowAggregateOperator::fired(std::int64_t windowStart) const {
    return watermark_ != kNoWatermark && windowStart + spec_.sizeMillis - 1 <= watermark_;
}

Status WindowAggregateOperator::process(Batch& batch) {
    const expr::EvaluationContext context{wallClockMicros()};
    std::uint64_t late = 0;
    for (std::size_t i = 0; i < batch.rows.size(); ++i) {
        if (batch.kinds[i] != ChangeKind::Insert)
            return Error{"received an update or delete row; windows aggregate append-only input", "outputs"};
        const expr::Row& row = batch.rows[i];
        const expr::Value& time = row[spec_.timeColumn];
        if (time.isNull()) {
            // Flink fails the job too: a row without a row time cannot be placed in a window.
            return Error{"the time column '" + spec_.timeColumnName + "' is NULL", "window.time-column"};
        }
        const std::int64_t millis = rowTimeMillis(time);
        const std::int64_t lastStart = expr::temporal::floorDiv(millis, spec_.slideMillis) * spec_.slideMillis;
        bool counted = false;
        // A row of a fired window still counts in its later windows that have not fired (HOP),
        // as Flink's slicing windows do; it is late only when all of them have fired.
        for (std::int64_t start = lastStart; start > millis - spec_.sizeMillis; start -= spec_.slideMillis) {
            if (fired(start)) continue;
            counted = true;
            if (auto added = accumulate(start, row, context); !added) return added;
        }
        if (!counted) ++late;
    }
    if (late > 0 && counters_) counters_->lateRecordsDropped.fetch_add(late, std::memory_order_relaxed);
    batch.clear();  // keeps the batch's watermark, which follows the windows it fires
    if (batch.watermarkAfterRows) watermark_ = std::max(watermark_, *batch.watermarkAfterRows);
    return emitFired(batch, context);
}

Status WindowAggregateOperator::endOfInput(Batch& out) {
    watermark_ = kFinalWatermark;
    return emitFired(out, expr::EvaluationContext{wallClockMicros()});
}

Status WindowAggregateOperator::accumulate(std::int64_t windowStart, const expr::Row& row,
                                           const expr::EvaluationContext& context) {
    auto& groups = windows_[windowStart];
    auto [entry, created] = groups.try_emplace(LookupCacheCodec::packKey(row, spec_.groupColumns));
    Group& group = entry->second;
    if (created) {
        group.keys.reserve(2 + spec_.groupColumns.size());
        group.keys.emplace_back(expr::Timestamp{windowStart * 1000});
        group.keys.emplace_back(expr::Timestamp{(windowStart + spec_.sizeMillis) * 1000});
        for (std::size_t column : spec_.groupColumns) group.keys.push_back(row[column]);
        group.accumulators = outputs_.createAccumulators();
    }
    Error error;
    if (!outputs_.accumulate(group.accumulators, row, context, error)) return Error{error.message, "outputs"};
    return Ok{};
}

Status WindowAggregateOperator::emitFired(Batch& out, const expr::EvaluationContext& context) {
    while (!windows_.empty() && fired(windows_.begin()->first)) {
        for (auto& [key, group] : windows_.begin()->second) {
            auto results = outputs_.results(group.keys, group.accumulators, context);
            if (!results) return Error{results.error().message, "outputs"};
            expr::Row row = group.keys;
            row.insert(row.end(), std::make_move_iterator(results->begin()), std::make_move_iterator(results->end()));
            out.append(std::move(row));
        }
        windows_.erase(windows_.begin());
    }
    return Ok{};
}

std::string WindowAggregateOperator::snapshotState() const {
    StateWriter writer;
    writer.writeInteger(watermark_);
    writer.writeCount(windows_.size());
    for (const auto& [start, groups] : windows_) {
        writer.writeInteger(start);
        writer.writeCount(groups.size());
        for (const auto& [key, group] : groups) {
            writer.writeBytes(key);
            writer.writeRow(group.keys);
            writer.writeAccumulators(group.accumulators);
        }
    }
    return writer.take();
}

Status WindowAggregateOperator::restoreState(std::string_view state) {
    windows_.clear();
    if (state.empty()) return Ok{};
    StateReader reader(state);
    watermark_ = reader.readInteger();
    const std::uint64_t windows = reader.readItemCount();
    for (std::uint64_t w = 0; w < windows && !reader.failed(); ++w) {
        auto& groups = windows_[reader.readInteger()];
        const std::uint64_t count = reader.readItemCount();
        for (std::uint64_t g = 0; g < count && !reader.failed(); ++g) {
            std::string key(reader.readBytes());
            Group group;
            group.keys = reader.readRow();
            group.accumulators = reader.readAccumulators(outputs_);
            groups.emplace(std::move(key), std::move(group));
        }
    }
    return reader.finish();
}

}  // namespace sw::runtime
