// Checkpoints through runtime::Plan: a run stopped with a final checkpoint and resumed ends with
// exactly the per-key results of one uninterrupted run, and its source continues where the
// checkpoint left it; a resume refuses a job that changed.
#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <regex>
#include <sstream>
#include <thread>

#include "job_builder.h"
#include "runtime/engine/plan.h"

namespace sw::runtime {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using test::JobBuilder;

// Ten seconds of input at the paced rate: the stop after the first checkpoint comes well before
// a bounded source ends, even on a loaded machine (an ended source stops the checkpoints). The
// resumed runs go unpaced (the rate is not part of a node's fingerprint).
constexpr long kRows = 60000;
constexpr long kKeys = 7;

// gen (1..kRows, rate-limited so the run lasts long enough to checkpoint) -> k = id % kKeys ->
// GROUP BY k: COUNT(*), SUM(id) -> print. With `unioned`, gen holds the odd ids and gen2 the even
// ones, merged by a union: the barrier must then come from both before the union passes it on.
model::JobGraph groupByJob(const std::string& countName = "n", bool unioned = false, const std::string& total = "SUM(id)",
                           bool paced = true) {
    JobBuilder b;
    const std::string rate = paced ? "6000" : "1000000000";
    const std::string halfRate = paced ? "3000" : "1000000000";
    if (unioned) {
        b.sequence("gen", 0, kRows / 2 - 1, halfRate);
        b.sequence("gen2", 0, kRows / 2 - 1, halfRate);
        b.add("odd", "project").outputs = {{"id", "2 * id + 1"}};
        b.add("even", "project").outputs = {{"id", "2 * id + 2"}};
        b.add("u", "union");
        b.connect("gen", "odd").connect("gen2", "even").connect("odd", "u").connect("even", "u");
    } else {
        b.sequence("gen", 1, kRows, rate);
    }
    b.add("p", "project").outputs = {{"k", "id % " + std::to_string(kKeys)}, {"id", "id"}};
    model::Node& group = b.add("g", "window-aggregate");
    group.options = {{"window.kind", "NONE"}};
    group.groupBy = {"k"};
    group.outputs = {{countName, "COUNT(*)"}, {"total", total}};
    b.add("out", "print-sink");
    b.connect(unioned ? "u" : "gen", "p").connect("p", "g").connect("g", "out");
    model::JobGraph job = b.job();
    job.settings.checkpointInterval = 50ms;
    return job;
}

// The last +I/+U per key in print-sink lines "+I[k, n, total]": what an upsert sink would hold.
void applyChangelog(const std::string& printed, std::map<long, std::string>& table) {
    const std::regex line(R"(([+-][IU])\[(-?\d+), (.*)\])");
    std::istringstream in(printed);
    for (std::string text; std::getline(in, text);) {
        std::smatch m;
        ASSERT_TRUE(std::regex_match(text, m, line)) << text;
        if (m[1] == "+I" || m[1] == "+U") table[std::stol(m[2])] = m[3];
    }
}

class CheckpointPlanTest : public ::testing::Test {
protected:
    void SetUp() override {
        std::string test = ::testing::UnitTest::GetInstance()->current_test_info()->name();
        std::replace(test.begin(), test.end(), '/', '-');  // parameterized names hold a slash
        dir_ = fs::temp_directory_path() / ("sw-chk-plan-" + std::to_string(::getpid()) + "-" + test);
        fs::remove_all(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }

    PlanOptions options(std::ostream& out, bool resume) const {
        PlanOptions result;
        result.standardOut = &out;
        result.batchRows = 16;
        result.checkpoints = {dir_, resume};
        return result;
    }
    bool hasCheckpoint() const {
        auto latest = CheckpointDirectory(dir_).latestId();
        return latest.ok() && latest->has_value();
    }
    // Runs `job` until its first periodic checkpoint is on disk, then stops it cleanly (the
    // stop adds a final checkpoint).
    void runUntilACheckpointThenStop(const model::JobGraph& job, std::ostream& out) {
        auto running = Plan::build(job, options(out, false));
        ASSERT_TRUE(running.ok()) << running.error().toString();
        (*running)->start();
        for (int i = 0; i < 6000 && !hasCheckpoint(); ++i) std::this_thread::sleep_for(10ms);
        (*running)->stop();
        ASSERT_TRUE((*running)->wait().ok());
    }

    fs::path dir_;
};

class CheckpointPlanResumeTest : public CheckpointPlanTest, public ::testing::WithParamInterface<bool> {};

TEST_P(CheckpointPlanResumeTest, StopTakesAFinalCheckpointAndResumeContinuesToTheExactResult) {
    const model::JobGraph job = groupByJob("n", GetParam());
    std::map<long, std::string> table;

    std::ostringstream first;
    auto running = Plan::build(job, options(first, false));
    ASSERT_TRUE(running.ok()) << running.error().toString();
    (*running)->start();
    for (int i = 0; i < 6000 && !hasCheckpoint(); ++i) std::this_thread::sleep_for(10ms);
    ASSERT_TRUE(hasCheckpoint());
    (*running)->stop();
    const Status stopped = (*running)->wait();
    ASSERT_TRUE(stopped.ok()) << stopped.error().toString();
    const auto firstMetrics = (*running)->metrics().snapshot();
    EXPECT_GE(firstMetrics.checkpoints.completed, 2u);  // at least one periodic and the final one
    applyChangelog(first.str(), table);
    running->reset();  // the first run's plan holds DIR's lock until it is destroyed

    std::ostringstream second;
    auto resumed = Plan::build(groupByJob("n", GetParam(), "SUM(id)", false), options(second, true));
    ASSERT_TRUE(resumed.ok()) << resumed.error().toString();
    EXPECT_EQ((*resumed)->restoredCheckpointId(), firstMetrics.checkpoints.lastId);
    const Status finished = (*resumed)->run();
    ASSERT_TRUE(finished.ok()) << finished.error().toString();
    applyChangelog(second.str(), table);

    // The final checkpoint recorded exactly the rows read: together the runs read each row once.
    const auto secondMetrics = (*resumed)->metrics().snapshot();
    EXPECT_EQ(firstMetrics.sourceRecords() + secondMetrics.sourceRecords(), static_cast<std::uint64_t>(kRows));
    EXPECT_GT(secondMetrics.sourceRecords(), 0u) << "the first run should have been stopped before the end";

    EXPECT_EQ(table, test::countAndSumByKey(kRows, kKeys));
}

INSTANTIATE_TEST_SUITE_P(SingleSourceAndUnion, CheckpointPlanResumeTest, ::testing::Bool(),
                         [](const auto& info) { return info.param ? "Union" : "SingleSource"; });

// A crash in-process: the Plan is destroyed without stop() after a periodic checkpoint, so rows
// after it were printed but are not in it. The resume reads them again; an upsert table built
// from both runs' changelogs holds exactly the result of one clean run.
TEST_F(CheckpointPlanTest, APlanDestroyedWithoutAStopResumesFromItsLastCheckpointToTheExactResult) {
    std::map<long, std::string> table;
    std::ostringstream first;
    std::uint64_t readBeforeCrash = 0;
    {
        auto running = Plan::build(groupByJob(), options(first, false));
        ASSERT_TRUE(running.ok()) << running.error().toString();
        (*running)->start();
        for (int i = 0; i < 6000 && !hasCheckpoint(); ++i) std::this_thread::sleep_for(10ms);
        ASSERT_TRUE(hasCheckpoint());
        readBeforeCrash = (*running)->metrics().snapshot().sourceRecords();
    }  // destroyed while running: no final checkpoint
    applyChangelog(first.str(), table);
    EXPECT_GT(readBeforeCrash, 0u);

    std::ostringstream second;
    auto resumed = Plan::build(groupByJob("n", false, "SUM(id)", false), options(second, true));
    ASSERT_TRUE(resumed.ok()) << resumed.error().toString();
    EXPECT_GT((*resumed)->restoredCheckpointId(), 0u);
    const Status finished = (*resumed)->run();
    ASSERT_TRUE(finished.ok()) << finished.error().toString();
    applyChangelog(second.str(), table);
    EXPECT_EQ(table, test::countAndSumByKey(kRows, kKeys));
}

// "window_start, window_end, n, total" lines of a one-hour TUMBLE: the sums of n and total.
std::pair<long, long> addUpWindows(const std::string& printed) {
    long count = 0;
    long sum = 0;
    for (const std::string& line : test::lines(printed)) {
        const auto lastComma = line.rfind(", ");
        const auto countComma = line.rfind(", ", lastComma - 1);
        count += std::stol(line.substr(countComma + 2, lastComma - countComma - 2));
        sum += std::stol(line.substr(lastComma + 2, line.size() - 1 - lastComma - 2));
    }
    return {count, sum};
}

// gen (1..kRows with a wall-clock ts) -> TUMBLE(ts, size): COUNT(*), SUM(id) -> print.
model::JobGraph tumbleJob(const std::string& size = "1 h", bool paced = true) {
    JobBuilder b;
    model::Node& source = b.sequence("gen", 1, kRows, paced ? "6000" : "1000000000");
    source.schema.columns.push_back(test::column("ts", "TIMESTAMP(3)"));
    // The wall clock as event time; a one-day delay keeps every window open until the input ends.
    source.schema.watermark = model::Watermark{"ts", std::chrono::hours(24)};
    model::Node& window = b.add("w", "window-aggregate");
    window.options = {{"window.kind", "TUMBLE"}, {"window.time-column", "ts"}, {"window.size", size}};
    window.outputs = {{"n", "COUNT(*)"}, {"total", "SUM(id)"}};
    b.add("out", "print-sink");
    b.connect("gen", "w").connect("w", "out");
    model::JobGraph job = b.job();
    job.settings.checkpointInterval = 50ms;
    return job;
}

TEST_F(CheckpointPlanTest, AStopKeepsOpenWindowsInTheFinalCheckpointAndTheResumeFiresThem) {
    const model::JobGraph job = tumbleJob();

    std::ostringstream first;
    auto running = Plan::build(job, options(first, false));
    ASSERT_TRUE(running.ok()) << running.error().toString();
    (*running)->start();
    for (int i = 0; i < 6000 && !hasCheckpoint(); ++i) std::this_thread::sleep_for(10ms);
    (*running)->stop();
    ASSERT_TRUE((*running)->wait().ok());
    EXPECT_EQ(first.str(), "");  // not drained: the open window is in the checkpoint
    EXPECT_GT((*running)->metrics().snapshot().sourceRecords(), 0u);
    running->reset();

    std::ostringstream second;
    auto resumed = Plan::build(tumbleJob("1 h", false), options(second, true));
    ASSERT_TRUE(resumed.ok()) << resumed.error().toString();
    ASSERT_TRUE((*resumed)->run().ok());
    // The end of the input fires the window with the rows of both runs (two windows when the
    // runs cross an hour boundary).
    EXPECT_EQ(addUpWindows(second.str()), std::make_pair(kRows, kRows * (kRows + 1) / 2)) << second.str();
}

TEST_F(CheckpointPlanTest, ResumeRefusesAJobWhoseStatefulNodeChanged) {
    std::ostringstream out;
    runUntilACheckpointThenStop(groupByJob(), out);
    if (HasFatalFailure()) return;
    auto changed = Plan::build(groupByJob("cnt"), options(out, true));
    ASSERT_FALSE(changed.ok());
    EXPECT_EQ(changed.error().location, "node 'g'");
    EXPECT_NE(changed.error().message.find("the node changed since checkpoint"), std::string::npos)
        << changed.error().message;
    // Same columns and types, other accumulators: still refused.
    auto otherAggregate = Plan::build(groupByJob("n", false, "MAX(id)"), options(out, true));
    ASSERT_FALSE(otherAggregate.ok());
    EXPECT_EQ(otherAggregate.error().location, "node 'g'");
    EXPECT_NE(otherAggregate.error().message.find("total=SUM(id)"), std::string::npos) << otherAggregate.error().message;
}

// The window size is not in the output columns, but the open windows' state means other windows.
TEST_F(CheckpointPlanTest, ResumeRefusesAChangedWindowSizeNamingTheNode) {
    std::ostringstream out;
    runUntilACheckpointThenStop(tumbleJob("1 h"), out);
    if (HasFatalFailure()) return;
    auto changed = Plan::build(tumbleJob("2 h"), options(out, true));
    ASSERT_FALSE(changed.ok());
    EXPECT_EQ(changed.error().location, "node 'w'");
    EXPECT_NE(changed.error().message.find("window.size=1 h"), std::string::npos) << changed.error().message;
    EXPECT_NE(changed.error().message.find("window.size=2 h"), std::string::npos) << changed.error().message;
    auto same = Plan::build(tumbleJob("1 h"), options(out, true));
    EXPECT_TRUE(same.ok()) << same.error().toString();
}

// State that does not decode is refused naming the node, the checkpoint and its file.
TEST_F(CheckpointPlanTest, AnUnreadableNodeStateNamesTheCheckpointAndItsFile) {
    std::ostringstream out;
    runUntilACheckpointThenStop(groupByJob(), out);
    if (HasFatalFailure()) return;
    const CheckpointDirectory directory(dir_);
    const auto latest = directory.latestId();
    ASSERT_TRUE(latest.ok() && latest->has_value());
    auto data = directory.read(**latest);
    ASSERT_TRUE(data.ok()) << data.error().toString();
    data->id = **latest + 1;
    data->nodes.at("gen").state = "\xff\xff\xff";  // a count that never ends
    ASSERT_TRUE(directory.write(*data).ok());

    auto refused = Plan::build(groupByJob(), options(out, true));
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().location.find("node 'gen'"), std::string::npos) << refused.error().toString();
    EXPECT_NE(refused.error().message.find("cannot restore from checkpoint " + std::to_string(data->id) + " (" +
                                           directory.fileOf(data->id).string() + "): "),
              std::string::npos)
        << refused.error().toString();
}

TEST_F(CheckpointPlanTest, ResumeWithoutADirectoryOrCheckpointIsRefused) {
    std::ostringstream out;
    PlanOptions noDirectory;
    noDirectory.checkpoints.resume = true;
    auto refused = Plan::build(groupByJob(), noDirectory);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().location, "--resume");
    auto empty = Plan::build(groupByJob(), options(out, true));
    ASSERT_FALSE(empty.ok());
    EXPECT_NE(empty.error().message.find("no complete checkpoint to resume from"), std::string::npos);
}

}  // namespace
}  // namespace sw::runtime
