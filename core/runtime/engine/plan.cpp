#include "runtime/engine/plan.h"

#include "runtime/engine/plan_builder.h"

namespace sw::runtime {

Result<std::unique_ptr<Plan>> Plan::build(const model::JobGraph& job, const PlanOptions& options) {
    std::unique_ptr<Plan> plan(new Plan());
    if (!options.checkpoints.directory.empty()) {
        const CheckpointSettings settings{job.settings.checkpointInterval, job.settings.checkpointTimeout,
                                          job.settings.tolerableFailedCheckpoints};
        plan->checkpoints_ = std::make_unique<CheckpointCoordinator>(
            CheckpointDirectory(options.checkpoints.directory), settings, plan->metrics_.checkpoints());
    } else if (options.checkpoints.resume) {
        return Error{"resuming needs the checkpoint directory", "--resume"};
    }
    PlanBuilder builder(job, options, *plan);
    if (auto built = builder.build(); !built) return built.error();
    if (plan->checkpoints_) {
        if (auto prepared = plan->checkpoints_->prepare(options.checkpoints.resume); !prepared) return prepared.error();
        for (auto& stage : plan->stages_) {
            if (auto restored = stage->restoreState(*plan->checkpoints_); !restored) return restored.error();
            stage->setCheckpoints(plan->checkpoints_.get());
        }
    }
    return plan;
}

Plan::~Plan() {
    // The coordinator's thread calls back into the plan (fail, stop): it ends before anything else.
    if (checkpoints_) {
        checkpoints_->shutdown();
        checkpoints_->join();
    }
    if (threads_.empty()) return;
    stopping_ = true;
    for (auto& queue : queues_) queue->cancel();
    for (auto& thread : threads_) {
        if (thread.joinable()) thread.join();
    }
}

void Plan::start() {
    {
        std::lock_guard lock(mutex_);
        running_ = stages_.size();
    }
    if (checkpoints_) {
        checkpoints_->start(stages_.size(), [this](const Error& error) { fail(error); },
                            [this] { stopping_ = true; });
    }
    threads_.reserve(stages_.size());
    for (auto& stage : stages_) threads_.emplace_back([this, &stage] { runStage(*stage); });
}

void Plan::runStage(Stage& stage) {
    Status status = stage.run(stopping_);
    if (!status) fail(status.error());
    {
        std::lock_guard lock(mutex_);
        --running_;
    }
    ended_.notify_all();
}

void Plan::fail(const Error& error) {
    {
        std::lock_guard lock(mutex_);
        if (failure_) return;
        failure_ = error;
    }
    stopping_ = true;
    if (checkpoints_) checkpoints_->shutdown();  // wakes sources waiting for a checkpoint's outcome
    for (auto& queue : queues_) queue->cancel();
}

Status Plan::wait() {
    for (auto& thread : threads_) {
        if (thread.joinable()) thread.join();
    }
    std::optional<Error> finalCheckpointFailure;
    if (checkpoints_) {
        checkpoints_->shutdown();
        checkpoints_->join();
        finalCheckpointFailure = checkpoints_->finalFailure();
    }
    {
        std::lock_guard lock(mutex_);
        if (failure_) return *failure_;
        if (finalCheckpointFailure) return *finalCheckpointFailure;
    }
    // Every sink flushed: only now may sources commit their positions ("sinks flushed, then offsets").
    for (auto& stage : stages_) stage->notifyJobFinished();
    return Ok{};
}

void Plan::stop() {
    if (checkpoints_ && !threads_.empty()) checkpoints_->requestStop();
    else stopping_ = true;
}

bool Plan::waitFor(std::chrono::milliseconds timeout) {
    std::unique_lock lock(mutex_);
    return ended_.wait_for(lock, timeout, [&] { return running_ == 0; });
}

}  // namespace sw::runtime
