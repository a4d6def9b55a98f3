// WatermarkAssigner: max(row time) - delay, sent after a batch that moved it on by more than the
// interval or by the periodic timer; and, through a Stage, rows a filter drops behind the source
// still advance the watermark that fires a window.
#include <gtest/gtest.h>

#include "runtime/operators/filter_operator.h"
#include "runtime/engine/stage.h"
#include "window_test_support.h"

namespace sw::runtime {
namespace {

using namespace test;

std::optional<std::int64_t> sentAfter(WatermarkAssigner& assigner, const std::vector<expr::Row>& rows) {
    Batch batch = batchOf(rows);
    EXPECT_TRUE(assigner.process(batch).ok());
    EXPECT_EQ(batch.size(), rows.size());  // rows pass unchanged
    return batch.watermarkAfterRows;
}

TEST(WatermarkAssigner, SendsTheMaximumRowTimeMinusTheDelayAfterEveryBatchThatAdvancesIt) {
    WatermarkAssigner assigner(0, "ts", std::chrono::milliseconds(2000), std::chrono::milliseconds(0));
    EXPECT_EQ(sentAfter(assigner, {inputRow(5000, "a", 1), inputRow(9000, "a", 1), inputRow(7000, "a", 1)}),
              std::optional<std::int64_t>(7000));
    EXPECT_EQ(sentAfter(assigner, {inputRow(8000, "a", 1)}), std::nullopt);  // out of order: no advance
    EXPECT_EQ(sentAfter(assigner, {}), std::nullopt);
    EXPECT_EQ(sentAfter(assigner, {inputRow(9001, "a", 1)}), std::optional<std::int64_t>(7001));
    EXPECT_FALSE(assigner.nextDeadline().has_value());  // interval 0: no periodic timer, as in Flink
}

TEST(WatermarkAssigner, SmallAdvancesWaitForThePeriodicTimer) {
    WatermarkAssigner assigner(0, "ts", std::chrono::milliseconds(0), std::chrono::milliseconds(200));
    EXPECT_EQ(sentAfter(assigner, {inputRow(10000, "a", 1)}), std::optional<std::int64_t>(10000));  // the first
    EXPECT_EQ(sentAfter(assigner, {inputRow(10150, "a", 1)}), std::nullopt);  // 150 ms on: within the interval
    EXPECT_EQ(sentAfter(assigner, {inputRow(10500, "a", 1)}), std::optional<std::int64_t>(10500));  // jumped on

    EXPECT_EQ(sentAfter(assigner, {inputRow(10600, "a", 1)}), std::nullopt);
    const auto due = assigner.nextDeadline();
    ASSERT_TRUE(due.has_value());
    Batch timer;
    ASSERT_TRUE(assigner.onTimer(*due, timer).ok());
    EXPECT_TRUE(timer.empty());
    EXPECT_EQ(timer.watermarkAfterRows, std::optional<std::int64_t>(10600));
    EXPECT_EQ(assigner.nextDeadline(), std::optional<SteadyTime>(*due + std::chrono::milliseconds(200)));
    Batch idle;
    ASSERT_TRUE(assigner.onTimer(*assigner.nextDeadline(), idle).ok());
    EXPECT_FALSE(idle.watermarkAfterRows.has_value());  // nothing new: nothing sent
}

TEST(WatermarkAssigner, ANullRowTimeFailsNamingTheColumn) {
    WatermarkAssigner assigner(0, "ts", std::chrono::milliseconds(0), std::chrono::milliseconds(0));
    Batch batch = batchOf({{expr::Value(), expr::Value("a"), expr::Value(1)}});
    const Status status = assigner.process(batch);
    ASSERT_FALSE(status.ok());
    EXPECT_NE(status.error().message.find("'ts' is NULL"), std::string::npos) << status.error().message;
}

// source -> watermark -> filter (k = 'a') -> TUMBLE 10 s, run by one Stage as the plan wires it.
TEST(WatermarkAssigner, RowsAFilterDropsStillAdvanceTheWatermarkThatFiresAWindow) {
    WindowJob job(2000);
    model::Node& window = job.window();
    window.options = {{"window.kind", "TUMBLE"}, {"window.time-column", "ts"}, {"window.size", "10 s"}};
    window.groupBy = {"k"};
    window.outputs = {{"n", "COUNT(*)"}};
    auto op = job.create();
    ASSERT_TRUE(op.ok()) << op.error().toString();
    model::Node filterNode;
    filterNode.id = filterNode.name = "f";
    filterNode.kind = "filter";
    filterNode.options = {{"condition", "k = 'a'"}};
    auto filter = FilterOperator::create(filterNode, job.job().findNode("src")->schema.columns);
    ASSERT_TRUE(filter.ok()) << filter.error().toString();

    BatchQueue input(4, 1);
    BatchQueue output(16, 1);
    Stage stage("test");
    stage.setInput(&input);
    stage.addStep(std::make_unique<WatermarkAssigner>(job.watermarks()), nullptr, "src");
    stage.addStep(std::move(*filter), nullptr, "f");
    stage.addStep(std::move(*op), nullptr, "w");
    stage.addOutput(&output, 0);
    // Only a 'b' row, dropped by the filter, moves event time past the end of [0 s, 10 s).
    ASSERT_TRUE(input.push(0, batchOf({inputRow(1000, "a", 1), inputRow(3000, "a", 1)})));
    ASSERT_TRUE(input.push(0, batchOf({inputRow(13000, "b", 1)})));
    input.close(0);
    std::atomic<bool> stopping{false};
    const Status status = stage.run(stopping);
    ASSERT_TRUE(status.ok()) << status.error().toString();

    std::vector<Batch> batches;
    while (auto batch = output.pop()) batches.push_back(std::move(*batch));
    ASSERT_EQ(batches.size(), 2u);
    EXPECT_TRUE(batches[0].empty());
    EXPECT_EQ(batches[0].watermarkAfterRows, std::optional<std::int64_t>(3000 - 2000));
    // The window fired on the watermark the filtered row produced, not at the end of the input.
    EXPECT_EQ(describe(batches[1]), std::vector<std::string>{"+I[0, 10000, a, 2]"});
    EXPECT_EQ(batches[1].watermarkAfterRows, std::optional<std::int64_t>(13000 - 2000));
}

}  // namespace
}  // namespace sw::runtime
