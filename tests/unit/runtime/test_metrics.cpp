// Metrics: histogram percentiles, snapshots, JSON lines and the status line.
#include <gtest/gtest.h>

#include "runtime/engine/batch_queue.h"
#include "runtime/metrics/metrics_registry.h"

namespace sw::runtime {
namespace {

using std::chrono::microseconds;

TEST(LatencyHistogram, PercentilesFallInTheRightBucket) {
    LatencyHistogram histogram;
    histogram.record(microseconds(100), 50);     // 50 %
    histogram.record(microseconds(2000), 45);    // up to 95 %
    histogram.record(microseconds(40000), 5);    // the top 5 %
    const LatencySummary summary = histogram.summary();
    EXPECT_EQ(summary.count, 100u);
    // A percentile is the upper bound of its bucket: at least the value, at most 2^(1/4) above.
    const auto near = [](double reported, double actualMillis) {
        return reported >= actualMillis && reported <= actualMillis * 1.19;
    };
    EXPECT_TRUE(near(summary.p50Millis, 0.1)) << summary.p50Millis;
    EXPECT_TRUE(near(summary.p95Millis, 2.0)) << summary.p95Millis;
    EXPECT_TRUE(near(summary.p99Millis, 40.0)) << summary.p99Millis;
    EXPECT_EQ(LatencyHistogram().summary().count, 0u);
}

TEST(MetricsRegistry, SnapshotCopiesCountersAndQueueFill) {
    MetricsRegistry registry;
    NodeCounters& source = registry.addNode("s", "src", "datagen-source", true, false);
    NodeCounters& sink = registry.addNode("k", "snk", "print-sink", false, true);
    QueueGauge& gauge = registry.addQueue("src", "snk", 4);
    BatchQueue queue(4, 1, &gauge);
    source.addOut(120);
    sink.addIn(100);
    sink.addErrors(2);
    Batch oneRow;
    oneRow.append({std::int64_t{1}});
    ASSERT_TRUE(queue.push(0, oneRow));
    ASSERT_TRUE(queue.push(0, oneRow));
    ASSERT_TRUE(queue.pop().has_value());

    const MetricsSnapshot first = registry.snapshot();
    EXPECT_EQ(first.sourceRecords(), 120u);
    EXPECT_EQ(first.sinkRecords(), 100u);
    ASSERT_EQ(first.queues.size(), 1u);
    EXPECT_EQ(first.queues[0].size, 1u);
    EXPECT_EQ(first.queues[0].peak, 2u);
    EXPECT_DOUBLE_EQ(first.maxQueueFill(), 0.25);
    EXPECT_GT(first.sourceRecordsPerSecond(), 0);

    // Nothing happened since: the rates between two snapshots are zero; the totals stay.
    const MetricsSnapshot second = registry.snapshot();
    EXPECT_EQ(second.sourceRecordsPerSecond(), 0);
    EXPECT_EQ(second.sourceRecords(), 120u);
    EXPECT_GE(second.elapsedSeconds, first.elapsedSeconds);

    const std::string json = toJsonLine(second);
    EXPECT_EQ(json.find('\n'), std::string::npos);
    for (const char* part : {"\"sourceRecords\":120", "\"sinkRecords\":100", "\"errors\":2", "\"capacity\":4",
                             "\"name\":\"snk\"", "\"latencyMillis\":{"}) {
        EXPECT_NE(json.find(part), std::string::npos) << part << " in " << json;
    }
    const std::string line = toStatusLine(second);
    EXPECT_TRUE(line.starts_with("t=")) << line;
    EXPECT_NE(line.find("q=25%"), std::string::npos) << line;
    EXPECT_NE(line.find("errors=2"), std::string::npos) << line;
    EXPECT_EQ(line.find("chk="), std::string::npos) << line;  // no checkpoints in this run
    EXPECT_EQ(json.find("\"checkpoints\""), std::string::npos) << json;
}

// Success rate: of the rows the sources emitted, those not lost to an error or a late drop.
// Rows a filter or an aggregate consumed, or still in flight, are not failures.
TEST(MetricsSnapshot, SuccessRateCountsOnlyLostRowsAgainstTheRowsEmitted) {
    MetricsRegistry registry;
    NodeCounters& kafka = registry.addNode("k", "orders", "kafka-source", true, false);
    NodeCounters& filter = registry.addNode("f", "big", "filter", false, false);
    NodeCounters& window = registry.addNode("w", "per_minute", "window-aggregate", false, false);
    NodeCounters& sink = registry.addNode("s", "out", "print-sink", false, true);
    EXPECT_DOUBLE_EQ(registry.snapshot().successRate(), 1.0);  // nothing read yet
    kafka.addOut(1000);
    kafka.addErrors(50);  // skipped as malformed: not in the 1000, not against the rate
    filter.addIn(1000);
    filter.addOut(400);  // 600 filtered out
    window.addIn(400);
    window.addOut(3);  // folded into 3 windows
    window.lateRecordsDropped = 20;
    sink.addIn(2);  // one still in flight
    EXPECT_DOUBLE_EQ(registry.snapshot().successRate(), 0.98);
    filter.addErrors(1000);  // more losses than rows cannot make the rate negative
    EXPECT_DOUBLE_EQ(registry.snapshot().successRate(), 0.0);
}

TEST(MetricsRegistry, CheckpointCountsReachTheStatusLineAndJson) {
    MetricsRegistry registry;
    CheckpointGauge& checkpoints = registry.checkpoints();
    checkpoints.enabled = true;
    checkpoints.completed = 3;
    checkpoints.failed = 1;
    checkpoints.lastId = 4;
    checkpoints.lastDurationMillis = 25;
    checkpoints.lastSizeBytes = 512;
    checkpoints.stopped = true;
    const MetricsSnapshot snapshot = registry.snapshot();
    const std::string line = toStatusLine(snapshot);
    EXPECT_NE(line.find(" chk=3 chk-failed=1 chk-stopped"), std::string::npos) << line;
    const std::string json = toJsonLine(snapshot);
    EXPECT_NE(json.find(R"("checkpoints":{"completed":3,"failed":1,"lastId":4,"lastDurationMillis":25,"lastSizeBytes":512,"stopped":true})"),
              std::string::npos)
        << json;
}

}  // namespace
}  // namespace sw::runtime
