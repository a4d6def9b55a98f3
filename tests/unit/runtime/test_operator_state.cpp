// Checkpoint state of operators and sources: snapshot, restore into a fresh instance, continue —
// the output equals that of an uninterrupted instance. Corrupt state is refused precisely.
#include <gtest/gtest.h>

#include "job_builder.h"
#include "runtime/operators/datagen_source.h"
#include "window_test_support.h"

namespace sw::runtime {
namespace {

using test::batchOf;
using test::describe;
using test::inputRow;
using test::WindowJob;
using Rows = std::vector<std::string>;
using Batches = std::vector<std::vector<expr::Row>>;

// Each batch goes through the source's watermark generator first, as in a plan.
Rows feed(WatermarkAssigner& watermarks, Operator& op, const Batches& batches) {
    Rows out;
    for (const auto& rows : batches) {
        Batch batch = batchOf(rows);
        EXPECT_TRUE(watermarks.process(batch).ok());
        const Status status = op.process(batch);
        EXPECT_TRUE(status.ok()) << status.error().toString();
        for (auto& line : describe(batch)) out.push_back(std::move(line));
    }
    return out;
}

Rows finishInput(Operator& op) {
    Batch rest;
    const Status status = op.endOfInput(rest);
    EXPECT_TRUE(status.ok()) << status.error().toString();
    return describe(rest);
}

// Runs `before` then `after` through one operator, and through two: the second restored from the
// first's snapshot taken between them, behind a fresh watermark generator (it keeps no state, as
// in Flink). Both must emit the same rows after the cut.
void expectRestoreContinuesExactly(WindowJob& job, const Batches& before, const Batches& after) {
    auto uninterrupted = job.create();
    ASSERT_TRUE(uninterrupted.ok()) << uninterrupted.error().toString();
    WatermarkAssigner watermarks = job.watermarks();
    feed(watermarks, **uninterrupted, before);
    Rows expected = feed(watermarks, **uninterrupted, after);
    for (auto& row : finishInput(**uninterrupted)) expected.push_back(std::move(row));

    auto first = job.create();
    ASSERT_TRUE(first.ok());
    WatermarkAssigner firstWatermarks = job.watermarks();
    feed(firstWatermarks, **first, before);
    const std::string state = (*first)->snapshotState();
    ASSERT_FALSE(state.empty());
    auto second = job.create();
    ASSERT_TRUE(second.ok());
    const Status restored = (*second)->restoreState(state);
    ASSERT_TRUE(restored.ok()) << restored.error().toString();
    WatermarkAssigner secondWatermarks = job.watermarks();
    Rows resumed = feed(secondWatermarks, **second, after);
    for (auto& row : finishInput(**second)) resumed.push_back(std::move(row));
    EXPECT_FALSE(expected.empty());
    EXPECT_EQ(resumed, expected);
}

TEST(OperatorState, GroupAggregateContinuesEveryKeyAndAggregateAfterARestore) {
    WindowJob job;
    job.job().settings.miniBatchEnabled = false;
    job.window().options = {{"window.kind", "NONE"}};
    job.window().groupBy = {"k"};
    job.window().outputs = {{"n", "COUNT(*)"},  {"total", "SUM(v)"},           {"distinct_v", "COUNT(DISTINCT v)"},
                            {"top", "MAX(v)"},  {"low", "MIN(v)"},             {"mean", "CAST(AVG(v) AS BIGINT)"}};
    expectRestoreContinuesExactly(job,
                                  {{inputRow(0, "a", 1), inputRow(0, "b", 2), inputRow(0, "a", 3)},
                                   {inputRow(0, "c", -7), inputRow(0, "a", 3)}},
                                  {{inputRow(0, "a", 10), inputRow(0, "b", 2)}, {inputRow(0, "c", 4)}});
}

TEST(OperatorState, GroupAggregateContinuesListAggFirstLastAndVarianceAfterARestore) {
    WindowJob job;
    job.job().settings.miniBatchEnabled = false;
    job.window().options = {{"window.kind", "NONE"}};
    job.window().groupBy = {"k"};
    job.window().outputs = {{"list", "LISTAGG(CAST(v AS STRING), '-')"}, {"first_v", "FIRST_VALUE(v)"},
                            {"last_v", "LAST_VALUE(v)"},  {"var_v", "VAR_SAMP(CAST(v AS DOUBLE))"},
                            {"sd_v", "STDDEV_POP(DISTINCT v)"}, {"list_d", "LISTAGG(DISTINCT CAST(v AS STRING))"}};
    expectRestoreContinuesExactly(job,
                                  {{inputRow(0, "a", 1), inputRow(0, "b", 2), inputRow(0, "a", 3)},
                                   {inputRow(0, "c", -7), inputRow(0, "a", 3)}},
                                  {{inputRow(0, "a", 10), inputRow(0, "b", 2)}, {inputRow(0, "c", 4)}});
}

TEST(OperatorState, GroupAggregateKeepsRowsWaitingInTheMiniBatchBufferAcrossARestore) {
    WindowJob job;
    job.job().settings.miniBatchEnabled = true;
    job.job().settings.miniBatchSize = 4;  // the cut falls with 3 rows buffered
    job.job().settings.miniBatchLatency = std::chrono::hours(1);
    job.window().options = {{"window.kind", "NONE"}};
    job.window().groupBy = {"k"};
    job.window().outputs = {{"n", "COUNT(*)"}, {"total", "SUM(v)"}};
    expectRestoreContinuesExactly(job,
                                  {{inputRow(0, "a", 1), inputRow(0, "b", 2), inputRow(0, "a", 3), inputRow(0, "c", 4)},
                                   {inputRow(0, "a", 5), inputRow(0, "b", 6), inputRow(0, "d", 7)}},
                                  {{inputRow(0, "a", 10)}, {inputRow(0, "c", 4), inputRow(0, "e", 1)}});
}

TEST(OperatorState, GroupAggregateKeepsTheIdleTimeOfAKeyAcrossARestore) {
    WindowJob job;
    job.job().settings.miniBatchEnabled = false;
    job.window().options = {{"window.kind", "NONE"}};
    job.window().groupBy = {"k"};
    job.window().outputs = {{"n", "COUNT(*)"}};
    job.job().settings.stateTtl = std::chrono::milliseconds(1000);
    SteadyTime now{};
    auto first = job.create([&] { return now; });
    ASSERT_TRUE(first.ok());
    WatermarkAssigner watermarks = job.watermarks();
    feed(watermarks, **first, {{inputRow(0, "a", 1)}});
    now += std::chrono::milliseconds(600);
    const std::string state = (*first)->snapshotState();

    SteadyTime later = SteadyTime{} + std::chrono::hours(5);  // another process: another clock
    auto second = job.create([&] { return later; });
    ASSERT_TRUE(second.ok());
    ASSERT_TRUE((*second)->restoreState(state).ok());
    later += std::chrono::milliseconds(300);  // idle 900 ms in all: still within the TTL
    EXPECT_EQ(feed(watermarks, **second, {{inputRow(0, "a", 1)}}), (Rows{"-U[a, 1]", "+U[a, 2]"}));
    later += std::chrono::milliseconds(1001);  // idle longer than the TTL: starts over
    EXPECT_EQ(feed(watermarks, **second, {{inputRow(0, "a", 1)}}), (Rows{"+I[a, 1]"}));
}

TEST(OperatorState, TumblingWindowsKeepOpenWindowsAndTheWatermarkAcrossARestore) {
    WindowJob job(2000);
    job.window().options = {{"window.kind", "TUMBLE"}, {"window.time-column", "ts"}, {"window.size", "10 s"}};
    job.window().groupBy = {"k"};
    job.window().outputs = {{"n", "COUNT(*)"}, {"total", "SUM(v)"}};
    // Before the cut: [0, 10 s) fired, [10 s, 20 s) open with both keys.
    expectRestoreContinuesExactly(job,
                                  {{inputRow(1000, "a", 1), inputRow(12000, "b", 2)},
                                   {inputRow(13000, "a", 3), inputRow(14000, "b", 4)}},
                                  // 9000 is late only if the restored watermark (12000) is kept.
                                  {{inputRow(9000, "a", 100), inputRow(15000, "a", 5)}, {inputRow(31000, "b", 6)}});
}

TEST(OperatorState, HoppingWindowsContinueAfterARestore) {
    WindowJob job(0);
    job.window().options = {{"window.kind", "HOP"},   {"window.time-column", "ts"},
                            {"window.size", "10 s"}, {"window.slide", "5 s"}};
    job.window().groupBy = {"k"};
    job.window().outputs = {{"n", "COUNT(*)"}};
    expectRestoreContinuesExactly(job, {{inputRow(1000, "a", 1), inputRow(6000, "a", 1), inputRow(7000, "b", 1)}},
                                  {{inputRow(11000, "a", 1)}, {inputRow(26000, "b", 1)}});
}

TEST(OperatorState, ATruncatedAggregateStateIsRefusedWithWhereItBroke) {
    WindowJob job;
    job.window().options = {{"window.kind", "NONE"}};
    job.window().groupBy = {"k"};
    job.window().outputs = {{"n", "COUNT(*)"}};
    job.job().settings.miniBatchEnabled = false;
    auto first = job.create();
    ASSERT_TRUE(first.ok());
    WatermarkAssigner watermarks = job.watermarks();
    feed(watermarks, **first, {{inputRow(0, "alpha", 1), inputRow(0, "beta", 2)}});
    const std::string state = (*first)->snapshotState();
    auto second = job.create();
    ASSERT_TRUE(second.ok());
    const Status restored = (*second)->restoreState(std::string_view(state).substr(0, state.size() - 3));
    ASSERT_FALSE(restored.ok());
    EXPECT_NE(restored.error().message.find("corrupt"), std::string::npos) << restored.error().message;
    EXPECT_NE(restored.error().message.find("at byte"), std::string::npos) << restored.error().message;
}

TEST(OperatorState, AStatelessOperatorRefusesState) {
    struct Stateless final : Operator {
        Status process(Batch&) override { return Ok{}; }
    } stateless;
    EXPECT_TRUE(stateless.restoreState("").ok());
    const Status refused = stateless.restoreState("x");
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("keeps none"), std::string::npos);
}

model::Node sequenceNode(std::int64_t end) {
    model::Node node;
    node.id = node.name = "gen";
    node.kind = "datagen-source";
    node.schema.columns = {test::column("id", "BIGINT")};
    node.options = {{"fields.id.kind", "sequence"}, {"fields.id.start", "0"}, {"fields.id.end", std::to_string(end)},
                    {"rows-per-second", "1000000000"}};
    return node;
}

std::vector<std::int64_t> ids(DatagenSource& source, std::size_t maxBatches) {
    std::atomic<bool> stopping{false};
    std::vector<std::int64_t> out;
    for (std::size_t i = 0; i < maxBatches; ++i) {
        Batch batch;
        auto more = source.next(batch, stopping);
        EXPECT_TRUE(more.ok());
        if (!more.ok() || !*more) break;
        for (const auto& row : batch.rows) out.push_back(row[0].as<std::int64_t>());
    }
    return out;
}

TEST(OperatorState, DatagenSequenceContinuesAfterTheLastValueOfTheSnapshot) {
    const model::Node node = sequenceNode(99);
    auto first = DatagenSource::create(node, node.schema.columns, 7, std::nullopt);
    ASSERT_TRUE(first.ok());
    const auto before = ids(**first, 3);
    ASSERT_EQ(before.size(), 21u);
    const std::string state = (*first)->snapshotState();

    auto second = DatagenSource::create(node, node.schema.columns, 7, std::nullopt);
    ASSERT_TRUE(second.ok());
    ASSERT_TRUE((*second)->restoreState(state).ok());
    const auto after = ids(**second, 1000);
    ASSERT_EQ(after.size(), 79u);
    for (std::size_t i = 0; i < after.size(); ++i) EXPECT_EQ(after[i], static_cast<std::int64_t>(21 + i));
}

TEST(OperatorState, DatagenRefusesAPositionBeyondItsEnd) {
    const model::Node longer = sequenceNode(99);
    auto first = DatagenSource::create(longer, longer.schema.columns, 50, std::nullopt);
    ASSERT_TRUE(first.ok());
    ids(**first, 2);
    const model::Node shorter = sequenceNode(9);
    auto second = DatagenSource::create(shorter, shorter.schema.columns, 50, std::nullopt);
    ASSERT_TRUE(second.ok());
    const Status restored = (*second)->restoreState((*first)->snapshotState());
    ASSERT_FALSE(restored.ok());
    EXPECT_NE(restored.error().message.find("100 rows were emitted"), std::string::npos) << restored.error().message;
}

}  // namespace
}  // namespace sw::runtime
