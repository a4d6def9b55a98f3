// BatchQueue: a queue with several producers (a union) forwards the minimum of their watermarks
// and queues no batch left with nothing to carry; pops wait for a deadline, a push or the end.
#include <gtest/gtest.h>

#include <thread>

#include "runtime/engine/batch_queue.h"

namespace sw::runtime {
namespace {

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
    // The batches that moved nothing carried nothing else either: not queued.
    ASSERT_EQ(queue.size(), 3u);
    std::vector<std::optional<std::int64_t>> seen;
    for (int i = 0; i < 3; ++i) seen.push_back(queue.pop()->watermarkAfterRows);
    const std::vector<std::optional<std::int64_t>> expected = {3000, 7000, 8000};
    EXPECT_EQ(seen, expected);
}

TEST(BatchQueue, AClosedProducerNoLongerHoldsTheWatermarkBack) {
    BatchQueue queue(1, 2);
    Batch batch;
    batch.append({std::int64_t{1}});
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

TEST(BatchQueue, AWatermarkThatDoesNotMoveTheMinimumQueuesNothing) {
    BatchQueue queue(1, 2);
    Batch first;
    first.watermarkAfterRows = 7000;  // producer 1 has sent none: the minimum does not move
    ASSERT_TRUE(queue.push(0, std::move(first)));
    EXPECT_EQ(queue.size(), 0u);
    Batch second;
    second.watermarkAfterRows = 3000;  // min 3000: queued, and fits the capacity of 1
    ASSERT_TRUE(queue.push(1, std::move(second)));
    ASSERT_EQ(queue.size(), 1u);
    EXPECT_EQ(queue.pop()->watermarkAfterRows, std::optional<std::int64_t>(3000));
}

TEST(BatchQueue, ARowBatchWhoseWatermarkIsStrippedIsStillQueued) {
    BatchQueue queue(2, 2);
    Batch batch;
    batch.append({std::int64_t{1}});
    batch.watermarkAfterRows = 7000;
    ASSERT_TRUE(queue.push(0, std::move(batch)));
    auto popped = queue.pop();
    ASSERT_TRUE(popped.has_value());
    EXPECT_EQ(popped->size(), 1u);
    EXPECT_FALSE(popped->watermarkAfterRows.has_value());
}

// A pop waiting for a deadline far away returns what another thread pushes, or ends when the
// last producer closes; the deadlines are an hour away so only the wake-up can end the wait.
TEST(BatchQueue, APopWaitingForAFutureDeadlineIsWokenByAPush) {
    BatchQueue queue(1, 1);
    std::thread producer([&] {
        Batch batch;
        batch.append({std::int64_t{42}});
        EXPECT_TRUE(queue.push(0, std::move(batch)));
    });
    auto popped = queue.pop(std::chrono::steady_clock::now() + std::chrono::hours(1));
    producer.join();
    ASSERT_TRUE(popped.has_value());
    ASSERT_EQ(popped->size(), 1u);
    EXPECT_EQ(popped->rows[0][0].as<std::int64_t>(), 42);
}

TEST(BatchQueue, APopWaitingForAFutureDeadlineIsWokenByTheLastClose) {
    BatchQueue queue(1, 1);
    std::thread producer([&] { queue.close(0); });
    auto popped = queue.pop(std::chrono::steady_clock::now() + std::chrono::hours(1));
    producer.join();
    EXPECT_FALSE(popped.has_value());
    EXPECT_TRUE(queue.ended());
}

TEST(BatchQueue, EndsAfterEveryProducerClosedAndDrains) {
    BatchQueue queue(2, 2);
    Batch one;
    one.append({std::int64_t{1}});
    ASSERT_TRUE(queue.push(0, one));
    queue.close(0);
    queue.close(1);
    auto first = queue.pop();
    ASSERT_TRUE(first.has_value());
    EXPECT_EQ(first->size(), 1u);
    EXPECT_FALSE(queue.pop().has_value());
}

TEST(BatchQueue, CancelReleasesABlockedProducer) {
    BatchQueue queue(1, 1);
    Batch one;
    one.append({std::int64_t{1}});
    ASSERT_TRUE(queue.push(0, one));
    queue.cancel();
    EXPECT_FALSE(queue.push(0, one));  // would block on a full queue; cancelled instead
    EXPECT_FALSE(queue.pop().has_value());
}

}  // namespace
}  // namespace sw::runtime
