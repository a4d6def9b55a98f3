#pragma once
// Batch: the unit that flows between operators — rows, a change kind per row, and a creation time.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

#include "expr/eval/value.h"

namespace sw::runtime {

// Flink's RowKind: appends are +I; an update is -U (old row) then +U (new row); -D deletes.
enum class ChangeKind : std::uint8_t { Insert, UpdateBefore, UpdateAfter, Delete };

// "+I", "-U", "+U", "-D" as Flink prints them.
const char* toShortString(ChangeKind kind);

using SteadyTime = std::chrono::steady_clock::time_point;

// Event-time watermarks are milliseconds since the epoch. kNoWatermark: none received yet;
// kFinalWatermark: Flink's last watermark at the end of bounded input, which fires every window.
inline constexpr std::int64_t kNoWatermark = std::numeric_limits<std::int64_t>::min();
inline constexpr std::int64_t kFinalWatermark = std::numeric_limits<std::int64_t>::max();

struct Batch {
    std::vector<expr::Row> rows;
    std::vector<ChangeKind> kinds;  // same length as rows
    // When the oldest row of this batch entered the job (source read/creation): the start of the
    // end-to-end latency a sink measures. Kept per batch, not per row, to keep the hot path small.
    SteadyTime createdAt{};
    // The event-time watermark that holds once this batch's rows were processed (Flink's
    // watermark record following them), if the batch carries one. A batch may carry only this.
    std::optional<std::int64_t> watermarkAfterRows;
    // Non-zero: not data but the barrier of that checkpoint (no rows). Everything before it in a
    // stream belongs to the checkpoint; sources emit nothing after it until the checkpoint ends.
    std::uint64_t checkpointId = 0;

    std::size_t size() const { return rows.size(); }
    bool empty() const { return rows.empty(); }
    // Nothing for the operators downstream: no rows, no watermark, no checkpoint barrier. The one
    // test every queue and stage uses to skip a batch, so a new kind of record a batch can carry
    // only has to be added here.
    bool carriesNothing() const { return empty() && !watermarkAfterRows && checkpointId == 0; }
    void clear();  // drops the rows; createdAt and the watermark stay
    void append(expr::Row row, ChangeKind kind = ChangeKind::Insert);
    // Keeps the rows whose flag is true, in order (kinds follow their rows).
    void keepWhere(const std::vector<bool>& keep);
};

}  // namespace sw::runtime
