#pragma once
// CaptureSink: a sink of a preview run (PlanOptions::captureSinks) — hands every batch to its
// SinkCapture and writes nowhere, so a preview reaches no table, topic or stdout.

#include "runtime/engine/operator.h"
#include "runtime/metrics/sink_capture.h"

namespace sw::runtime {

// No state in checkpoints (snapshotState stays empty): a resumed preview starts with an empty
// capture, while the operators upstream continue from their restored state.
class CaptureSink : public Operator {
public:
    explicit CaptureSink(SinkCapture& capture) : capture_(capture) {}

    Status process(Batch& batch) override {
        capture_.capture(batch);
        return Ok{};
    }

private:
    SinkCapture& capture_;
};

}  // namespace sw::runtime
