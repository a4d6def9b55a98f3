#pragma once
// DatagenSource: Flink's datagen connector — generated rows at a rate, bounded or unbounded.

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <random>
#include <vector>

#include "model/node.h"
#include "runtime/operators/datagen_column.h"
#include "runtime/engine/operator.h"

namespace sw::runtime {

class DatagenSource : public SourceOperator {
public:
    // `columns` is the node's output relation: declared columns, then a PROCTIME() column if any.
    // `recordLimit` caps the rows (the CLI's --max-records) on top of number-of-rows.
    static Result<std::unique_ptr<DatagenSource>> create(const model::Node& node,
                                                         const std::vector<model::Column>& columns,
                                                         std::size_t maxBatchRows,
                                                         std::optional<std::uint64_t> recordLimit);

    Result<bool> next(Batch& batch, const std::atomic<bool>& stopping) override;
    // The position is the count of rows emitted: sequences continue after the last value sent;
    // random columns draw new values.
    std::string snapshotState() override;
    Status restoreState(std::string_view state) override;

    // Rows this source emits before it ends; nothing = unbounded.
    std::optional<std::uint64_t> totalRows() const { return totalRows_; }

private:
    DatagenSource() = default;
    // Sleeps (in short slices, so stop() is prompt) until `rows` more rows are within the rate.
    bool waitForRate(std::uint64_t rows, const std::atomic<bool>& stopping);

    std::vector<std::optional<DatagenColumn>> columns_;  // empty optional: processing-time column
    std::optional<std::uint64_t> totalRows_;
    std::uint64_t rowsPerSecond_ = 10000;
    std::size_t batchRows_ = 1;
    std::uint64_t emitted_ = 0;
    std::uint64_t rateBase_ = 0;  // emitted_ when this run started: the rate counts from there
    std::chrono::steady_clock::time_point started_{};
    // Set by snapshotState(): the source then pauses until the checkpoint resolved, and the next
    // next() shifts started_ by the pause, so the rate does not catch up with a burst.
    std::optional<std::chrono::steady_clock::time_point> pausedAt_;
    std::mt19937_64 random_{std::random_device{}()};
};

}  // namespace sw::runtime
