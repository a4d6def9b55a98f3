// Continuous GROUP BY (window.kind NONE): the exact +I / -U / +U changelog, state TTL on
// processing time, no output for an unchanged result when state cleaning is off, and mini-batch
// (one change per key per flush, flushed by size, timer, aligned boundary, final watermark and end of
// input; the oldest creation time; unchanged results and TTL; same final results).
#include <gtest/gtest.h>

#include <map>

#include "window_test_support.h"

namespace sw::runtime {
namespace {

using test::batchOf;
using test::describe;
using test::inputRow;
using test::WindowJob;
using Rows = std::vector<std::string>;

void groupByKey(WindowJob& job, std::vector<model::NamedExpression> outputs) {
    job.job().settings.miniBatchEnabled = false;
    job.window().options = {{"window.kind", "NONE"}};
    job.window().groupBy = {"k"};
    job.window().outputs = std::move(outputs);
}

Rows process(Operator& op, const std::vector<expr::Row>& rows) {
    Batch batch = batchOf(rows);
    const Status status = op.process(batch);
    EXPECT_TRUE(status.ok()) << status.error().toString();
    return describe(batch);
}

TEST(GroupAggregate, EmitsInsertForANewKeyAndRetractThenUpdateForAnExistingOne) {
    WindowJob job;
    groupByKey(job, {{"n", "COUNT(*)"}, {"total", "SUM(v)"}});
    auto op = job.create();
    ASSERT_TRUE(op.ok()) << op.error().toString();
    EXPECT_EQ(process(**op, {inputRow(0, "a", 1), inputRow(0, "b", 2), inputRow(0, "a", 3)}),
              (Rows{"+I[a, 1, 1]", "+I[b, 1, 2]", "-U[a, 1, 1]", "+U[a, 2, 4]"}));
    EXPECT_EQ(process(**op, {inputRow(0, "b", 5)}), (Rows{"-U[b, 1, 2]", "+U[b, 2, 7]"}));
    Batch rest;
    ASSERT_TRUE((*op)->endOfInput(rest).ok());
    EXPECT_TRUE(rest.empty());  // a continuous aggregate has already emitted everything
}

TEST(GroupAggregate, WithoutGroupByOneGlobalRowIsUpdated) {
    WindowJob job;
    groupByKey(job, {{"n", "COUNT(DISTINCT v)"}});
    job.window().groupBy.clear();
    auto op = job.create();
    ASSERT_TRUE(op.ok()) << op.error().toString();
    EXPECT_EQ(process(**op, {inputRow(0, "a", 1), inputRow(0, "b", 1), inputRow(0, "c", 2)}),
              (Rows{"+I[1]", "-U[1]", "+U[1]", "-U[1]", "+U[2]"}));
}

TEST(GroupAggregate, AKeyIdleLongerThanTheStateTtlStartsOver) {
    WindowJob job;
    groupByKey(job, {{"n", "COUNT(*)"}});
    job.job().settings.stateTtl = std::chrono::milliseconds(1000);
    SteadyTime now{};
    auto op = job.create([&] { return now; });
    ASSERT_TRUE(op.ok()) << op.error().toString();
    EXPECT_EQ(process(**op, {inputRow(0, "a", 1), inputRow(0, "b", 1)}), (Rows{"+I[a, 1]", "+I[b, 1]"}));
    now += std::chrono::milliseconds(1000);  // exactly the TTL: not idle longer than it yet
    EXPECT_EQ(process(**op, {inputRow(0, "a", 1)}), (Rows{"-U[a, 1]", "+U[a, 2]"}));
    now += std::chrono::milliseconds(1001);  // b idle 2001 ms, a 1001 ms: both expired
    EXPECT_EQ(process(**op, {inputRow(0, "a", 1), inputRow(0, "b", 1)}), (Rows{"+I[a, 1]", "+I[b, 1]"}));
    auto* group = dynamic_cast<GroupAggregateOperator*>(op->get());
    ASSERT_NE(group, nullptr);
    now += std::chrono::milliseconds(5000);
    process(**op, {inputRow(0, "c", 1)});
    EXPECT_EQ(group->keyCount(), 1u);  // the sweep forgot a and b
}

TEST(GroupAggregate, AnUnchangedResultEmitsNothingWhenStateCleaningIsOff) {
    WindowJob job;
    groupByKey(job, {{"top", "MAX(v)"}});
    job.job().settings.stateTtl = std::chrono::milliseconds(0);
    auto op = job.create();
    ASSERT_TRUE(op.ok()) << op.error().toString();
    EXPECT_EQ(process(**op, {inputRow(0, "a", 5), inputRow(0, "a", 3), inputRow(0, "a", 9)}),
              (Rows{"+I[a, 5]", "-U[a, 5]", "+U[a, 9]"}));
}

TEST(GroupAggregate, RefusesRetractionRows) {
    WindowJob job;
    groupByKey(job, {{"n", "COUNT(*)"}});
    auto op = job.create();
    ASSERT_TRUE(op.ok()) << op.error().toString();
    Batch batch;
    batch.append(inputRow(0, "a", 1), ChangeKind::Delete);
    const Status status = (*op)->process(batch);
    ASSERT_FALSE(status.ok());
    EXPECT_NE(status.error().message.find("append-only"), std::string::npos) << status.error().message;
}

void miniBatch(WindowJob& job, std::chrono::milliseconds latency, long long size) {
    job.job().settings.miniBatchEnabled = true;
    job.job().settings.miniBatchLatency = latency;
    job.job().settings.miniBatchSize = size;
}

Rows endInput(Operator& op) {
    Batch rest;
    const Status status = op.endOfInput(rest);
    EXPECT_TRUE(status.ok()) << status.error().toString();
    return describe(rest);
}

TEST(GroupAggregate, WithMiniBatchAKeyUpdatedFiveTimesEmitsOneInsert) {
    WindowJob job;
    groupByKey(job, {{"n", "COUNT(*)"}, {"total", "SUM(v)"}});
    miniBatch(job, std::chrono::seconds(1), 100);
    auto op = job.create();
    ASSERT_TRUE(op.ok()) << op.error().toString();
    EXPECT_EQ(process(**op, {inputRow(0, "a", 1), inputRow(0, "a", 2), inputRow(0, "b", 10), inputRow(0, "a", 3)}),
              Rows{});
    EXPECT_EQ(process(**op, {inputRow(0, "a", 4), inputRow(0, "a", 5)}), Rows{});
    EXPECT_EQ(endInput(**op), (Rows{"+I[a, 5, 15]", "+I[b, 1, 10]"}));
}

TEST(GroupAggregate, MiniBatchFlushesWhenSizeRowsAreBufferedAndOnItsTimer) {
    WindowJob job;
    groupByKey(job, {{"n", "COUNT(*)"}});
    miniBatch(job, std::chrono::milliseconds(500), 3);
    SteadyTime now{};
    auto op = job.create([&] { return now; });
    ASSERT_TRUE(op.ok()) << op.error().toString();
    EXPECT_FALSE((*op)->nextDeadline().has_value());  // nothing buffered: no timer
    // The third buffered row flushes: one change per key.
    EXPECT_EQ(process(**op, {inputRow(0, "a", 1), inputRow(0, "a", 1), inputRow(0, "b", 1), inputRow(0, "a", 1)}),
              (Rows{"+I[a, 2]", "+I[b, 1]"}));
    now += std::chrono::milliseconds(100);
    EXPECT_EQ(process(**op, {inputRow(0, "b", 1)}), Rows{});
    // The buffer started with the fourth row of the first batch, at 0 ms: due at 500 ms.
    EXPECT_EQ((*op)->nextDeadline(), std::optional<SteadyTime>(SteadyTime{} + std::chrono::milliseconds(500)));
    now += std::chrono::milliseconds(400);
    Batch timer;
    ASSERT_TRUE((*op)->onTimer(now, timer).ok());
    EXPECT_EQ(describe(timer), (Rows{"-U[a, 2]", "+U[a, 3]", "-U[b, 1]", "+U[b, 2]"}));
    EXPECT_FALSE((*op)->nextDeadline().has_value());
    EXPECT_EQ(endInput(**op), Rows{});
}

// Rows released by a flush entered the job with the oldest buffered batch: that is where their
// end-to-end latency starts, whether the size, the timer or the end of input flushes them.
TEST(GroupAggregate, AMiniBatchFlushCarriesTheOldestBufferedCreationTime) {
    WindowJob job;
    groupByKey(job, {{"n", "COUNT(*)"}});
    miniBatch(job, std::chrono::seconds(1), 3);
    SteadyTime now{};
    auto op = job.create([&] { return now; });
    ASSERT_TRUE(op.ok()) << op.error().toString();
    const SteadyTime oldest = SteadyTime{} + std::chrono::milliseconds(10);
    Batch first = batchOf({inputRow(0, "a", 1), inputRow(0, "a", 1)});
    first.createdAt = oldest;
    ASSERT_TRUE((*op)->process(first).ok());
    EXPECT_TRUE(first.empty());
    Batch third = batchOf({inputRow(0, "b", 1)});  // the third buffered row: a size flush
    third.createdAt = oldest + std::chrono::milliseconds(5);
    ASSERT_TRUE((*op)->process(third).ok());
    EXPECT_EQ(describe(third), (Rows{"+I[a, 2]", "+I[b, 1]"}));
    EXPECT_EQ(third.createdAt, oldest);
    Batch later = batchOf({inputRow(0, "c", 1)});
    later.createdAt = oldest + std::chrono::milliseconds(20);
    ASSERT_TRUE((*op)->process(later).ok());
    now += std::chrono::seconds(1);
    Batch timer;
    timer.createdAt = now;  // as the stage hands it in
    ASSERT_TRUE((*op)->onTimer(now, timer).ok());
    EXPECT_EQ(describe(timer), Rows{"+I[c, 1]"});
    EXPECT_EQ(timer.createdAt, oldest + std::chrono::milliseconds(20));
}

// Flink's mini-batch assigner in front of the aggregate drops event-time watermarks, so they
// neither flush the bundle nor pass; the final watermark finishes the bundle before it is
// forwarded (AbstractMapBundleOperator), so it never overtakes the rows that came before it.
TEST(GroupAggregate, OnlyTheFinalWatermarkFlushesTheMiniBatchAndPasses) {
    WindowJob job;
    groupByKey(job, {{"n", "COUNT(*)"}});
    miniBatch(job, std::chrono::hours(1), 100);
    auto op = job.create();
    ASSERT_TRUE(op.ok()) << op.error().toString();
    EXPECT_EQ(process(**op, {inputRow(0, "a", 1)}), Rows{});
    Batch batch = batchOf({inputRow(0, "a", 1), inputRow(0, "b", 1)});
    batch.watermarkAfterRows = 5000;
    ASSERT_TRUE((*op)->process(batch).ok());
    EXPECT_EQ(describe(batch), Rows{});
    EXPECT_FALSE(batch.watermarkAfterRows.has_value());
    EXPECT_TRUE((*op)->nextDeadline().has_value());

    Batch last = batchOf({inputRow(0, "b", 1)});
    last.watermarkAfterRows = kFinalWatermark;
    ASSERT_TRUE((*op)->process(last).ok());
    EXPECT_EQ(describe(last), (Rows{"+I[a, 2]", "+I[b, 2]"}));
    EXPECT_EQ(last.watermarkAfterRows, std::optional<std::int64_t>(kFinalWatermark));
    EXPECT_FALSE((*op)->nextDeadline().has_value());
}

// As Flink's ProcTimeMiniBatchAssignerOperator, mini-batches end on multiples of the latency:
// rows buffered at 300 ms are due at 500 ms, and a row arriving after that boundary flushes the
// buffer before it is buffered itself.
TEST(GroupAggregate, MiniBatchesEndOnMultiplesOfTheLatency) {
    WindowJob job;
    groupByKey(job, {{"n", "COUNT(*)"}});
    miniBatch(job, std::chrono::milliseconds(500), 100);
    SteadyTime now = SteadyTime{} + std::chrono::milliseconds(300);
    auto op = job.create([&] { return now; });
    ASSERT_TRUE(op.ok()) << op.error().toString();
    EXPECT_EQ(process(**op, {inputRow(0, "a", 1)}), Rows{});
    EXPECT_EQ((*op)->nextDeadline(), std::optional<SteadyTime>(SteadyTime{} + std::chrono::milliseconds(500)));
    now = SteadyTime{} + std::chrono::milliseconds(700);  // the timer has not run yet
    EXPECT_EQ(process(**op, {inputRow(0, "b", 1)}), Rows{"+I[a, 1]"});
    EXPECT_EQ((*op)->nextDeadline(), std::optional<SteadyTime>(SteadyTime{} + std::chrono::milliseconds(1000)));
    EXPECT_EQ(endInput(**op), Rows{"+I[b, 1]"});
}

// Flink's MiniBatchGroupAggFunction, like GroupAggFunction: an unchanged result emits nothing
// without state cleaning, and -U/+U with it (downstream state may have expired meanwhile).
TEST(GroupAggregate, AMiniBatchWithAnUnchangedResultEmitsNothingOnlyWithoutStateTtl) {
    for (const auto ttl : {std::chrono::milliseconds(0), std::chrono::milliseconds(3600000)}) {
        WindowJob job;
        groupByKey(job, {{"top", "MAX(v)"}});
        job.job().settings.stateTtl = ttl;
        miniBatch(job, std::chrono::hours(1), 100);
        auto op = job.create();
        ASSERT_TRUE(op.ok()) << op.error().toString();
        EXPECT_EQ(process(**op, {inputRow(0, "a", 5)}), Rows{});
        EXPECT_EQ(endInput(**op), Rows{"+I[a, 5]"});
        EXPECT_EQ(process(**op, {inputRow(0, "a", 3), inputRow(0, "a", 5)}), Rows{});
        const Rows expected = ttl.count() == 0 ? Rows{} : Rows{"-U[a, 5]", "+U[a, 5]"};
        EXPECT_EQ(endInput(**op), expected) << "TTL " << ttl.count() << " ms";
    }
}

// State TTL counts from the last flush that touched a key: a key idle longer starts over with +I.
TEST(GroupAggregate, AMiniBatchKeyIdleLongerThanTheStateTtlStartsOver) {
    WindowJob job;
    groupByKey(job, {{"n", "COUNT(*)"}});
    job.job().settings.stateTtl = std::chrono::milliseconds(1000);
    miniBatch(job, std::chrono::milliseconds(500), 100);
    SteadyTime now{};
    auto op = job.create([&] { return now; });
    ASSERT_TRUE(op.ok()) << op.error().toString();
    const auto flushAt = [&](std::chrono::milliseconds at) {
        now = SteadyTime{} + at;
        Batch timer;
        EXPECT_TRUE((*op)->onTimer(now, timer).ok());
        return describe(timer);
    };
    EXPECT_EQ(process(**op, {inputRow(0, "a", 1), inputRow(0, "b", 1)}), Rows{});
    EXPECT_EQ(flushAt(std::chrono::milliseconds(500)), (Rows{"+I[a, 1]", "+I[b, 1]"}));
    now = SteadyTime{} + std::chrono::milliseconds(1200);
    EXPECT_EQ(process(**op, {inputRow(0, "a", 1)}), Rows{});
    EXPECT_EQ(flushAt(std::chrono::milliseconds(1500)), (Rows{"-U[a, 1]", "+U[a, 2]"}));  // 1000 ms: kept
    now = SteadyTime{} + std::chrono::milliseconds(2600);
    EXPECT_EQ(process(**op, {inputRow(0, "a", 1), inputRow(0, "b", 1)}), Rows{});
    // a was last flushed at 1500 ms, b at 500 ms: both idle longer than 1000 ms at 3000 ms.
    EXPECT_EQ(flushAt(std::chrono::milliseconds(3000)), (Rows{"+I[a, 1]", "+I[b, 1]"}));
}

// The last result per key of a changelog: what an upsert sink ends with.
std::map<std::string, std::string> finalResults(const std::vector<Rows>& changelogs) {
    std::map<std::string, std::string> last;
    for (const Rows& rows : changelogs) {
        for (const std::string& row : rows) {
            if (row.starts_with("-U")) continue;
            const std::string values = row.substr(3);  // after "+I[" / "+U["
            last[values.substr(0, values.find(','))] = values;
        }
    }
    return last;
}

TEST(GroupAggregate, MiniBatchEndsWithTheSameResultsAsPerRowAggregation) {
    std::vector<std::vector<expr::Row>> batches;
    for (int b = 0; b < 6; ++b) {
        std::vector<expr::Row> rows;
        for (int i = 0; i < 7; ++i) {
            const std::string key(1, static_cast<char>('a' + (b * i) % 5));
            rows.push_back(inputRow(0, key, b * 10 + i));
        }
        batches.push_back(rows);
    }
    std::map<std::string, std::string> results[2];
    std::size_t changes[2] = {0, 0};
    for (int withMiniBatch = 0; withMiniBatch < 2; ++withMiniBatch) {
        WindowJob job;
        groupByKey(job, {{"n", "COUNT(*)"}, {"total", "SUM(v)"}, {"top", "MAX(v)"}});
        if (withMiniBatch) miniBatch(job, std::chrono::hours(1), 10);
        auto op = job.create();
        ASSERT_TRUE(op.ok()) << op.error().toString();
        std::vector<Rows> changelog;
        for (const auto& rows : batches) changelog.push_back(process(**op, rows));
        changelog.push_back(endInput(**op));
        results[withMiniBatch] = finalResults(changelog);
        for (const Rows& rows : changelog) changes[withMiniBatch] += rows.size();
    }
    EXPECT_EQ(results[1], results[0]);
    EXPECT_EQ(results[0].size(), 5u);
    EXPECT_LT(changes[1], changes[0]);  // fewer intermediate updates
}

}  // namespace
}  // namespace sw::runtime
