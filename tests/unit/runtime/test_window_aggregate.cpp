// Window aggregates (TUMBLE / HOP): windows per key fired by the watermark, late rows dropped and
// counted, out-of-order rows within the delay included, end-of-input flush, refusals, and a window
// behind a union's queue that fires only on the minimum of its inputs' watermarks.
#include <gtest/gtest.h>

#include "runtime/engine/batch_queue.h"
#include "runtime/engine/row_time.h"
#include "window_test_support.h"

namespace sw::runtime {
namespace {

using test::batchOf;
using test::describe;
using test::inputRow;
using test::WindowJob;
using Rows = std::vector<std::string>;

void tumble(WindowJob& job, const std::string& size, std::vector<model::NamedExpression> outputs) {
    model::Node& window = job.window();
    window.options = {{"window.kind", "TUMBLE"}, {"window.time-column", "ts"}, {"window.size", size}};
    window.groupBy = {"k"};
    window.outputs = std::move(outputs);
}

// Feeds `batches` one by one through the source's watermark generator and `op`, then ends the
// input; returns what came out after each step.
std::vector<Rows> run(const WindowJob& job, Operator& op, const std::vector<std::vector<expr::Row>>& batches) {
    WatermarkAssigner watermarks = job.watermarks();
    std::vector<Rows> out;
    for (const auto& rows : batches) {
        Batch batch = batchOf(rows);
        EXPECT_TRUE(watermarks.process(batch).ok());
        const Status processed = op.process(batch);
        EXPECT_TRUE(processed.ok()) << processed.error().toString();
        out.push_back(describe(batch));
    }
    Batch rest;
    const Status ended = op.endOfInput(rest);
    EXPECT_TRUE(ended.ok()) << ended.error().toString();
    out.push_back(describe(rest));
    return out;
}

TEST(WindowAggregate, TumblingCountsAndSumsPerWindowAndKeyFireWhenTheWatermarkPassesTheEnd) {
    WindowJob job(2000);
    tumble(job, "10 s", {{"n", "COUNT(*)"}, {"total", "SUM(v)"}});
    auto op = job.create();
    ASSERT_TRUE(op.ok()) << op.error().toString();
    const auto out = run(job, **op, {
        {inputRow(1000, "a", 1), inputRow(2000, "b", 10), inputRow(5000, "a", 2), inputRow(9000, "a", 3)},
        {inputRow(11000, "b", 20)},                                      // watermark 9000: nothing fires
        {inputRow(12000, "a", 4)},                                       // watermark 10000 >= 9999: [0, 10 s) fires
        {inputRow(25000, "b", 5)},                                       // watermark 23000: [10 s, 20 s) fires
    });
    const std::vector<Rows> expected = {
        {},
        {},
        {"+I[0, 10000, a, 3, 6]", "+I[0, 10000, b, 1, 10]"},
        {"+I[10000, 20000, a, 1, 4]", "+I[10000, 20000, b, 1, 20]"},
        {"+I[20000, 30000, b, 1, 5]"},  // end of input fires the rest
    };
    EXPECT_EQ(out, expected);
    EXPECT_EQ(job.counters().lateRecordsDropped.load(), 0u);
}

TEST(WindowAggregate, OutOfOrderRowsWithinTheDelayCountAndLateRowsAreDroppedAndCounted) {
    WindowJob job(2000);
    tumble(job, "10 s", {{"n", "COUNT(*)"}, {"total", "SUM(v)"}});
    auto op = job.create();
    ASSERT_TRUE(op.ok()) << op.error().toString();
    const auto out = run(job, **op, {
        {inputRow(1000, "a", 1), inputRow(11998, "a", 2)},  // watermark 9998: [0, 10 s) still open
        {inputRow(9500, "a", 4)},                           // out of order, within the delay: counted
        {inputRow(11999, "a", 8)},                          // watermark 9999: [0, 10 s) fires
        {inputRow(9999, "a", 16), inputRow(500, "a", 32)},  // both late: dropped
        {inputRow(10000, "a", 64)},                         // [10 s, 20 s) is still open
    });
    const std::vector<Rows> expected = {
        {}, {}, {"+I[0, 10000, a, 2, 5]"}, {}, {}, {"+I[10000, 20000, a, 3, 74]"}};
    EXPECT_EQ(out, expected);
    EXPECT_EQ(job.counters().lateRecordsDropped.load(), 2u);
}

TEST(WindowAggregate, HoppingWindowsHoldEachRowInSizeOverSlideWindows) {
    WindowJob job(2000);
    model::Node& window = job.window();
    window.options = {{"window.kind", "HOP"}, {"window.time-column", "ts"}, {"window.size", "10 s"},
                      {"window.slide", "5 s"}};
    window.outputs = {{"n", "COUNT(*)"}, {"total", "SUM(v)"}};
    auto op = job.create();
    ASSERT_TRUE(op.ok()) << op.error().toString();
    const auto out = run(job, **op, {
        {inputRow(1000, "a", 1), inputRow(6000, "a", 2)},
        {inputRow(12000, "a", 4)},  // watermark 10000: [-5 s, 5 s) and [0, 10 s) fire
        {inputRow(7000, "a", 8)},   // [0, 10 s) fired, [5 s, 15 s) open: counted there only
        {inputRow(3000, "a", 16)},  // both its windows fired: late
    });
    const std::vector<Rows> expected = {
        {},
        {"+I[-5000, 5000, 1, 1]", "+I[0, 10000, 2, 3]"},
        {},
        {},
        {"+I[5000, 15000, 3, 14]", "+I[10000, 20000, 1, 4]"},
    };
    EXPECT_EQ(out, expected);
    EXPECT_EQ(job.counters().lateRecordsDropped.load(), 1u);
}

TEST(WindowAggregate, EndOfInputFiresEveryOpenWindowInTimeOrder) {
    WindowJob job(3'600'000);  // the watermark never reaches a window end before the input ends
    tumble(job, "1 min", {{"n", "COUNT(*)"}});
    auto op = job.create();
    ASSERT_TRUE(op.ok()) << op.error().toString();
    const auto out = run(job, **op, {{inputRow(130000, "b", 1), inputRow(5000, "a", 1), inputRow(61000, "a", 1),
                                 inputRow(62000, "a", 1)}});
    const std::vector<Rows> expected = {
        {}, {"+I[0, 60000, a, 1]", "+I[60000, 120000, a, 2]", "+I[120000, 180000, b, 1]"}};
    EXPECT_EQ(out, expected);
}

TEST(WindowAggregate, CountDistinctAndOutputExpressionsOverWindowBounds) {
    WindowJob job(0);
    tumble(job, "10 s", {{"distinct_v", "COUNT(DISTINCT v)"}, {"all_v", "COUNT(v)"}, {"last_start", "window_start"}});
    auto op = job.create();
    ASSERT_TRUE(op.ok()) << op.error().toString();
    const auto out = run(job, **op, {{inputRow(1000, "a", 7), inputRow(2000, "a", 7), inputRow(3000, "a", 8),
                                 inputRow(4000, "b", 7), inputRow(14000, "a", 7)}});
    const std::vector<Rows> expected = {
        {"+I[0, 10000, a, 2, 3, 0]", "+I[0, 10000, b, 1, 1, 0]"}, {"+I[10000, 20000, a, 1, 1, 10000]"}};
    EXPECT_EQ(out, expected);
}

// Expected values from Flink's definitions: LISTAGG joins non-NULL values in arrival order with ','
// (ListAggFunction), FIRST/LAST_VALUE keep the first/last non-NULL value, STDDEV_POP of INT is
// CAST(POWER((SUM(v*v) - SUM(v)*SUM(v)/COUNT(v)) / COUNT(v), 0.5) AS INT) in integer arithmetic.
TEST(WindowAggregate, ListAggFirstLastValueAndStandardDeviationPerWindow) {
    WindowJob job(0);
    tumble(job, "10 s", {{"vs", "LISTAGG(CAST(v AS STRING))"}, {"first_v", "FIRST_VALUE(v)"}, {"last_v", "LAST_VALUE(v)"},
                         {"sd", "STDDEV_POP(v)"}, {"sd_d", "CAST(STDDEV_POP(CAST(v AS DOUBLE)) AS STRING)"}});
    auto op = job.create();
    ASSERT_TRUE(op.ok()) << op.error().toString();
    const auto out = run(job, **op, {{inputRow(1000, "a", 2), inputRow(2000, "a", 4), inputRow(3000, "a", 4),
                                      inputRow(4000, "a", 5), inputRow(5000, "a", 5), inputRow(6000, "a", 7),
                                      inputRow(7000, "a", 9), inputRow(8000, "a", 4), inputRow(14000, "a", 3)}});
    // 2, 4, 4, 5, 5, 7, 9, 4: n 8, sum 40, squares 232; (232 - 1600 / 8) / 8 = 4, its root 2 (exact in
    // DOUBLE too). [10 s, 20 s): one value 3, deviation 0.
    const std::vector<Rows> expected = {{"+I[0, 10000, a, 2,4,4,5,5,7,9,4, 2, 4, 2, 2.0]"},
                                        {"+I[10000, 20000, a, 3, 3, 3, 0, 0.0]"}};
    EXPECT_EQ(out, expected);
}

TEST(WindowAggregate, ANullRowTimeFailsNamingTheColumn) {
    WindowJob job;
    tumble(job, "10 s", {{"n", "COUNT(*)"}});
    auto op = job.create();
    ASSERT_TRUE(op.ok()) << op.error().toString();
    Batch batch = batchOf({{expr::Value(), expr::Value("a"), expr::Value(1)}});
    const Status status = (*op)->process(batch);
    ASSERT_FALSE(status.ok());
    EXPECT_NE(status.error().message.find("'ts' is NULL"), std::string::npos) << status.error().message;
}

TEST(WindowAggregate, RefusesWhatItCannotRunNamingTheNode) {
    struct Case {
        const char* name;
        void (*configure)(WindowJob&);
        const char* expected;
    };
    const Case cases[] = {
        {"hop size not a multiple of the slide",
         [](WindowJob& job) {
             job.window().options = {{"window.kind", "HOP"}, {"window.time-column", "ts"},
                                     {"window.size", "10 s"}, {"window.slide", "3 s"}};
         },
         "whole multiple of its slide"},
        {"processing-time column",
         [](WindowJob& job) {
             job.job().findNode("src")->schema.procTimeColumn = "pt";
             job.window().options["window.time-column"] = "pt";
         },
         "event-time windows only"},
        {"bad size",
         [](WindowJob& job) { job.window().options["window.size"] = "soon"; },
         "not a positive duration"},
        {"updating input",
         [](WindowJob& job) {
             model::Node group;
             group.id = group.name = "g";
             group.kind = "window-aggregate";
             group.options = {{"window.kind", "NONE"}};
             group.groupBy = {"k"};
             group.outputs = {{"ts", "MAX(ts)"}};
             job.job().nodes.push_back(group);
             job.job().edges = {{"src", "out", "g", "in"}, {"g", "out", "w", "in"}};
         },
         "updating stream"},
    };
    for (const Case& c : cases) {
        WindowJob job;
        tumble(job, "10 s", {{"n", "COUNT(*)"}});
        c.configure(job);
        auto op = job.create();
        ASSERT_FALSE(op.ok()) << c.name;
        EXPECT_NE(op.error().message.find(c.expected), std::string::npos) << c.name << ": " << op.error().message;
        EXPECT_NE(op.error().location.find("node 'w'"), std::string::npos) << c.name << ": " << op.error().location;
    }
}

// Two sources with different event-time progress, merged by a union in front of a TUMBLE window.
TEST(WindowAggregate, BehindAUnionQueueItFiresOnlyWhenBothInputsPassedTheWindowEnd) {
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
