#pragma once
// Stage: what one runtime thread runs — a source or an input queue, a chain of operators, and
// the queues its output feeds.

#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "runtime/engine/batch_queue.h"
#include "runtime/metrics/latency_histogram.h"
#include "runtime/metrics/metrics_registry.h"
#include "runtime/metrics/output_sample.h"
#include "runtime/engine/operator.h"

namespace sw::runtime {

class CheckpointCoordinator;

class Stage {
public:
    explicit Stage(std::string name) : name_(std::move(name)) {}

    // Exactly one of the two feeds the stage. `sample` (may be null) gets the source's output.
    void setSource(std::unique_ptr<SourceOperator> source, NodeCounters* counters, std::string location,
                   OutputSample* sample = nullptr);
    void setInput(BatchQueue* queue) { input_ = queue; }

    // `counters` may be null for helper steps that belong to the next node (a sink's adapter).
    // A sink's step also records end-to-end latency into `latency` once the batch is written.
    // `sample` (may be null) gets the step's output batches for Data Preview.
    void addStep(std::unique_ptr<Operator> op, NodeCounters* counters, std::string location,
                 LatencyHistogram* latency = nullptr, OutputSample* sample = nullptr);
    // This stage is producer number `producer` of `queue` (the queue combines its producers' watermarks).
    void addOutput(BatchQueue* queue, std::size_t producer) { outputs_.push_back({queue, producer}); }

    // The thread body: runs until end of stream, `stopping` (sources), cancellation or an error.
    // Always closes its outputs, so the stages downstream end too. Errors name the node.
    Status run(const std::atomic<bool>& stopping);

    const std::string& name() const { return name_; }

    // Checkpoints: barriers pass this stage through `checkpoints` (null: the run takes none).
    void setCheckpoints(CheckpointCoordinator* checkpoints) { checkpoints_ = checkpoints; }
    // Before run(): every operator of the stage restores its state from the loaded checkpoint.
    Status restoreState(const CheckpointCoordinator& checkpoints);
    // After every stage ended cleanly: the source may commit what it read (see SourceOperator).
    void notifyJobFinished() {
        if (source_) source_->notifyJobFinished();
    }

private:
    struct Step {
        std::unique_ptr<Operator> op;
        NodeCounters* counters = nullptr;
        std::string location;
        LatencyHistogram* latency = nullptr;
        OutputSample* sample = nullptr;
    };

    struct Output {
        BatchQueue* queue = nullptr;
        std::size_t producer = 0;
    };

    Status pump(const std::atomic<bool>& stopping);
    // False: end of input. An input stage waits at most until the operators' next deadline and then
    // returns an empty batch.
    Result<bool> read(Batch& batch, const std::atomic<bool>& stopping);
    Status apply(Batch& batch, std::size_t firstStep = 0);
    // Sends what step `from` released outside process() (end of input, a timer) through the steps
    // after it and on to the outputs. False, as from forward(): a queue was cancelled.
    Result<bool> release(std::size_t from, Batch& released);
    Result<bool> fireDueTimers();  // false: a queue was cancelled, stop as pump() does
    std::optional<SteadyTime> nextDeadline() const;
    // Between passing barrier N and N's resolution timers stay silent: rows a timer released
    // then would reach the queue behind the barrier, after the sources' cut, yet stem from state
    // the checkpoint already holds (a mini-batch flush would be emitted twice after a resume).
    bool timersHeld();
    bool forward(Batch batch);  // false: a queue was cancelled

    // Checkpoints. A source stage emits the barrier of a pending checkpoint between two reads and
    // waits for its outcome; a queue-fed stage passes it on once every producer's barrier came.
    // All three return false when a queue was cancelled.
    bool takeSourceCheckpoint();
    bool alignBarrier(std::uint64_t checkpointId);
    bool passBarrier(std::uint64_t checkpointId);  // state of each step, sinks flushed, forwarded

    std::string name_;
    std::unique_ptr<SourceOperator> source_;
    NodeCounters* sourceCounters_ = nullptr;
    std::string sourceLocation_;
    OutputSample* sourceSample_ = nullptr;
    BatchQueue* input_ = nullptr;
    std::vector<Step> steps_;
    std::vector<Output> outputs_;

    CheckpointCoordinator* checkpoints_ = nullptr;
    std::uint64_t barrierId_ = 0;     // the newest checkpoint whose barrier reached this stage
    std::uint64_t passedId_ = 0;      // the newest checkpoint this stage passed its barrier on
    std::uint64_t resolvedId_ = 0;    // passedId_ once its checkpoint resolved (saves the lock)
    std::size_t barriersSeen_ = 0;    // of barrierId_, from the input queue's producers
};

}  // namespace sw::runtime
