#include "runtime/operators/datagen_source.h"

#include <algorithm>
#include <charconv>
#include <thread>

#include "runtime/engine/compiled_expressions.h"
#include "runtime/checkpoint/state_reader.h"
#include "runtime/checkpoint/state_writer.h"

namespace sw::runtime {

namespace {

// Generated string characters per batch: with 1 MiB strings a batch holds four rows, so the
// queues behind the source hold tens of MiB, not a full batch of 1 MiB rows each.
constexpr std::size_t kMaxBatchCharacters = std::size_t{4} << 20;

Result<std::optional<std::uint64_t>> readCount(const model::Node& node, const char* key) {
    const std::string text = node.option(key);
    if (text.empty()) return std::optional<std::uint64_t>{};
    std::uint64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size())
        return Error{"'" + text + "' is not a non-negative integer", std::string("option ") + key};
    return std::optional<std::uint64_t>{value};
}

}  // namespace

Result<std::unique_ptr<DatagenSource>> DatagenSource::create(const model::Node& node,
                                                             const std::vector<model::Column>& columns,
                                                             std::size_t maxBatchRows,
                                                             std::optional<std::uint64_t> recordLimit) {
    std::unique_ptr<DatagenSource> source(new DatagenSource());
    const auto bound = [&](std::optional<std::uint64_t> limit) {
        if (limit) source->totalRows_ = source->totalRows_ ? std::min(*source->totalRows_, *limit) : *limit;
    };
    std::size_t rowCharacters = 0;
    for (const model::Column& column : columns) {
        if (column.name == node.schema.procTimeColumn) {
            source->columns_.emplace_back();  // PROCTIME(): filled with the wall clock per batch
            continue;
        }
        auto generator = DatagenColumn::create(node, column);
        if (!generator) return generator.error();
        // Flink: a sequence column ends the source once its last value was emitted.
        bound(generator->sequenceLength());
        rowCharacters += generator->generatedCharacters();
        source->columns_.emplace_back(std::move(*generator));
    }
    auto rows = readCount(node, "number-of-rows");
    if (!rows) return rows.error();
    bound(*rows);
    bound(recordLimit);

    auto rate = readCount(node, "rows-per-second");
    if (!rate) return rate.error();
    source->rowsPerSecond_ = std::max<std::uint64_t>(1, rate->value_or(10000));
    // About 100 batches a second at low rates keeps latency low; full batches at high rates.
    const std::size_t rowsByCharacters = kMaxBatchCharacters / std::max<std::size_t>(1, rowCharacters);
    source->batchRows_ = std::clamp<std::size_t>(source->rowsPerSecond_ / 100, 1,
                                                 std::max<std::size_t>(1, std::min(maxBatchRows, rowsByCharacters)));
    return source;
}

bool DatagenSource::waitForRate(std::uint64_t rows, const std::atomic<bool>& stopping) {
    using namespace std::chrono;
    const auto due = started_ + duration_cast<steady_clock::duration>(
                                    duration<double>(static_cast<double>(emitted_ - rateBase_ + rows) /
                                                     static_cast<double>(rowsPerSecond_)));
    // The first batch is due at once; later ones when the rate allows them.
    while (!stopping.load(std::memory_order_relaxed)) {
        const auto now = steady_clock::now();
        if (emitted_ == rateBase_ || now >= due) return true;
        std::this_thread::sleep_for(std::min<steady_clock::duration>(due - now, milliseconds(50)));
    }
    return false;
}

Result<bool> DatagenSource::next(Batch& batch, const std::atomic<bool>& stopping) {
    if (started_ == std::chrono::steady_clock::time_point{}) started_ = std::chrono::steady_clock::now();
    if (pausedAt_) {
        started_ += std::chrono::steady_clock::now() - *pausedAt_;
        pausedAt_.reset();
    }
    std::size_t rows = batchRows_;
    if (totalRows_) rows = static_cast<std::size_t>(std::min<std::uint64_t>(rows, *totalRows_ - emitted_));
    if (rows == 0 || !waitForRate(rows, stopping)) return false;

    batch.createdAt = std::chrono::steady_clock::now();
    const std::int64_t now = wallClockMicros();
    batch.rows.reserve(rows);
    for (std::size_t r = 0; r < rows; ++r) {
        expr::Row row;
        row.reserve(columns_.size());
        for (const auto& column : columns_) {
            row.push_back(column ? column->generate(emitted_ + r, random_, now) : expr::Value(expr::Timestamp{now}));
        }
        batch.append(std::move(row));
    }
    emitted_ += rows;
    return true;
}

std::string DatagenSource::snapshotState() {
    pausedAt_ = std::chrono::steady_clock::now();
    StateWriter writer;
    writer.writeCount(emitted_);
    return writer.take();
}

Status DatagenSource::restoreState(std::string_view state) {
    if (state.empty()) return Ok{};
    StateReader reader(state);
    const std::uint64_t emitted = reader.readCount();
    if (auto read = reader.finish(); !read) return read;
    if (totalRows_ && emitted > *totalRows_)
        return Error{"the checkpoint says " + std::to_string(emitted) + " rows were emitted, but the source ends after " +
                         std::to_string(*totalRows_),
                     "state"};
    emitted_ = emitted;
    rateBase_ = emitted;
    return Ok{};
}

}  // namespace sw::runtime
