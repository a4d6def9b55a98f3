#include "runtime/plan.h"

#include "runtime/plan_builder.h"

namespace sw::runtime {

Result<std::unique_ptr<Plan>> Plan::build(const model::JobGraph& job, const PlanOptions& options) {
    std::unique_ptr<Plan> plan(new Plan());
    PlanBuilder builder(job, options, *plan);
    if (auto built = builder.build(); !built) return built.error();
    return plan;
}

Plan::~Plan() {
    if (threads_.empty()) return;
    stop();
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
    for (auto& queue : queues_) queue->cancel();
}

Status Plan::wait() {
    for (auto& thread : threads_) {
        if (thread.joinable()) thread.join();
    }
    std::lock_guard lock(mutex_);
    if (failure_) return *failure_;
    return Ok{};
}

void Plan::stop() { stopping_ = true; }

bool Plan::waitFor(std::chrono::milliseconds timeout) {
    std::unique_lock lock(mutex_);
    return ended_.wait_for(lock, timeout, [&] { return running_ == 0; });
}

}  // namespace sw::runtime
