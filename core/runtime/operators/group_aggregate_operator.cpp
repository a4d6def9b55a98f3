#include "runtime/operators/group_aggregate_operator.h"

#include <algorithm>

#include "runtime/engine/compiled_expressions.h"
#include "runtime/mysql/lookup_cache_codec.h"
#include "runtime/checkpoint/state_reader.h"
#include "runtime/checkpoint/state_writer.h"

namespace sw::runtime {

GroupAggregateOperator::GroupAggregateOperator(expr::AggregateOutputs outputs, std::vector<std::size_t> groupColumns,
                                               std::chrono::milliseconds stateTtl, MiniBatchSettings miniBatch,
                                               Clock clock)
    : outputs_(std::move(outputs)), groupColumns_(std::move(groupColumns)), stateTtl_(stateTtl),
      miniBatch_(miniBatch), clock_(std::move(clock)) {
    if (miniBatch_.latency.count() <= 0 || miniBatch_.size == 0) miniBatch_.enabled = false;
}

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
    const expr::EvaluationContext context{wallClockMicros()};
    if (!miniBatch_.enabled) sweep(now);
    out_.clear();
    out_.createdAt = batch.createdAt;
    out_.watermarkAfterRows = batch.watermarkAfterRows;
    // Rows arriving after the buffer's boundary belong to the next mini-batch (Flink's assigner
    // emits the boundary before them): the buffer flushes first.
    if (miniBatch_.enabled && bufferedRows_ > 0 && now >= bufferDue_) {
        if (auto flushed = flushBuffer(out_); !flushed) return flushed;
    }
    for (std::size_t i = 0; i < batch.rows.size(); ++i) {
        if (batch.kinds[i] != ChangeKind::Insert)
            return Error{"received an update or delete row; the local runtime aggregates append-only input", "groupBy"};
        std::string key = LookupCacheCodec::packKey(batch.rows[i], groupColumns_);
        if (!miniBatch_.enabled) {
            if (auto folded = fold(key, &batch.rows[i], 1, now, context, out_); !folded) return folded;
            continue;
        }
        if (bufferedRows_ == 0) {
            bufferDue_ = alignedBoundaryAfter(now);
            bufferCreatedAt_ = batch.createdAt;
        }
        bufferCreatedAt_ = std::min(bufferCreatedAt_, batch.createdAt);
        auto [entry, added] = bufferIndex_.try_emplace(key, buffer_.size());
        if (added) buffer_.push_back({std::move(key), {}});
        buffer_[entry->second].rows.push_back(std::move(batch.rows[i]));
        if (++bufferedRows_ >= miniBatch_.size) {
            if (auto flushed = flushBuffer(out_); !flushed) return flushed;
        }
    }
    // Flink puts a processing-time mini-batch assigner in front of this aggregate; it drops the
    // event-time watermarks and passes only the final one, on which the bundle is finished
    // (AbstractMapBundleOperator), so a watermark never overtakes buffered rows.
    if (miniBatch_.enabled && batch.watermarkAfterRows) {
        if (*batch.watermarkAfterRows != kFinalWatermark) {
            out_.watermarkAfterRows.reset();
        } else if (auto flushed = flushBuffer(out_); !flushed) {
            return flushed;
        }
    }
    std::swap(batch, out_);
    return Ok{};
}

Status GroupAggregateOperator::endOfInput(Batch& out) {
    return flushBuffer(out);
}

std::optional<SteadyTime> GroupAggregateOperator::nextDeadline() const {
    if (bufferedRows_ == 0) return std::nullopt;
    return bufferDue_;
}

SteadyTime GroupAggregateOperator::alignedBoundaryAfter(SteadyTime time) const {
    return time - time.time_since_epoch() % miniBatch_.latency + miniBatch_.latency;
}

Status GroupAggregateOperator::onTimer(SteadyTime, Batch& out) {
    return flushBuffer(out);
}

Status GroupAggregateOperator::flushBuffer(Batch& out) {
    if (bufferedRows_ == 0) return Ok{};
    const SteadyTime now = clock_();
    const expr::EvaluationContext context{wallClockMicros()};
    sweep(now);
    // The output's latency starts with its oldest buffered input, not with the flush.
    out.createdAt = out.empty() ? bufferCreatedAt_ : std::min(out.createdAt, bufferCreatedAt_);
    for (const BufferedKey& buffered : buffer_) {
        auto folded = fold(buffered.key, buffered.rows.data(), buffered.rows.size(), now, context, out);
        if (!folded) return folded;
    }
    buffer_.clear();
    bufferIndex_.clear();
    bufferedRows_ = 0;
    return Ok{};
}

Status GroupAggregateOperator::fold(const std::string& key, const expr::Row* rows, std::size_t count, SteadyTime now,
                                    const expr::EvaluationContext& context, Batch& out) {
    auto [entry, created] = groups_.try_emplace(key);
    Group& group = entry->second;
    if (!created && expired(group, now)) {
        group = Group{};  // Flink no longer sees the expired state: the key starts over
        created = true;
    }
    if (created) {
        for (std::size_t column : groupColumns_) group.keys.push_back(rows[0][column]);
        group.accumulators = outputs_.createAccumulators();
    }
    group.lastAccess = now;
    Error error;
    for (std::size_t i = 0; i < count; ++i) {
        if (!outputs_.accumulate(group.accumulators, rows[i], context, error)) return Error{error.message, "outputs"};
    }
    auto results = outputs_.results(group.keys, group.accumulators, context);
    if (!results) return Error{results.error().message, "outputs"};
    expr::Row updated = group.keys;
    updated.insert(updated.end(), std::make_move_iterator(results->begin()), std::make_move_iterator(results->end()));
    if (created) {
        out.append(updated, ChangeKind::Insert);
    } else if (stateTtl_.count() == 0 && updated == group.emitted) {
        return Ok{};  // unchanged result and no state cleaning: Flink emits nothing
    } else {
        out.append(group.emitted, ChangeKind::UpdateBefore);
        out.append(updated, ChangeKind::UpdateAfter);
    }
    group.emitted = std::move(updated);
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
    // Rows still waiting in the mini-batch buffer: a resumed run folds them in.
    writer.writeCount(buffer_.size());
    for (const BufferedKey& buffered : buffer_) {
        writer.writeBytes(buffered.key);
        writer.writeCount(buffered.rows.size());
        for (const expr::Row& row : buffered.rows) writer.writeRow(row);
    }
    return writer.take();
}

Status GroupAggregateOperator::restoreState(std::string_view state) {
    groups_.clear();
    buffer_.clear();
    bufferIndex_.clear();
    bufferedRows_ = 0;
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
    const std::uint64_t bufferedKeys = reader.readItemCount();
    for (std::uint64_t i = 0; i < bufferedKeys && !reader.failed(); ++i) {
        BufferedKey buffered{std::string(reader.readBytes()), {}};
        const std::uint64_t rows = reader.readItemCount();
        for (std::uint64_t r = 0; r < rows && !reader.failed(); ++r) buffered.rows.push_back(reader.readRow());
        bufferedRows_ += buffered.rows.size();
        bufferIndex_.emplace(buffered.key, buffer_.size());
        buffer_.push_back(std::move(buffered));
    }
    lastSweep_ = now;
    // The restored rows wait for the next boundary, as rows buffered now would; their original
    // arrival belongs to the previous run, so latency counts from the restore.
    bufferDue_ = alignedBoundaryAfter(now);
    bufferCreatedAt_ = std::chrono::steady_clock::now();
    return reader.finish();
}

}  // namespace sw::runtime
