#include "runtime/checkpoint/checkpoint_coordinator.h"

namespace sw::runtime {

namespace {

std::int64_t wallClockMillis() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

}  // namespace

CheckpointCoordinator::CheckpointCoordinator(CheckpointDirectory directory, CheckpointSettings settings,
                                             CheckpointGauge& gauge)
    : directory_(std::move(directory)), settings_(settings), gauge_(gauge) {
    gauge_.enabled.store(true, std::memory_order_relaxed);
}

CheckpointCoordinator::~CheckpointCoordinator() {
    shutdown();
    join();
}

void CheckpointCoordinator::registerNode(const std::string& nodeId, std::string fingerprint, std::string location) {
    nodes_[nodeId] = {std::move(fingerprint), std::move(location)};
}

Status CheckpointCoordinator::prepare(bool resume) {
    if (auto locked = directory_.lock(); !locked) return locked.error();
    auto latest = directory_.latestId();
    if (!latest) return latest.error();
    if (!resume) {
        nextId_ = latest->value_or(0) + 1;
        return Ok{};
    }
    // Flink refuses to restore from a path without a checkpoint instead of silently starting over.
    if (!*latest)
        return Error{"no complete checkpoint to resume from in " + directory_.path().string(), "--resume"};
    auto data = directory_.read(**latest);
    if (!data) return unreadableNewest(**latest, data.error());
    const std::string which = "checkpoint " + std::to_string(data->id);
    for (const auto& [nodeId, node] : nodes_) {
        const auto& [fingerprint, location] = node;
        const auto found = data->nodes.find(nodeId);
        if (found == data->nodes.end())
            return Error{which + " has no state for this node: the job changed since (restore needs the same nodes)",
                         location};
        if (found->second.fingerprint != fingerprint)
            return Error{"the node changed since " + which + ": it was " + found->second.fingerprint + ", it is " +
                             fingerprint,
                         location};
    }
    for (const auto& [nodeId, node] : data->nodes) {
        if (!nodes_.count(nodeId))
            return Error{which + " holds the state of node '" + nodeId + "', which the job no longer has",
                         directory_.fileOf(data->id).string()};
    }
    nextId_ = data->id + 1;
    restored_ = std::move(*data);
    return Ok{};
}

Error CheckpointCoordinator::unreadableNewest(std::uint64_t id, const Error& error) const {
    // No silent fallback to an older checkpoint: the user decides, by moving the file aside.
    std::string older;
    if (auto ids = directory_.completeIds()) {
        for (const std::uint64_t other : *ids) {
            if (other < id) older += (older.empty() ? "" : ", ") + std::to_string(other);
        }
    }
    const std::string advice = older.empty()
                                   ? "; no older complete checkpoint is in the directory"
                                   : "; older complete checkpoints: " + older + " (move " + directory_.fileOf(id).string() +
                                         " aside to resume from the newest of them)";
    return Error{"cannot resume from checkpoint " + std::to_string(id) + ": " + error.message + advice, error.location};
}

std::filesystem::path CheckpointCoordinator::restoredFile() const {
    return restored_ ? directory_.fileOf(restored_->id) : std::filesystem::path();
}

std::string_view CheckpointCoordinator::restoredState(const std::string& nodeId) const {
    if (!restored_) return {};
    const auto found = restored_->nodes.find(nodeId);
    return found == restored_->nodes.end() ? std::string_view() : std::string_view(found->second.state);
}

void CheckpointCoordinator::start(std::size_t stages, std::function<void(const Error&)> failJob,
                                  std::function<void()> stopSources) {
    {
        std::lock_guard lock(mutex_);
        stages_ = stages;
        failJob_ = std::move(failJob);
        stopSources_ = std::move(stopSources);
        nextTrigger_ = std::chrono::steady_clock::now() + settings_.interval;
    }
    thread_ = std::thread([this] { run(); });
}

void CheckpointCoordinator::requestStop() {
    {
        std::lock_guard lock(mutex_);
        stopRequested_ = true;
    }
    changed_.notify_all();
}

void CheckpointCoordinator::shutdown() {
    {
        std::lock_guard lock(mutex_);
        shutdown_ = true;
    }
    pendingId_.store(0, std::memory_order_release);
    changed_.notify_all();
}

void CheckpointCoordinator::join() {
    if (thread_.joinable() && thread_.get_id() != std::this_thread::get_id()) thread_.join();
}

std::optional<Error> CheckpointCoordinator::finalFailure() const {
    std::lock_guard lock(mutex_);
    return finalFailure_;
}

void CheckpointCoordinator::addState(std::uint64_t id, const std::string& nodeId, std::string state) {
    std::lock_guard lock(mutex_);
    if (!pending_ || pending_->id != id) return;  // a late barrier of a checkpoint already given up
    const auto node = nodes_.find(nodeId);
    pending_->data.nodes[nodeId] = {node == nodes_.end() ? std::string() : node->second.first, std::move(state)};
}

void CheckpointCoordinator::acknowledge(std::uint64_t id) {
    {
        std::lock_guard lock(mutex_);
        if (!pending_ || pending_->id != id) return;
        ++pending_->acknowledged;
    }
    changed_.notify_all();
}

void CheckpointCoordinator::decline(std::uint64_t id, const Error& reason) {
    {
        std::lock_guard lock(mutex_);
        if (!pending_ || pending_->id != id || pending_->declined) return;
        pending_->declined = reason;
    }
    changed_.notify_all();
}

bool CheckpointCoordinator::awaitOutcome(std::uint64_t id) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return shutdown_ || resolvedId_ >= id; });
    // The next checkpoint needs this source's barrier, so none can have resolved after `id`.
    return !shutdown_ && completedId_ == id;
}

