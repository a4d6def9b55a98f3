#pragma once
// WatermarkAssigner: generates the event-time watermark of a source that declares
// `WATERMARK FOR ts AS ts - INTERVAL delay`, as Flink's WatermarkAssignerOperator does.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "runtime/engine/operator.h"

namespace sw::runtime {

// Runs right behind its source, so rows a filter drops later still advance the watermark. The
// watermark is max(row time) - delay. It is sent after a batch whose rows moved it on by more
// than `interval` (Flink's eager emission; always with an interval of 0) and otherwise by the
// periodic timer every `interval` (pipeline.auto-watermark-interval, 200 ms by default). Flink
// checks the eager rule after every row; here it applies after the batch.
class WatermarkAssigner : public Operator {
public:
    WatermarkAssigner(std::size_t timeColumn, std::string timeColumnName, std::chrono::milliseconds delay,
                      std::chrono::milliseconds interval);

    Status process(Batch& batch) override;
    std::optional<SteadyTime> nextDeadline() const override;
    Status onTimer(SteadyTime now, Batch& out) override;

private:
    void sendIfAdvanced(Batch& batch);

    std::size_t timeColumn_;
    std::string timeColumnName_;
    std::int64_t delayMillis_;
    std::chrono::milliseconds interval_;
    std::int64_t current_ = kNoWatermark;  // max(row time) - delay so far
    std::int64_t sent_ = kNoWatermark;
    SteadyTime nextTimer_{};  // the first timer fires at once and starts the period
};

}  // namespace sw::runtime
