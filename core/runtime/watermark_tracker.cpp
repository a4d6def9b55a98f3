#include "runtime/watermark_tracker.h"

#include <algorithm>

#include "runtime/compiled_expressions.h"

namespace sw::runtime {

Result<WatermarkTracker> WatermarkTracker::forNode(const model::JobGraph& job, const model::Node& node) {
    const model::Node* current = &node;
    // Validation guarantees the time column is a rowtime attribute, so a declaring source exists.
    while (true) {
        const auto edges = job.incoming(current->id);
        if (edges.size() != 1) {
            return Error{"the window's input passes through '" + current->name +
                             "', which has several inputs; the local runtime derives the watermark from a "
                             "single input path and does not run event-time windows behind a union",
                         nodeLocation(node)};
        }
        current = job.findNode(edges.front()->fromNode);
        if (!current) return Error{"the window's input node is missing", nodeLocation(node)};
        if (current->schema.watermark) return WatermarkTracker(current->schema.watermark->delay.count());
        if (job.incoming(current->id).empty()) {
            return Error{"no source upstream declares a watermark for the window's time column",
                         nodeLocation(node)};
        }
    }
}

void WatermarkTracker::observe(std::int64_t eventMillis) {
    if (current_ == kEnd) return;
    current_ = std::max(current_, eventMillis - delayMillis_);
}

}  // namespace sw::runtime