bool CheckpointCoordinator::resolved(std::uint64_t id) const {
    std::lock_guard lock(mutex_);
    return shutdown_ || resolvedId_ >= id;
}

void CheckpointCoordinator::sourceEnded(const std::string& location) {
    {
        std::lock_guard lock(mutex_);
        if (!sourceEnded_) endedSource_ = location;
        sourceEnded_ = true;
    }
    gauge_.stopped.store(true, std::memory_order_relaxed);
    changed_.notify_all();
}

std::optional<std::string> CheckpointCoordinator::endedSource() const {
    std::lock_guard lock(mutex_);
    if (!sourceEnded_) return std::nullopt;
    return endedSource_;
}

void CheckpointCoordinator::trigger(bool final) {
    Pending pending;
    pending.id = nextId_++;
    pending.started = std::chrono::steady_clock::now();
    pending.final = final;
    pending.data.id = pending.id;
    pending_ = std::move(pending);
    pendingId_.store(pending_->id, std::memory_order_release);
}

void CheckpointCoordinator::run() {
    using Clock = std::chrono::steady_clock;
    std::unique_lock lock(mutex_);
    while (!shutdown_) {
        Outcome outcome;
        const auto now = Clock::now();
        if (pending_) {
            if (pending_->declined) {
                outcome = resolve(pending_->declined, true);
            } else if (pending_->acknowledged >= stages_) {
                outcome = complete(lock);
            } else if (sourceEnded_) {
                // Not a failure: a finished source cannot emit a barrier (Flink before 1.14 alike).
                outcome = resolve(Error{"a source finished before the barrier passed", "checkpoint"}, false);
            } else if (now - pending_->started >= settings_.timeout) {
                outcome = resolve(Error{"checkpoint " + std::to_string(pending_->id) + " expired before completing (timeout " +
                                            std::to_string(settings_.timeout.count()) + " ms)",
                                        "checkpoint"},
                                  true);
            } else {
                changed_.wait_until(lock, pending_->started + settings_.timeout);
                continue;
            }
        } else if (stopRequested_ && !stopIssued_) {
            if (sourceEnded_) {
                stopIssued_ = true;
                if (stopSources_) stopSources_();
            } else {
                trigger(true);
                continue;
            }
        } else if (!stopIssued_ && !sourceEnded_ && now >= nextTrigger_) {
            trigger(false);
            continue;
        } else {
            if (stopIssued_ || sourceEnded_) changed_.wait(lock);
            else changed_.wait_until(lock, nextTrigger_);
            continue;
        }
        changed_.notify_all();
        // Failing the job reaches back into the plan (which calls shutdown()): not under the lock.
        if (outcome.failJob && failJob_) {
            lock.unlock();
            failJob_(*outcome.failJob);
            lock.lock();
        }
    }
}

CheckpointCoordinator::Outcome CheckpointCoordinator::complete(std::unique_lock<std::mutex>& lock) {
    if (auto missing = missingNode()) return resolve(missing, true);
    CheckpointData data = std::move(pending_->data);
    data.createdMillis = wallClockMillis();
    // Writing may take a while with much state; stages only wait for the outcome meanwhile.
    lock.unlock();
    auto written = directory_.write(data);
    if (written) directory_.prune(settings_.retained);
    lock.lock();
    if (!written) return resolve(written.error(), true);
    const auto millis =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - pending_->started);
    gauge_.lastDurationMillis.store(static_cast<std::uint64_t>(millis.count()), std::memory_order_relaxed);
    gauge_.lastSizeBytes.store(*written, std::memory_order_relaxed);
    gauge_.lastId.store(pending_->id, std::memory_order_relaxed);
    gauge_.completed.fetch_add(1, std::memory_order_relaxed);
    completedId_ = pending_->id;
    consecutiveFailures_ = 0;
    return resolve(std::nullopt, false);
}

std::optional<Error> CheckpointCoordinator::missingNode() const {
    for (const auto& [nodeId, node] : nodes_) {
        if (!pending_->data.nodes.count(nodeId))
            return Error{"checkpoint " + std::to_string(pending_->id) + " got no state from this node", node.second};
    }
    return std::nullopt;
}

CheckpointCoordinator::Outcome CheckpointCoordinator::resolve(std::optional<Error> failure, bool counted) {
    Outcome outcome;
    const bool final = pending_->final;
    if (failure && counted) {
        gauge_.failed.fetch_add(1, std::memory_order_relaxed);
        ++consecutiveFailures_;
        if (final) {
            finalFailure_ = Error{"the final checkpoint failed: " + failure->message, failure->location};
        } else if (consecutiveFailures_ > settings_.tolerableFailures) {
            outcome.failJob = Error{"exceeded the tolerable failed checkpoints (" +
                                        std::to_string(settings_.tolerableFailures) + "), the last one: " + failure->message,
                                    failure->location};
        }
    }
    // The interval counts from the end of a checkpoint, so a slow one is not followed at once.
    nextTrigger_ = std::chrono::steady_clock::now() + settings_.interval;
    // Sources must see the stop before they see the outcome, or they would read on.
    if (final) {
        stopIssued_ = true;
        if (stopSources_) stopSources_();
    }
    resolvedId_ = pending_->id;
    pending_.reset();
    pendingId_.store(0, std::memory_order_release);
    return outcome;
}

}  // namespace sw::runtime
