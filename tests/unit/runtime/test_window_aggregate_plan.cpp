// window-aggregate through runtime::Plan: a continuous GROUP BY's changelog reaches the print
// sink in order (per row, or once per key with mini-batch), and tumbling windows over datagen
// event-time columns, alone and behind a union, count every row once.
#include <gtest/gtest.h>

#include <sstream>

#include "job_builder.h"
#include "model/job_file.h"
#include "runtime/engine/plan.h"
#include "runtime/operators/window_aggregate_factory.h"

namespace sw::runtime {
namespace {

using test::eventually;
using test::JobBuilder;
using test::lines;

// What a run of `job` to its end printed, and its final metrics.
struct PrintedRun {
    std::vector<std::string> lines;
    MetricsSnapshot metrics;
};
// `job`'s plan with its print sinks writing to `printed`; null (and a failure) when it is refused.
std::unique_ptr<Plan> buildPrinting(const model::JobGraph& job, std::size_t batchRows, std::ostringstream& printed) {
    PlanOptions options;
    options.standardOut = &printed;
    options.batchRows = batchRows;
    auto plan = Plan::build(job, options);
    EXPECT_TRUE(plan.ok()) << plan.error().toString();
    if (!plan) return nullptr;
    return std::move(*plan);
}

PrintedRun runToEnd(const model::JobGraph& job, std::size_t batchRows) {
    std::ostringstream printed;
    auto plan = buildPrinting(job, batchRows, printed);
    if (!plan) return {};
    const Status status = plan->run();
    EXPECT_TRUE(status.ok()) << status.error().toString();
    return {lines(printed.str()), plan->metrics().snapshot()};
}

// ids 1..6 -> parity = id % 2 -> GROUP BY parity: COUNT(*), SUM(id) -> print sink "out".
model::JobGraph parityTotals() {
    JobBuilder b;
    b.sequence("gen", 1, 6);
    b.add("p", "project").outputs = {{"parity", "id % 2"}, {"id", "id"}};
    model::Node& group = b.add("g", "window-aggregate");
    group.options = {{"window.kind", "NONE"}};
    group.groupBy = {"parity"};
    group.outputs = {{"n", "COUNT(*)"}, {"total", "SUM(id)"}};
    b.add("out", "print-sink").options["print-identifier"] = "out";
    b.connect("gen", "p").connect("p", "g").connect("g", "out");
    return b.job();
}

TEST(WindowAggregatePlan, ContinuousGroupByWithoutMiniBatchPrintsTheChangelogOfEveryRow) {
    model::JobGraph job = parityTotals();
    job.settings.miniBatchEnabled = false;  // one change per row, as Flink without mini-batch
    const PrintedRun run = runToEnd(job, 4);
    const std::vector<std::string> expected = {
        "out> +I[1, 1, 1]",  "out> +I[0, 1, 2]",                      // ids 1, 2
        "out> -U[1, 1, 1]",  "out> +U[1, 2, 4]",                      // id 3
        "out> -U[0, 1, 2]",  "out> +U[0, 2, 6]",                      // id 4
        "out> -U[1, 2, 4]",  "out> +U[1, 3, 9]",                      // id 5
        "out> -U[0, 2, 6]",  "out> +U[0, 3, 12]",                     // id 6
    };
    EXPECT_EQ(run.lines, expected);
}

// Mini-batch through the plan: the latency and size are never reached, so the end of the input
// flushes the buffer: one +I per key, in order of first arrival, with the key's final result.
TEST(WindowAggregatePlan, ContinuousGroupByWithMiniBatchPrintsOneInsertPerKey) {
    model::JobGraph job = parityTotals();
    job.settings.miniBatchEnabled = true;
    job.settings.miniBatchLatency = std::chrono::hours(1);
    job.settings.miniBatchSize = 1000;
    const PrintedRun run = runToEnd(job, 4);
    std::vector<std::string> expected;
    for (long parity : {1L, 0L}) {
        long count = 0;
        long sum = 0;
        for (long id = 1; id <= 6; ++id) {
            if (id % 2 != parity) continue;
            ++count;
            sum += id;
        }
        expected.push_back("out> +I[" + std::to_string(parity) + ", " + std::to_string(count) + ", " +
                           std::to_string(sum) + "]");
    }
    EXPECT_EQ(run.lines, expected);
}

// End-to-end latency counts from a row's creation at the source to its sink write: the changes a
// GROUP BY emits carry the creation time of the input they derive from, with and without
// mini-batch. A batch without one would count from the clock's epoch (the machine's uptime).
TEST(WindowAggregatePlan, ContinuousGroupByLatencyRunsFromTheSourceToTheSink) {
    for (const bool miniBatch : {false, true}) {
        JobBuilder b;
        b.sequence("gen", 1, 5000);
        b.add("p", "project").outputs = {{"parity", "id % 2"}, {"id", "id"}};
        model::Node& group = b.add("g", "window-aggregate");
        group.options = {{"window.kind", "NONE"}};
        group.groupBy = {"parity"};
        group.outputs = {{"n", "COUNT(*)"}};
        b.add("out", "blackhole-sink");
        b.connect("gen", "p").connect("p", "g").connect("g", "out");
        model::JobGraph job = b.job();
        job.settings.miniBatchEnabled = miniBatch;
        const PrintedRun run = runToEnd(job, 64);
        SCOPED_TRACE(miniBatch ? "mini-batch" : "per row");
        EXPECT_GT(run.metrics.latency.count, 0u);
        EXPECT_LT(run.metrics.latency.p99Millis, 10'000) << toJsonLine(run.metrics);
    }
}

// The counts and sums of the `out> +I[..., n, total]` lines a window printed.
std::pair<long, long> countAndSum(const std::vector<std::string>& printed) {
    long count = 0;
    long sum = 0;
    for (const std::string& line : printed) {
        EXPECT_EQ(line.rfind("out> +I[", 0), 0u) << line;
        const auto lastComma = line.rfind(", ");
        const auto countComma = line.rfind(", ", lastComma - 1);
        count += std::stol(line.substr(countComma + 2, lastComma - countComma - 2));
        sum += std::stol(line.substr(lastComma + 2));
    }
    return {count, sum};
}

// A sequence source with the wall clock as event time; a one-day delay keeps every window open
// until the input ends, so the end-of-input flush alone emits them and no row can be late.
model::Node& clockedSequence(JobBuilder& b, const std::string& id, long start, long end,
                             std::chrono::milliseconds delay = std::chrono::hours(24)) {
    model::Node& source = b.sequence(id, start, end);
    source.schema.columns.push_back(test::column("ts", "TIMESTAMP(3)"));
    source.schema.watermark = model::Watermark{"ts", delay};
    return source;
}

void hourlyCounts(JobBuilder& b) {
    model::Node& window = b.add("w", "window-aggregate");
    window.options = {{"window.kind", "TUMBLE"}, {"window.time-column", "ts"}, {"window.size", "1 h"}};
    window.outputs = {{"n", "COUNT(*)"}, {"total", "SUM(id)"}};
    b.add("out", "print-sink").options["print-identifier"] = "out";
}

TEST(WindowAggregatePlan, TumblingWindowOverADatagenRowtimeCountsEveryRowOnceAtTheEnd) {
    JobBuilder b;
    clockedSequence(b, "gen", 1, 300);
    hourlyCounts(b);
    b.connect("gen", "w").connect("w", "out");
    const PrintedRun run = runToEnd(b.job(), 32);

    // A run that crosses an hour boundary yields two windows; their counts and sums add up.
    ASSERT_FALSE(run.lines.empty());
    ASSERT_LE(run.lines.size(), 2u);
    EXPECT_EQ(countAndSum(run.lines), std::make_pair(300L, 300L * 301 / 2));
    for (const NodeMetrics& node : run.metrics.nodes) {
        if (node.nodeId == "w") {
            EXPECT_EQ(node.lateRecordsDropped, 0u);
        }
    }
}

TEST(WindowAggregatePlan, AWindowBehindAUnionCountsTheRowsOfBothInputs) {
    JobBuilder b;
    clockedSequence(b, "low", 1, 200);
    clockedSequence(b, "high", 1001, 1100);
    b.add("both", "union");
    hourlyCounts(b);
    b.connect("low", "both").connect("high", "both").connect("both", "w").connect("w", "out");
    const PrintedRun run = runToEnd(b.job(), 16);
    long expectedSum = 0;
    for (long id = 1; id <= 200; ++id) expectedSum += id;
    for (long id = 1001; id <= 1100; ++id) expectedSum += id;
    EXPECT_EQ(countAndSum(run.lines), std::make_pair(300L, expectedSum));
}

// Two unbounded wall-clock sources with no delay into a union and 100 ms windows: a window's
// count reaches the sink while both inputs still run, so the union's queue forwarded the
// minimum of their watermarks (at the end of input every window would fire anyway).
TEST(WindowAggregatePlan, AWindowBehindAUnionFiresWhileBothInputsStillRun) {
    JobBuilder b;
    for (const char* id : {"left", "right"})
        clockedSequence(b, id, 1, 1000000000, std::chrono::milliseconds(0)).options["rows-per-second"] = "1000";
    b.add("both", "union");
    hourlyCounts(b);
    b.connect("left", "both").connect("right", "both").connect("both", "w").connect("w", "out");
    model::JobGraph job = b.job();
    job.findNode("w")->options["window.size"] = "100 ms";
    std::ostringstream printed;
    auto plan = buildPrinting(job, 10, printed);
    ASSERT_TRUE(plan);
    plan->start();
    EXPECT_TRUE(eventually([&] { return plan->metrics().snapshot().sinkRecords() > 0; }));
    EXPECT_FALSE(plan->waitFor(std::chrono::milliseconds(0)));  // unbounded: still running
    plan->stop();
    ASSERT_TRUE(plan->wait().ok());
}

// The plan says what validation says: the union, not the watermarked source, lost the rowtime.
TEST(WindowAggregatePlan, RefusesAWindowBehindAUnionWithAnInputWithoutWatermark) {
    JobBuilder b;
    clockedSequence(b, "timed", 1, 10);
    clockedSequence(b, "plain", 11, 20).schema.watermark.reset();
    b.add("both", "union");
    hourlyCounts(b);
    b.connect("timed", "both").connect("plain", "both").connect("both", "w").connect("w", "out");
    auto plan = Plan::build(b.job());
    ASSERT_FALSE(plan.ok());
    EXPECT_NE(plan.error().message.find("'ts' lost its event time in"), std::string::npos) << plan.error().message;
}

// gen → hourly TUMBLE → print, with one extra job setting.
model::JobGraph hourlyCountsWithSetting(const std::string& key, const std::string& value) {
    JobBuilder b;
    clockedSequence(b, "gen", 1, 10);
    hourlyCounts(b);
    b.connect("gen", "w").connect("w", "out");
    model::JobGraph job = b.job();
    job.settings.extra[key] = value;
    return job;
}

// Validation refuses it (setting-duration), and so the plan, naming the setting.
TEST(WindowAggregatePlan, RefusesAWatermarkIntervalThatIsNotADuration) {
    const model::JobGraph job = hourlyCountsWithSetting("pipeline.auto-watermark-interval", "often");
    auto plan = Plan::build(job);
    ASSERT_FALSE(plan.ok());
    EXPECT_NE(plan.error().message.find("'often' is not a duration"), std::string::npos) << plan.error().message;
    EXPECT_NE(plan.error().message.find("run validate"), std::string::npos) << plan.error().message;
}

// Flink would exclude an idle input from the union's watermark; the local runtime cannot, so it
// refuses a job that sets a source idle timeout rather than run it with other results. 0 is off.
TEST(WindowAggregatePlan, RefusesASourceIdleTimeoutItCannotHonourNamingTheSetting) {
    model::JobGraph job = hourlyCountsWithSetting("table.exec.source.idle-timeout", "30 s");
    auto plan = Plan::build(job);
    ASSERT_FALSE(plan.ok());
    EXPECT_NE(plan.error().message.find("does not detect idle sources"), std::string::npos) << plan.error().message;
    EXPECT_EQ(plan.error().location, "settings / table.exec.source.idle-timeout");
    job.settings.extra["table.exec.source.idle-timeout"] = "0 ms";
    std::ostringstream printed;
    EXPECT_TRUE(buildPrinting(job, 16, printed));
}

TEST(WindowAggregatePlan, TheShippedExamplesAggregateCompiles) {
    auto job = model::loadJobFile(std::string(SW_SOURCE_DIR) + "/resources/examples/orders-enrichment.json");
    ASSERT_TRUE(job.ok()) << job.error().toString();
    std::vector<analysis::Diagnostic> diagnostics;
    const auto relations = analysis::inferRelations(*job, diagnostics);
    const model::Node* node = job->findNode("per-city");
    ASSERT_NE(node, nullptr);
    auto op = createWindowAggregate(*job, *node, relations, nullptr);
    EXPECT_TRUE(op.ok()) << op.error().toString();
}

TEST(WindowAggregatePlan, LateRowsAppearInTheMetricsJsonOfWindowNodes) {
    MetricsRegistry registry;
    registry.addNode("w", "w", "window-aggregate", false, false).lateRecordsDropped = 2;
    registry.addNode("p", "p", "project", false, false);
    const std::string json = toJsonLine(registry.snapshot());
    EXPECT_NE(json.find("\"lateRecordsDropped\":2"), std::string::npos) << json;
    EXPECT_EQ(json.find("lateRecordsDropped"), json.rfind("lateRecordsDropped")) << json;  // not on the project
}

}  // namespace
}  // namespace sw::runtime
