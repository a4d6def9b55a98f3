#pragma once
// CheckpointCoordinator: triggers aligned checkpoints on a timer, collects every node's state as
// the barrier passes through the stages, writes the checkpoint file once every stage acknowledged,
// and tells the paused sources the outcome. Also loads the checkpoint a resumed run restores.

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "runtime/checkpoint/checkpoint_directory.h"
#include "runtime/metrics/metrics_registry.h"
#include "util/result.h"

namespace sw::runtime {

// The job settings that govern checkpoints (Flink's execution.checkpointing.*).
struct CheckpointSettings {
    std::chrono::milliseconds interval{60'000};
    std::chrono::milliseconds timeout{600'000};
    int tolerableFailures = 3;  // consecutive failed checkpoints before the job fails
    std::size_t retained = 3;   // complete checkpoint files kept
};

class CheckpointCoordinator {
public:
    CheckpointCoordinator(CheckpointDirectory directory, CheckpointSettings settings, CheckpointGauge& gauge);
    ~CheckpointCoordinator();
    CheckpointCoordinator(const CheckpointCoordinator&) = delete;
    CheckpointCoordinator& operator=(const CheckpointCoordinator&) = delete;

    // While the plan is built: every node that reports state, with what it is (kind and columns)
    // and how errors name it.
    void registerNode(const std::string& nodeId, std::string fingerprint, std::string location);
    // After every node registered. `resume`: loads the newest complete checkpoint and refuses one
    // that does not fit the job (naming the node); without, numbering continues after the
    // newest checkpoint in the directory so no file of an earlier run is overwritten.
    Status prepare(bool resume);
    // The restored state of a node (empty without --resume, or for a stateless node).
    std::string_view restoredState(const std::string& nodeId) const;
    std::uint64_t restoredId() const { return restored_ ? restored_->id : 0; }
    std::filesystem::path restoredFile() const;  // DIR/chk-N restored, empty without

    // Starts the timer thread. `failJob` fails the run (too many failed checkpoints);
    // `stopSources` makes the sources end (after the final checkpoint of a stop); it is called
    // under the coordinator's lock, so it must only raise a flag.
    void start(std::size_t stages, std::function<void(const Error&)> failJob, std::function<void()> stopSources);
    // Final checkpoint, then stopSources; at once when no checkpoint can be taken any more.
    void requestStop();
    // Wakes every waiter and ends the timer thread (without joining: callable from any thread).
    void shutdown();
    void join();
    // The failure of the final checkpoint of a stop, if it failed.
    std::optional<Error> finalFailure() const;

    // Stage threads. The id of the checkpoint whose barrier sources should emit now; 0 = none.
    std::uint64_t pendingId() const { return pendingId_.load(std::memory_order_acquire); }
    void addState(std::uint64_t id, const std::string& nodeId, std::string state);
    void acknowledge(std::uint64_t id);  // once per stage, after the barrier passed it
    void decline(std::uint64_t id, const Error& reason);
    // Blocks a source until checkpoint `id` completed (true) or failed/was aborted (false).
    bool awaitOutcome(std::uint64_t id);
    // Checkpoint `id` completed, failed or was aborted (or the coordinator shut down).
    bool resolved(std::uint64_t id) const;
    // A source reached its end: no later checkpoint can be aligned, the pending one is aborted.
    // `location` names the source ("node 'gen'") for endedSource().
    void sourceEnded(const std::string& location);
    // The first source that ended, once checkpoints stopped because of it (the CLI warns, and a
    // stop then takes no final checkpoint).
    std::optional<std::string> endedSource() const;

private:
    struct Pending {
        std::uint64_t id = 0;
        std::chrono::steady_clock::time_point started;
        bool final = false;
        std::size_t acknowledged = 0;
        std::optional<Error> declined;
        CheckpointData data;
    };
    // What the timer thread does after it released the lock.
    struct Outcome {
        std::optional<Error> failJob;
    };

    void run();
    void trigger(bool final);  // lock held
    Outcome complete(std::unique_lock<std::mutex>& lock);
    Outcome resolve(std::optional<Error> failure, bool counted);  // lock held
    std::optional<Error> missingNode() const;                      // lock held
    // The newest checkpoint cannot be read: the error says which older ones exist.
    Error unreadableNewest(std::uint64_t id, const Error& error) const;

    CheckpointDirectory directory_;
    CheckpointSettings settings_;
    CheckpointGauge& gauge_;
    std::map<std::string, std::pair<std::string, std::string>> nodes_;  // id -> fingerprint, location
    std::optional<CheckpointData> restored_;

    std::function<void(const Error&)> failJob_;
    std::function<void()> stopSources_;
    std::thread thread_;
    std::atomic<std::uint64_t> pendingId_{0};

    mutable std::mutex mutex_;
    std::condition_variable changed_;
    std::size_t stages_ = 0;
    std::uint64_t nextId_ = 1;
    std::optional<Pending> pending_;
    std::uint64_t resolvedId_ = 0;
    std::uint64_t completedId_ = 0;
    int consecutiveFailures_ = 0;
    std::chrono::steady_clock::time_point nextTrigger_;
    bool stopRequested_ = false;
    bool stopIssued_ = false;
    bool sourceEnded_ = false;
    std::string endedSource_;
    bool shutdown_ = false;
    std::optional<Error> finalFailure_;
};

}  // namespace sw::runtime
