// Preview runs through runtime::Plan: sinks capture instead of writing (an upsert sink's table by
// primary key, an append sink's last rows), every node's output is sampled, and capture sinks end
// cleanly on a stop, at the end of bounded input, and across a checkpoint and resume.
#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <deque>
#include <filesystem>
#include <map>
#include <thread>

#include "job_builder.h"
#include "runtime/checkpoint/checkpoint_directory.h"
#include "runtime/engine/plan.h"

namespace sw::runtime {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using protocol::NodePreview;
using test::column;
using test::eventually;
using test::JobBuilder;

constexpr long kKeys = 7;

// A MySQL sink nobody connects to: a preview never opens its connection, nor resolves the secret.
model::Node& mysqlSink(JobBuilder& b, const std::string& id) {
    model::Node& sink = b.add(id, "mysql-sink");
    sink.options = {{"hostname", "mysql.invalid"}, {"database-name", "shop"}, {"table-name", "totals"},
                    {"username", "nobody"}, {"password", "${secret.NOT_SET_ANYWHERE}"}};
    sink.schema.columns = {column("k", "BIGINT"), column("n", "BIGINT"), column("total", "BIGINT")};
    sink.schema.primaryKey = {"k"};
    return sink;
}

// gen (1..rows) -> k = id % kKeys -> continuous GROUP BY k: COUNT(*), SUM(id) -> MySQL upsert sink.
// Without mini-batch, so every row changes its key's result (the changelog is known row by row).
model::JobGraph groupByIntoMysql(long rows, const std::string& rate = "1000000000") {
    JobBuilder b;
    b.sequence("gen", 1, rows, rate);
    b.add("p", "project").outputs = {{"k", "id % " + std::to_string(kKeys)}, {"id", "id"}};
    model::Node& group = b.add("g", "window-aggregate");
    group.options = {{"window.kind", "NONE"}};
    group.groupBy = {"k"};
    group.outputs = {{"n", "COUNT(*)"}, {"total", "SUM(id)"}};
    mysqlSink(b, "out");
    b.connect("gen", "p").connect("p", "g").connect("g", "out");
    model::JobGraph job = b.job();
    job.settings.miniBatchEnabled = false;
    return job;
}

PlanOptions previewOptions() {
    PlanOptions options;
    options.captureSinks = true;
    options.commitOffsets = false;
    options.batchRows = 64;
    return options;
}

const NodePreview* previewOf(const std::vector<NodePreview>& previews, const std::string& node) {
    const auto found = std::ranges::find(previews, node, &NodePreview::node);
    return found == previews.end() ? nullptr : &*found;
}

// The captured table as "k" -> "n, total", to compare with test::countAndSumByKey.
std::map<long, std::string> tableOf(const NodePreview& preview) {
    std::map<long, std::string> table;
    for (const NodePreview::Row& row : preview.rows) {
        EXPECT_EQ(row.size(), 3u);
        if (row.size() == 3 && row[0] && row[1] && row[2]) table[std::stol(*row[0])] = *row[1] + ", " + *row[2];
    }
    return table;
}

// The changelog a continuous COUNT(*), SUM(id) GROUP BY id % kKeys emits over 1..rows, worked out
// row by row here: +I for a key's first row, then -U old / +U new.
std::deque<std::pair<std::string, NodePreview::Row>> expectedChangelog(long rows, std::size_t last) {
    std::deque<std::pair<std::string, NodePreview::Row>> changes;
    std::map<long, std::pair<long, long>> totals;
    const auto row = [](long k, std::pair<long, long> t) {
        return NodePreview::Row{std::to_string(k), std::to_string(t.first), std::to_string(t.second)};
    };
    for (long id = 1; id <= rows; ++id) {
        const long k = id % kKeys;
        const auto found = totals.find(k);
        if (found == totals.end()) {
            totals[k] = {1, id};
            changes.emplace_back("+I", row(k, totals[k]));
        } else {
            changes.emplace_back("-U", row(k, found->second));
            found->second = {found->second.first + 1, found->second.second + id};
            changes.emplace_back("+U", row(k, found->second));
        }
        while (changes.size() > last) changes.pop_front();
    }
    return changes;
}

TEST(PlanPreview, AnUpsertSinkCapturesTheTableItWouldHoldAndItsLastChanges) {
    constexpr long kRows = 5000;
    auto plan = Plan::build(groupByIntoMysql(kRows), previewOptions());
    ASSERT_TRUE(plan.ok()) << plan.error().toString();
    const Status status = (*plan)->run();
    ASSERT_TRUE(status.ok()) << status.error().toString();

    const std::vector<NodePreview> previews = (*plan)->previews().takeChanged();
    const NodePreview* out = previewOf(previews, "out");
    ASSERT_NE(out, nullptr);
    EXPECT_EQ(out->mode, NodePreview::Mode::Upsert);
    EXPECT_EQ(out->columns, (std::vector<std::string>{"k", "n", "total"}));
    EXPECT_EQ(tableOf(*out), test::countAndSumByKey(kRows, kKeys));
    EXPECT_EQ(out->total, static_cast<std::uint64_t>(kKeys));

    const auto expected = expectedChangelog(kRows, SinkCapture::kRecentChanges);
    ASSERT_EQ(out->changelog.size(), expected.size());
    ASSERT_EQ(out->changeKinds.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(out->changeKinds[i], expected[i].first) << "change " << i;
        EXPECT_EQ(out->changelog[i], expected[i].second) << "change " << i;
    }
    // Counted like a real sink's writes, so the charts work: 7 +I and a -U/+U per later row.
    const MetricsSnapshot snapshot = (*plan)->metrics().snapshot();
    EXPECT_EQ(snapshot.sinkRecords(), static_cast<std::uint64_t>(kKeys + 2 * (kRows - kKeys)));
    EXPECT_EQ(snapshot.latency.count, snapshot.sinkRecords());
    // Without previewRows only the capture has a preview.
    EXPECT_EQ(previews.size(), 1u);
}

TEST(PlanPreview, AnAppendSinkCapturesItsLastHundredRowsAndCountsAll) {
    JobBuilder b;
    b.sequence("gen", 1, 1000);
    b.add("even", "filter").options["condition"] = "id % 2 = 0";
    model::Node& sink = b.add("topic", "kafka-sink");
    sink.options = {{"topic", "orders"}, {"bootstrap.servers", "kafka.invalid:9092"}, {"format", "json"}};
    b.connect("gen", "even").connect("even", "topic");
    auto plan = Plan::build(b.job(), previewOptions());
    ASSERT_TRUE(plan.ok()) << plan.error().toString();
    const Status status = (*plan)->run();  // no broker: nothing connects
    ASSERT_TRUE(status.ok()) << status.error().toString();

    const std::vector<NodePreview> previews = (*plan)->previews().takeChanged();
    const NodePreview* out = previewOf(previews, "topic");
    ASSERT_NE(out, nullptr);
    EXPECT_EQ(out->mode, NodePreview::Mode::Append);
    EXPECT_EQ(out->total, 500u);
    ASSERT_EQ(out->rows.size(), 100u);
    for (std::size_t i = 0; i < out->rows.size(); ++i)
        EXPECT_EQ(out->rows[i], NodePreview::Row{std::to_string(802 + 2 * i)}) << "row " << i;
    EXPECT_EQ((*plan)->metrics().snapshot().sinkRecords(), 500u);
}

// A print sink in a preview prints nothing; the stream it would have printed to stays empty.
TEST(PlanPreview, APrintSinkInAPreviewWritesNothing) {
    JobBuilder b;
    b.sequence("gen", 1, 300);
    b.add("out", "print-sink");
    b.connect("gen", "out");
    std::ostringstream printed;
    PlanOptions options = previewOptions();
    options.standardOut = &printed;
    options.standardError = &printed;
    auto plan = Plan::build(b.job(), options);
    ASSERT_TRUE(plan.ok()) << plan.error().toString();
    ASSERT_TRUE((*plan)->run().ok());
    EXPECT_EQ(printed.str(), "");
    const std::vector<NodePreview> previews = (*plan)->previews().takeChanged();
    ASSERT_NE(previewOf(previews, "out"), nullptr);
    EXPECT_EQ(previewOf(previews, "out")->total, 300u);
}

// Rows paced two a second: every batch comes after the sampling interval, so the preview holds
// exactly each node's last rows.
TEST(PlanPreview, PreviewRowsSampleEachNodesLastRows) {
    JobBuilder b;
    b.sequence("gen", 1, 5, "2");
    b.add("p", "project").outputs = {{"doubled", "id * 2"}, {"label", "CASE WHEN id = 4 THEN NULL ELSE 'x' END"}};
    b.add("out", "blackhole-sink");
    b.connect("gen", "p").connect("p", "out");
    PlanOptions options;
    options.previewRows = 3;
    auto plan = Plan::build(b.job(), options);
    ASSERT_TRUE(plan.ok()) << plan.error().toString();
    ASSERT_TRUE((*plan)->run().ok());

    const std::vector<NodePreview> previews = (*plan)->previews().takeChanged();
    ASSERT_EQ(previews.size(), 3u);  // every node, sinks too (their output is what they wrote)
    const NodePreview* gen = previewOf(previews, "gen");
    const NodePreview* p = previewOf(previews, "p");
    ASSERT_TRUE(gen && p);
    EXPECT_EQ(gen->mode, NodePreview::Mode::Output);
    EXPECT_EQ(gen->rows, (std::vector<NodePreview::Row>{{"3"}, {"4"}, {"5"}}));
    EXPECT_EQ(gen->total, 5u);
    EXPECT_EQ(p->columns, (std::vector<std::string>{"doubled", "label"}));
    EXPECT_EQ(p->rows, (std::vector<NodePreview::Row>{{"6", "x"}, {"8", std::nullopt}, {"10", "x"}}));
    EXPECT_EQ(previewOf(previews, "out")->rows, p->rows);
    EXPECT_TRUE((*plan)->previews().takeChanged().empty());  // nothing changed since
}

TEST(PlanPreview, ACaptureSinkEndsCleanlyOnStop) {
    JobBuilder b;
    model::Node& gen = b.add("gen", "datagen-source");
    gen.schema.columns = {column("n", "INT")};
    gen.options["rows-per-second"] = "100000";
    b.add("out", "print-sink");
    b.connect("gen", "out");
    auto plan = Plan::build(b.job(), previewOptions());
    ASSERT_TRUE(plan.ok()) << plan.error().toString();
    (*plan)->start();
    EXPECT_TRUE(eventually([&] { return (*plan)->metrics().snapshot().sinkRecords() > 0; }));
    (*plan)->stop();
    EXPECT_TRUE((*plan)->waitFor(10s));
    EXPECT_TRUE((*plan)->wait().ok());
    const auto snapshot = (*plan)->metrics().snapshot();
    EXPECT_EQ(snapshot.sinkRecords(), snapshot.sourceRecords());
    const auto previews = (*plan)->previews().takeChanged();
    ASSERT_EQ(previews.size(), 1u);
    EXPECT_EQ(previews[0].total, snapshot.sinkRecords());
}

class PlanPreviewCheckpointTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("sw-preview-chk-" + std::to_string(::getpid()));
        fs::remove_all(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }
    PlanOptions options(bool resume) const {
        PlanOptions result = previewOptions();
        result.batchRows = 16;
        result.checkpoints = {dir_, resume};
        return result;
    }
    fs::path dir_;
};

