#include "runtime/group_aggregate_operator.h"

#include "runtime/compiled_expressions.h"
#include "runtime/lookup_cache_codec.h"
#include "runtime/state_reader.h"
#include "runtime/state_writer.h"

namespace sw::runtime {

GroupAggregateOperator::GroupAggregateOperator(expr::AggregateOutputs outputs, std::vector<std::size_t> groupColumns,
                                               std::chrono::milliseconds stateTtl, Clock clock)
    : outputs_(std::move(outputs)), groupColumns_(std::move(groupColumns)), stateTtl_(stateTtl),
      clock_(std::move(clock)) {}

bool GroupAggregateOperator::expired(const Group& group, SteadyTime now) const {
    return stateTtl_.count() > 0 && now - group.lastAccess > stateTtl_;
}

void GroupAggregateOperator::sweep(SteadyTime now) {
    if (stateTtl_.count() == 0 || now - lastSweep_ < stateTtl_) return;
    lastSweep_ = now;
    std::erase_if(groups_, [&](const auto& entry) { return expired(entry.second, now); });
}

Status GroupAggregateOperator::process(Batch& batch) {
    const SteadyTime now = clock_();
    sweep(now);
    const expr::EvaluationContext context{wallClockMicros()};
    out_.clear();
    out_.createdAt = batch.createdAt;
    Error error;
    for (std::size_t i = 0; i < batch.rows.size(); ++i) {
        if (batch.kinds[i] != ChangeKind::Insert)
            return Error{"received an update or delete row; the local runtime aggregates append-only input", "groupBy"};
        const expr::Row& row = batch.rows[i];
        auto [entry, created] = groups_.try_emplace(LookupCacheCodec::packKey(row, groupColumns_));
        Group& group = entry->second;
        if (!created && expired(group, now)) {
            group = Group{};  // Flink no longer sees the expired state: the key starts over
            created = true;
        }
        if (created) {
            for (std::size_t column : groupColumns_) group.keys.push_back(row[column]);
            group.accumulators = outputs_.createAccumulators();
        }
        group.lastAccess = now;
        if (!outputs_.accumulate(group.accumulators, row, context, error)) return Error{error.message, "outputs"};
        auto results = outputs_.results(group.keys, group.accumulators, context);
        if (!results) return Error{results.error().message, "outputs"};
        expr::Row updated = group.keys;
        updated.insert(updated.end(), std::make_move_iterator(results->begin()),
                       std::make_move_iterator(results->end()));
        if (created) {
            out_.append(updated, ChangeKind::Insert);
        } else if (stateTtl_.count() == 0 && updated == group.emitted) {
            continue;  // unchanged result and no state cleaning: Flink emits nothing
        } else {
            out_.append(group.emitted, ChangeKind::UpdateBefore);
            out_.append(updated, ChangeKind::UpdateAfter);
        }
        group.emitted = std::move(updated);
    }
    std::swap(batch, out_);
    return Ok{};
}

std::string GroupAggregateOperator::snapshotState() const {
    const SteadyTime now = clock_();
    StateWriter writer;
    writer.writeCount(groups_.size());
    for (const auto& [key, group] : groups_) {
        writer.writeBytes(key);
        writer.writeRow(group.keys);
        writer.writeRow(group.emitted);
        writer.writeCount(static_cast<std::uint64_t>(
            std::max<std::int64_t>(0, std::chrono::duration_cast<std::chrono::milliseconds>(now - group.lastAccess).count())));
        writer.writeAccumulators(group.accumulators);
    }
    return writer.take();
}

Status GroupAggregateOperator::restoreState(std::string_view state) {
    groups_.clear();
    if (state.empty()) return Ok{};
    const SteadyTime now = clock_();
    StateReader reader(state);
    const std::uint64_t count = reader.readItemCount();
    groups_.reserve(count);
    for (std::uint64_t i = 0; i < count && !reader.failed(); ++i) {
        std::string key(reader.readBytes());
        Group group;
        group.keys = reader.readRow();
        group.emitted = reader.readRow();
        group.lastAccess = now - std::chrono::milliseconds(reader.readCount());
        group.accumulators = reader.readAccumulators(outputs_);
        groups_.emplace(std::move(key), std::move(group));
    }
    lastSweep_ = now;
    return reader.finish();
}

}  // namespace sw::runtime
