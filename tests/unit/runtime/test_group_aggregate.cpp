// Continuous GROUP BY (window.kind NONE): the exact +I / -U / +U changelog, state TTL on
// processing time, and no output for an unchanged result when state cleaning is off.
#include <gtest/gtest.h>

#include "window_test_support.h"

namespace sw::runtime {
namespace {

using test::batchOf;
using test::describe;
using test::inputRow;
using test::WindowJob;
using Rows = std::vector<std::string>;

void groupByKey(WindowJob& job, std::vector<model::NamedExpression> outputs) {
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

}  // namespace
}  // namespace sw::runtime
