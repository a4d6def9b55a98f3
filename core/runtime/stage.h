#pragma once
// Stage: what one runtime thread runs — a source or an input queue, a chain of operators, and
// the queues its output feeds.

#include <atomic>
#include <memory>
#include <string>
#include <vector>

#include "runtime/batch_queue.h"
#include "runtime/latency_histogram.h"
#include "runtime/metrics_registry.h"
#include "runtime/operator.h"

namespace sw::runtime {

class Stage {
public:
    explicit Stage(std::string name) : name_(std::move(name)) {}

    // Exactly one of the two feeds the stage.
    void setSource(std::unique_ptr<SourceOperator> source, NodeCounters* counters, std::string location);
    void setInput(BatchQueue* queue) { input_ = queue; }

    // `counters` may be null for helper steps that belong to the next node (a sink's adapter).
    // A sink's step also records end-to-end latency into `latency` once the batch is written.
    void addStep(std::unique_ptr<Operator> op, NodeCounters* counters, std::string location,
                 LatencyHistogram* latency = nullptr);
    void addOutput(BatchQueue* queue) { outputs_.push_back(queue); }

    // The thread body: runs until end of stream, `stopping` (sources), cancellation or an error.
    // Always closes its outputs, so the stages downstream end too. Errors name the node.
    Status run(const std::atomic<bool>& stopping);

    const std::string& name() const { return name_; }

private:
    struct Step {
        std::unique_ptr<Operator> op;
        NodeCounters* counters = nullptr;
        std::string location;
        LatencyHistogram* latency = nullptr;
    };

    Status pump(const std::atomic<bool>& stopping);
    Result<bool> read(Batch& batch, const std::atomic<bool>& stopping);  // false: end of input
    Status apply(Batch& batch, std::size_t firstStep = 0);
    bool forward(Batch batch);  // false: a queue was cancelled

    std::string name_;
    std::unique_ptr<SourceOperator> source_;
    NodeCounters* sourceCounters_ = nullptr;
    std::string sourceLocation_;
    BatchQueue* input_ = nullptr;
    std::vector<Step> steps_;
    std::vector<BatchQueue*> outputs_;
};

}  // namespace sw::runtime
