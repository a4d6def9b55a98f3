#include "runtime/engine/watermark_assigner.h"

#include <algorithm>

#include "runtime/engine/row_time.h"

namespace sw::runtime {

WatermarkAssigner::WatermarkAssigner(std::size_t timeColumn, std::string timeColumnName,
                                     std::chrono::milliseconds delay, std::chrono::milliseconds interval)
    : timeColumn_(timeColumn), timeColumnName_(std::move(timeColumnName)), delayMillis_(delay.count()),
      interval_(interval) {}

Status WatermarkAssigner::process(Batch& batch) {
    for (const expr::Row& row : batch.rows) {
        const expr::Value& time = row[timeColumn_];
        // Flink's watermark assigner fails the job on a NULL row time too.
        if (time.isNull()) return Error{"the row time '" + timeColumnName_ + "' is NULL", "schema.watermark"};
        current_ = std::max(current_, rowTimeMillis(time) - delayMillis_);
    }
    if (current_ != kNoWatermark && (sent_ == kNoWatermark || current_ - sent_ > interval_.count()))
        sendIfAdvanced(batch);
    return Ok{};
}

std::optional<SteadyTime> WatermarkAssigner::nextDeadline() const {
    if (interval_.count() == 0) return std::nullopt;  // as in Flink: no periodic timer
    return nextTimer_;
}

Status WatermarkAssigner::onTimer(SteadyTime now, Batch& out) {
    nextTimer_ = now + interval_;
    sendIfAdvanced(out);
    return Ok{};
}

void WatermarkAssigner::sendIfAdvanced(Batch& batch) {
    if (current_ <= sent_) return;
    sent_ = current_;
    batch.watermarkAfterRows = current_;
}

}  // namespace sw::runtime
