// Stage: operator timers run while the input queue is idle (pop with a deadline, then the due
// timers, then what they release flows on to the next steps).
#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <thread>

#include "runtime/stage.h"
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

}  // namespace
}  // namespace sw::runtime