// A capture keeps no state: the resumed preview's capture starts empty, while the aggregate
// continues from its restored state, so the keys updated after the resume hold exact totals.
TEST_F(PlanPreviewCheckpointTest, CheckpointsWorkAndAResumedPreviewStartsWithAnEmptyCapture) {
    constexpr long kRows = 12000;
    model::JobGraph job = groupByIntoMysql(kRows, "6000");
    job.settings.checkpointInterval = 50ms;
    {
        auto first = Plan::build(job, options(false));
        ASSERT_TRUE(first.ok()) << first.error().toString();
        (*first)->start();
        EXPECT_TRUE(eventually([&] {
            auto latest = CheckpointDirectory(dir_).latestId();
            return latest.ok() && latest->has_value();
        }));
        (*first)->stop();
        ASSERT_TRUE((*first)->wait().ok());
        ASSERT_GT((*first)->metrics().snapshot().checkpoints.completed, 0u);
        const auto captured = (*first)->previews().takeChanged();
        ASSERT_EQ(captured.size(), 1u);
        EXPECT_GT(captured[0].total, 0u);
    }
    for (model::Node& node : job.nodes) {
        if (node.id == "gen") node.options["rows-per-second"] = "1000000000";  // the rate is no state
    }
    auto resumed = Plan::build(job, options(true));
    ASSERT_TRUE(resumed.ok()) << resumed.error().toString();
    ASSERT_GT((*resumed)->restoredCheckpointId(), 0u);
    const MetricsSnapshot before = (*resumed)->metrics().snapshot();
    EXPECT_EQ(before.sinkRecords(), 0u);
    EXPECT_TRUE((*resumed)->previews().takeChanged().empty());  // empty before the first row
    ASSERT_TRUE((*resumed)->run().ok());

    const auto previews = (*resumed)->previews().takeChanged();
    ASSERT_EQ(previews.size(), 1u);
    // Thousands of rows after the resume update every key: the table is exact, and no change
    // in the capture is a +I (each key's first row came before the checkpoint).
    EXPECT_EQ(tableOf(previews[0]), test::countAndSumByKey(kRows, kKeys));
    EXPECT_EQ(std::ranges::count(previews[0].changeKinds, std::string("+I")), 0);
}

}  // namespace
}  // namespace sw::runtime
