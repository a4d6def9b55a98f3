// BatchQueue's watermarks: a queue with several producers (a union) forwards the minimum of their
// watermarks, so a window behind it fires only once every input passed the window's end.
#include <gtest/gtest.h>

#include "runtime/batch_queue.h"
#include "window_test_support.h"

namespace sw::runtime {
namespace {

using namespace test;

TEST(BatchQueue, ASingleProducersWatermarksPassUnchanged) {
    BatchQueue queue(4, 1);
    Batch batch;
    batch.watermarkAfterRows = 5000;
    ASSERT_TRUE(queue.push(0, batch));
    auto popped = queue.pop();
    ASSERT_TRUE(popped.has_value());
    EXPECT_EQ(popped->watermarkAfterRows, std::optional<std::int64_t>(5000));
}

TEST(BatchQueue, SendsTheMinimumOverProducersOnlyWhenItAdvances) {
    BatchQueue queue(8, 2);
    const auto pushWatermark = [&](std::size_t producer, std::int64_t watermark) {
        Batch batch;
        batch.watermarkAfterRows = watermark;
        ASSERT_TRUE(queue.push(producer, std::move(batch)));
    };
    pushWatermark(0, 7000);  // producer 1 has sent none: nothing yet
    pushWatermark(1, 3000);  // min 3000
    pushWatermark(1, 9000);  // min 7000
    pushWatermark(0, 8000);  // min 8000
    pushWatermark(0, 6000);  // a watermark never goes back: min stays 8000
    std::vector<std::optional<std::int64_t>> seen;
    for (int i = 0; i < 5; ++i) seen.push_back(queue.pop()->watermarkAfterRows);
    const std::vector<std::optional<std::int64_t>> expected = {std::nullopt, 3000, 7000, 8000, std::nullopt};
    EXPECT_EQ(seen, expected);
}

TEST(BatchQueue, AClosedProducerNoLongerHoldsTheWatermarkBack) {
    BatchQueue queue(1, 2);
    Batch batch;
    batch.watermarkAfterRows = 5000;
    ASSERT_TRUE(queue.push(0, std::move(batch)));
    queue.close(1);  // beyond the capacity of 1: the closing never blocks
    EXPECT_FALSE(queue.pop()->watermarkAfterRows.has_value());
    auto released = queue.pop();
    ASSERT_TRUE(released.has_value());
    EXPECT_TRUE(released->empty());
    EXPECT_EQ(released->watermarkAfterRows, std::optional<std::int64_t>(5000));
    EXPECT_FALSE(queue.ended());
    queue.close(0);
    EXPECT_FALSE(queue.pop().has_value());
    EXPECT_TRUE(queue.ended());
}

TEST(BatchQueue, PopGivesUpAtItsDeadlineWhileTheQueueStaysOpen) {
    BatchQueue queue(1, 1);
    EXPECT_FALSE(queue.pop(std::chrono::steady_clock::now()).has_value());
    EXPECT_FALSE(queue.ended());
}

// Two sources with different event-time progress, merged by a union in front of a TUMBLE window.
TEST(BatchQueue, AWindowBehindAUnionFiresOnlyWhenBothInputsPassedTheWindowEnd) {
    WindowJob job(0);
    model::Node& window = job.window();
    window.options = {{"window.kind", "TUMBLE"}, {"window.time-column", "ts"}, {"window.size", "10 s"}};
    window.groupBy = {"k"};
    window.outputs = {{"n", "COUNT(*)"}, {"total", "SUM(v)"}};
    auto op = job.create();
    ASSERT_TRUE(op.ok()) << op.error().toString();

    struct Step {
        std::size_t input;
        std::vector<expr::Row> rows;
    };
    // Input 0 passes the end of [0 s, 10 s) at its second batch; input 1 only at its third.
    const std::vector<Step> steps = {
        {0, {inputRow(1000, "a", 1), inputRow(4000, "a", 2)}},
        {1, {inputRow(2000, "a", 4)}},
        {0, {inputRow(12000, "a", 8)}},
        {1, {inputRow(8000, "a", 16)}},
        {1, {inputRow(11000, "a", 32)}},
    };
    long expectedCount = 0;
    long expectedSum = 0;
    std::int64_t progress[2] = {kNoWatermark, kNoWatermark};
    std::size_t firstFiringStep = steps.size();
    for (std::size_t i = 0; i < steps.size(); ++i) {
        for (const expr::Row& row : steps[i].rows) {
            const std::int64_t millis = rowTimeMillis(row[0]);
            progress[steps[i].input] = std::max(progress[steps[i].input], millis);
            if (millis < 10000) {
                ++expectedCount;
                expectedSum += row[2].as<std::int64_t>();
            }
        }
        if (firstFiringStep == steps.size() && std::min(progress[0], progress[1]) >= 9999) firstFiringStep = i;
    }
    ASSERT_EQ(firstFiringStep, 4u);

    WatermarkAssigner watermarks[2] = {job.watermarks(), job.watermarks()};
    BatchQueue merged(8, 2);
    for (std::size_t i = 0; i < steps.size(); ++i) {
        Batch batch = batchOf(steps[i].rows);
        ASSERT_TRUE(watermarks[steps[i].input].process(batch).ok());
        ASSERT_TRUE(merged.push(steps[i].input, std::move(batch)));
        auto popped = merged.pop();
        ASSERT_TRUE(popped.has_value());
        const Status processed = (*op)->process(*popped);
        ASSERT_TRUE(processed.ok()) << processed.error().toString();
        const std::vector<std::string> out = describe(*popped);
        if (i < firstFiringStep) {
            EXPECT_TRUE(out.empty()) << "step " << i << " fired early: " << out.front();
        } else {
            const std::vector<std::string> expected = {
                "+I[0, 10000, a, " + std::to_string(expectedCount) + ", " + std::to_string(expectedSum) + "]"};
            EXPECT_EQ(out, expected) << "step " << i;
        }
    }
}

}  // namespace
}  // namespace sw::runtime
