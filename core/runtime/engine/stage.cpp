#include "runtime/engine/stage.h"

#include <algorithm>

#include "runtime/checkpoint/checkpoint_coordinator.h"

namespace sw::runtime {

namespace {

Error atNode(const std::string& location, const Error& error) {
    return Error{error.message, error.location.empty() ? location : location + " / " + error.location};
}

}  // namespace

void Stage::setSource(std::unique_ptr<SourceOperator> source, NodeCounters* counters, std::string location,
                      OutputSample* sample) {
    source_ = std::move(source);
    sourceCounters_ = counters;
    sourceLocation_ = std::move(location);
    sourceSample_ = sample;
}

void Stage::addStep(std::unique_ptr<Operator> op, NodeCounters* counters, std::string location,
                    LatencyHistogram* latency, OutputSample* sample) {
    steps_.push_back({std::move(op), counters, std::move(location), latency, sample});
}

Status Stage::run(const std::atomic<bool>& stopping) {
    Status status = pump(stopping);
    // A stop of a checkpointed run keeps open windows in its final checkpoint instead of firing
    // them (Flink's stop without --drain); the end of bounded input still fires them.
    const bool drain = !(checkpoints_ && stopping.load());
    // End of stream reaches every operator of the chain, so sinks flush what they buffer.
    // Rows an operator still holds at the end (open windows) flow through the rest of the chain
    // before that rest finishes.
    for (std::size_t i = 0; i < steps_.size() && status; ++i) {
        Step& step = steps_[i];
        Batch held;
        held.createdAt = std::chrono::steady_clock::now();
        if (auto ended = drain ? step.op->endOfInput(held) : Status(Ok{}); !ended) {
            status = atNode(step.location, ended.error());
            break;
        }
        auto sent = release(i, held);  // a cancelled queue (false) still lets the chain finish, as after pump()
        if (!sent) {
            status = sent.error();
            break;
        }
        if (auto finished = step.op->finish(); !finished) status = atNode(step.location, finished.error());
    }
    for (const Output& output : outputs_) output.queue->close(output.producer);
    return status;
}

Status Stage::pump(const std::atomic<bool>& stopping) {
    while (true) {
        if (!takeSourceCheckpoint()) return Ok{};
        Batch batch;
        auto more = read(batch, stopping);
        if (!more) return more.error();
        if (!*more) {
            if (source_ && checkpoints_) checkpoints_->sourceEnded(sourceLocation_);
            return Ok{};
        }
        if (batch.checkpointId != 0) {
            if (!alignBarrier(batch.checkpointId)) return Ok{};
            continue;
        }
        if (!batch.carriesNothing()) {
            if (auto applied = apply(batch); !applied) return applied;
            if (!batch.carriesNothing() && !outputs_.empty() && !forward(std::move(batch))) return Ok{};
        }
        auto fired = fireDueTimers();
        if (!fired) return fired.error();
        if (!*fired) return Ok{};
    }
}

Result<bool> Stage::read(Batch& batch, const std::atomic<bool>& stopping) {
    if (source_) {
        auto more = source_->next(batch, stopping);
        if (!more) return atNode(sourceLocation_, more.error());
        if (sourceCounters_) sourceCounters_->addOut(batch.size());
        if (sourceSample_) sourceSample_->offer(batch, std::chrono::steady_clock::now());
        return *more;
    }
    if (!input_) return false;
    // While timers are held, wake now and then to see whether the checkpoint resolved.
    auto deadline = nextDeadline();
    if (deadline && timersHeld()) deadline = std::max(*deadline, std::chrono::steady_clock::now() + std::chrono::milliseconds(5));
    auto popped = input_->pop(deadline);
    if (!popped) return !input_->ended();  // still open: the deadline passed
    batch = std::move(*popped);
    return true;
}

Status Stage::apply(Batch& batch, std::size_t firstStep) {
    for (std::size_t i = firstStep; i < steps_.size(); ++i) {
        Step& step = steps_[i];
        if (step.counters) step.counters->addIn(batch.size());
        if (auto processed = step.op->process(batch); !processed) {
            if (step.counters) step.counters->addErrors(1);
            return atNode(step.location, processed.error());
        }
        if (step.counters) step.counters->addOut(batch.size());
        if (step.latency) step.latency->record(std::chrono::steady_clock::now() - batch.createdAt, batch.size());
        if (step.sample) step.sample->offer(batch, std::chrono::steady_clock::now());
        if (batch.carriesNothing()) break;
    }
    return Ok{};
}

Result<bool> Stage::release(std::size_t from, Batch& released) {
    if (released.carriesNothing()) return true;
    if (steps_[from].counters) steps_[from].counters->addOut(released.size());
    if (steps_[from].sample) steps_[from].sample->offer(released, std::chrono::steady_clock::now());
    if (Status applied = apply(released, from + 1); !applied) return applied.error();
    if (released.carriesNothing() || outputs_.empty()) return true;
    return forward(std::move(released));
}

bool Stage::timersHeld() {
    if (passedId_ == resolvedId_ || !checkpoints_) return false;
    if (!checkpoints_->resolved(passedId_)) return true;
    resolvedId_ = passedId_;
    return false;
}

Result<bool> Stage::fireDueTimers() {
    if (timersHeld()) return true;
    const SteadyTime now = std::chrono::steady_clock::now();
    for (std::size_t i = 0; i < steps_.size(); ++i) {
        Step& step = steps_[i];
        const auto deadline = step.op->nextDeadline();
        if (!deadline || *deadline > now) continue;
        Batch released;
        released.createdAt = now;
        if (auto fired = step.op->onTimer(now, released); !fired) {
            if (step.counters) step.counters->addErrors(1);
            return atNode(step.location, fired.error());
        }
        auto sent = release(i, released);
        if (!sent || !*sent) return sent;
    }
    return true;
}

std::optional<SteadyTime> Stage::nextDeadline() const {
    std::optional<SteadyTime> earliest;
    for (const Step& step : steps_) {
        const auto deadline = step.op->nextDeadline();
        if (deadline && (!earliest || *deadline < *earliest)) earliest = deadline;
    }
    return earliest;
}

bool Stage::forward(Batch batch) {
    // Fan-out: every queue but the last gets a copy; the last one gets the batch itself.
    for (std::size_t i = 0; i + 1 < outputs_.size(); ++i) {
        if (!outputs_[i].queue->push(outputs_[i].producer, batch)) return false;
    }
    return outputs_.back().queue->push(outputs_.back().producer, std::move(batch));
}

Status Stage::restoreState(const CheckpointCoordinator& checkpoints) {
    // Which checkpoint failed to restore matters as much as which node: the user may move it aside.
    const auto fromCheckpoint = [&](const std::string& location, const Error& error) {
        return atNode(location, Error{"cannot restore from checkpoint " + std::to_string(checkpoints.restoredId()) + " (" +
                                          checkpoints.restoredFile().string() + "): " + error.message,
                                      error.location});
    };
    if (source_) {
        if (auto restored = source_->restoreState(checkpoints.restoredState(name_)); !restored)
            return fromCheckpoint(sourceLocation_, restored.error());
    }
    for (Step& step : steps_) {
        if (!step.counters) continue;  // a helper step of the next node keeps no state
        if (auto restored = step.op->restoreState(checkpoints.restoredState(step.counters->nodeId)); !restored)
            return fromCheckpoint(step.location, restored.error());
    }
    return Ok{};
}

bool Stage::takeSourceCheckpoint() {
    if (!source_ || !checkpoints_) return true;
    const std::uint64_t id = checkpoints_->pendingId();
    if (id == 0 || id <= barrierId_) return true;
    barrierId_ = id;
    checkpoints_->addState(id, name_, source_->snapshotState());
    if (!passBarrier(id)) return false;
    // Nothing is read until the checkpoint ends, so no stage downstream needs to hold back rows
    // that arrive after this barrier while it waits for the barriers of other inputs.
    if (checkpoints_->awaitOutcome(id)) source_->notifyCheckpointComplete(id);
    return true;
}

bool Stage::alignBarrier(std::uint64_t checkpointId) {
    if (!checkpoints_ || checkpointId < barrierId_) return true;  // a late barrier of a given-up checkpoint
    if (checkpointId > barrierId_) {
        barrierId_ = checkpointId;
        barriersSeen_ = 0;
    }
    if (++barriersSeen_ < input_->producers()) return true;
    return passBarrier(checkpointId);
}

bool Stage::passBarrier(std::uint64_t checkpointId) {
    for (Step& step : steps_) {
        if (!step.counters) continue;
        checkpoints_->addState(checkpointId, step.counters->nodeId, step.op->snapshotState());
        // A sink that cannot flush fails this checkpoint, not the job (its next write may work).
        if (auto flushed = step.op->flushForCheckpoint(); !flushed)
            checkpoints_->decline(checkpointId, atNode(step.location, flushed.error()));
    }
    if (!outputs_.empty()) {
        Batch barrier;
        barrier.checkpointId = checkpointId;
        barrier.createdAt = std::chrono::steady_clock::now();
        if (!forward(std::move(barrier))) return false;
    }
    if (source_ == nullptr) passedId_ = checkpointId;  // a source stage pauses until the outcome anyway
    checkpoints_->acknowledge(checkpointId);
    return true;
}

}  // namespace sw::runtime
