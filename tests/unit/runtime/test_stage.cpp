// Stage: operator timers run while the input queue is idle (pop with a deadline, then the due
// timers, then what they release flows on to the next steps).
#include <gtest/gtest.h>

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <mutex>
#include <thread>

#include "runtime/checkpoint/checkpoint_coordinator.h"
#include "runtime/engine/stage.h"
#include "window_test_support.h"

namespace sw::runtime {
namespace {

using test::describe;
using test::inputRow;

// Sends `rows` once, then sends nothing until the stage is stopped: an idle input.
class OneBatchThenIdle : public SourceOperator {
public:
    explicit OneBatchThenIdle(std::vector<expr::Row> rows) : rows_(std::move(rows)) {}
    Result<bool> next(Batch& batch, const std::atomic<bool>& stopping) override {
        if (!sent_) {
            sent_ = true;
            batch = test::batchOf(rows_);
            batch.createdAt = std::chrono::steady_clock::now();
            return true;
        }
        while (!stopping.load()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
        return false;
    }

private:
    std::vector<expr::Row> rows_;
    bool sent_ = false;
};

// The rows that reached the end of the chain, readable from the test's thread.
class CollectedRows : public Operator {
public:
    explicit CollectedRows(std::vector<std::string>& rows, std::mutex& mutex) : rows_(rows), mutex_(mutex) {}
    Status process(Batch& batch) override {
        const std::lock_guard lock(mutex_);
        for (std::string& row : describe(batch)) rows_.push_back(std::move(row));
        return Ok{};
    }

private:
    std::vector<std::string>& rows_;
    std::mutex& mutex_;
};

TEST(Stage, AMiniBatchFlushesOnItsTimerWhileTheInputQueueIsIdle) {
    test::WindowJob job;
    job.window().options = {{"window.kind", "NONE"}};
    job.window().groupBy = {"k"};
    job.window().outputs = {{"n", "COUNT(*)"}};
    job.job().settings.miniBatchEnabled = true;
    job.job().settings.miniBatchLatency = std::chrono::milliseconds(50);
    job.job().settings.miniBatchSize = 1000000;  // never full: only the timer can flush
    auto aggregate = job.create();
    ASSERT_TRUE(aggregate.ok()) << aggregate.error().toString();

    std::vector<std::string> collected;
    std::mutex mutex;
    BatchQueue queue(4, 1);
    Stage source("src");
    source.setSource(std::make_unique<OneBatchThenIdle>(std::vector{inputRow(0, "a", 1), inputRow(0, "a", 2),
                                                                    inputRow(0, "b", 3)}),
                     nullptr, "src");
    source.addOutput(&queue, 0);
    Stage consumer("w");
    consumer.setInput(&queue);
    consumer.addStep(std::move(*aggregate), nullptr, "w");
    consumer.addStep(std::make_unique<CollectedRows>(collected, mutex), nullptr, "out");

    std::atomic<bool> stopping{false};
    Status statuses[2] = {Ok{}, Ok{}};
    std::thread threads[2] = {std::thread([&] { statuses[0] = source.run(stopping); }),
                              std::thread([&] { statuses[1] = consumer.run(stopping); })};
    const bool flushed = test::eventually([&] {
        const std::lock_guard lock(mutex);
        return !collected.empty();
    });
    std::vector<std::string> beforeStop;
    {
        const std::lock_guard lock(mutex);
        beforeStop = collected;
    }
    stopping = true;
    for (std::thread& thread : threads) thread.join();
    EXPECT_TRUE(flushed);
    EXPECT_EQ(beforeStop, (std::vector<std::string>{"+I[a, 2]", "+I[b, 1]"}));
    EXPECT_EQ(collected, beforeStop);  // the stop had nothing left to flush
    EXPECT_TRUE(statuses[0].ok());
    EXPECT_TRUE(statuses[1].ok());
}

// Releases one row per timer, every millisecond: a timer that fires whenever it may.
class TickingTimer : public Operator {
public:
    Status process(Batch&) override { return Ok{}; }
    std::optional<SteadyTime> nextDeadline() const override { return last_ + std::chrono::milliseconds(1); }
    Status onTimer(SteadyTime now, Batch& out) override {
        last_ = now;
        out.append(inputRow(0, "tick", 1));
        return Ok{};
    }

private:
    SteadyTime last_{};
};

// A timer's rows must not follow a barrier while its checkpoint is open: they would come after
// the cut from state the checkpoint holds. Timers resume once the checkpoint resolved.
TEST(Stage, NoTimerFiresBetweenPassingABarrierAndItsCheckpointsOutcome) {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / ("sw-stage-timers-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    MetricsRegistry metrics;
    CheckpointCoordinator coordinator(CheckpointDirectory(dir), {std::chrono::milliseconds(1), std::chrono::minutes(1), 3},
                                      metrics.checkpoints());
    ASSERT_TRUE(coordinator.prepare(false).ok());
    coordinator.start(2, [](const Error&) {}, [] {});  // the test acknowledges as the second stage
    ASSERT_TRUE(test::eventually([&] { return coordinator.pendingId() == 1; }));

    BatchQueue input(4, 1);
    BatchQueue output(1024, 1);
    Stage stage("t");
    stage.setInput(&input);
    stage.addStep(std::make_unique<TickingTimer>(), nullptr, "t");
    stage.addOutput(&output, 0);
    stage.setCheckpoints(&coordinator);
    std::atomic<bool> stopping{false};
    Status status = Ok{};
    std::thread thread([&] { status = stage.run(stopping); });

    Batch barrier;
    barrier.checkpointId = 1;
    ASSERT_TRUE(input.push(0, std::move(barrier)));
    // Ticks before the barrier are fine; after it nothing may come until the outcome.
    std::optional<Batch> popped;
    while ((popped = output.pop()) && popped->checkpointId != 1) {
    }
    ASSERT_TRUE(popped.has_value());
    const auto quiet = output.pop(std::chrono::steady_clock::now() + std::chrono::milliseconds(200));
    EXPECT_FALSE(quiet.has_value()) << "a timer fired after the barrier, before the checkpoint's outcome";

    coordinator.acknowledge(1);  // the second stage: checkpoint 1 completes
    const auto afterwards = output.pop(std::chrono::steady_clock::now() + std::chrono::minutes(1));
    ASSERT_TRUE(afterwards.has_value());
    EXPECT_EQ(afterwards->size(), 1u);  // the timers run again

    input.close(0);
    output.cancel();  // the ticks would fill it otherwise
    coordinator.shutdown();
    thread.join();
    coordinator.join();
    EXPECT_TRUE(status.ok());
    fs::remove_all(dir);
}

}  // namespace
}  // namespace sw::runtime
