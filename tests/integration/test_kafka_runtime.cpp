// The Kafka source and sink in the local runtime against the mock broker of
// scripts/start-services.sh; kcat (a separate process) writes the input and reads the output.
#include "kafka_committed_offsets.h"
#include "kcat_client.h"
#include "shell_command.h"
#include "test_endpoints.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <algorithm>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <librdkafka/rdkafka.h>

#include "../unit/runtime/job_builder.h"
#include "checkpointed_cli_run.h"
#include "model/job_file.h"
#include "runtime/kafka/kafka_sink.h"
#include "runtime/engine/plan.h"

namespace sw::runtime {
namespace {

using test::column;

using testing::committedOffsets;
using testing::KcatClient;
using testing::runShellCommand;

std::string uniqueTopic(const std::string& purpose) {
    return KcatClient::uniqueTopic(purpose);
}

class KafkaRuntimeTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto endpoints = testing::TestEndpoints::fromEnvironment();
        ASSERT_TRUE(endpoints.ok()) << endpoints.error().toString();
        SW_REQUIRE_ENDPOINT(endpoints->kafkaBootstrap(), testing::TestEndpoints::kKafkaVariable);
        bootstrap_ = *endpoints->kafkaBootstrap();
    }

    // Writes "key:value" lines with kcat (-K:), into `partition` when given.
    void produce(const std::string& topic, const std::vector<std::string>& keyedLines, int partition = -1) {
        const Status produced = KcatClient(bootstrap_).produce(topic, keyedLines, partition);
        ASSERT_TRUE(produced.ok()) << produced.error().toString();
    }

    // "key|value" per message of the whole topic.
    std::multiset<std::string> consumeAll(const std::string& topic) {
        auto consumed = KcatClient(bootstrap_).consumeAll(topic);
        EXPECT_TRUE(consumed.ok()) << consumed.error().toString();
        return consumed ? std::multiset<std::string>(consumed->begin(), consumed->end()) : std::multiset<std::string>();
    }

    model::Node& kafkaSource(test::JobBuilder& job, const std::string& topic, const std::string& mode) {
        model::Node& node = job.add("orders", "kafka-source");
        node.schema.columns = {column("id", "BIGINT"), column("name", "STRING"), column("amount", "INT")};
        node.options = {{"topic", topic}, {"bootstrap.servers", bootstrap_}, {"scan.startup.mode", mode},
                        {"format", "json"}};
        return node;
    }

    // Appends a print sink "out" after the source "orders" and builds the plan: rows print into
    // `printed`, and the source ends after `limit` records.
    Result<std::unique_ptr<Plan>> buildPrintPlan(test::JobBuilder& job, std::ostringstream& printed,
                                                 std::uint64_t limit) {
        job.add("out", "print-sink");
        job.connect("orders", "out");
        PlanOptions options;
        options.standardOut = &printed;
        options.sourceRecordLimit = limit;
        return Plan::build(job.job(), options);
    }

    std::string bootstrap_;
};

std::string orderJson(int id) {
    return R"({"id":)" + std::to_string(id) + R"(,"name":"n)" + std::to_string(id) + R"(","amount":)" +
           std::to_string(id % 100) + "}";
}

TEST_F(KafkaRuntimeTest, SourceFilterSinkWritesExactlyTheMatchingRows) {
    constexpr int kMessages = 3000;
    const std::string in = uniqueTopic("in");
    const std::string out = uniqueTopic("out");
    std::vector<std::string> lines;
    for (int i = 0; i < kMessages; ++i) lines.push_back("k" + std::to_string(i) + ":" + orderJson(i));
    produce(in, lines);

    test::JobBuilder job;
    kafkaSource(job, in, "earliest-offset");
    job.add("big", "filter").options = {{"condition", "amount >= 60"}};
    model::Node& sink = job.add("upserts", "upsert-kafka-sink");
    sink.schema.columns = {column("id", "BIGINT"), column("name", "STRING"), column("amount", "INT")};
    sink.schema.primaryKey = {"id"};
    sink.options = {{"topic", out}, {"bootstrap.servers", bootstrap_}, {"key.format", "json"}, {"value.format", "json"}};
    job.connect("orders", "big").connect("big", "upserts");

    PlanOptions options;
    options.sourceRecordLimit = kMessages;
    auto plan = Plan::build(job.job(), options);
    ASSERT_TRUE(plan.ok()) << plan.error().toString();
    const Status status = (*plan)->run();
    ASSERT_TRUE(status.ok()) << status.error().toString();

    std::multiset<std::string> expected;
    for (int i = 0; i < kMessages; ++i) {
        if (i % 100 >= 60) expected.insert(R"({"id":)" + std::to_string(i) + "}|" + orderJson(i));
    }
    EXPECT_EQ(consumeAll(out), expected);

    const MetricsSnapshot metrics = (*plan)->metrics().snapshot();
    EXPECT_EQ(metrics.sourceRecords(), static_cast<std::uint64_t>(kMessages));
    ASSERT_EQ(metrics.partitions.size(), 4u);  // the mock auto-creates 4 partitions
    std::int64_t offsets = 0;
    for (const PartitionMetrics& partition : metrics.partitions) {
        EXPECT_EQ(partition.topic, in);
        offsets += partition.offset;
        EXPECT_EQ(partition.lag, 0) << "partition " << partition.partition;
    }
    EXPECT_EQ(offsets, kMessages);  // next offsets per partition add up to every message read
}

// Kill-and-resume through the real CLI: a checkpointed kafka-source -> filter -> upsert-kafka job.
class KafkaCheckpointTest : public KafkaRuntimeTest {
protected:
    // kafka-source `in` (json orders, group `group`, from `mode`) -> amount >= 50 -> upsert-kafka
    // `out`, checkpointed every 200 ms, as a job file for the CLI; returns its path.
    std::string writeFilterJob(const std::string& in, const std::string& out, const std::string& group,
                               const std::string& mode) {
        test::JobBuilder jobs;
        model::Node& source = kafkaSource(jobs, in, mode);
        source.options["group.id"] = group;
        jobs.add("big", "filter").options = {{"condition", "amount >= 50"}};
        model::Node& sink = jobs.add("upserts", "upsert-kafka-sink");
        sink.schema.columns = {column("id", "BIGINT"), column("name", "STRING"), column("amount", "INT")};
        sink.schema.primaryKey = {"id"};
        sink.options = {{"topic", out}, {"bootstrap.servers", bootstrap_}, {"key.format", "json"},
                        {"value.format", "json"}};
        jobs.connect("orders", "big").connect("big", "upserts");
        model::JobGraph job = jobs.job();
        job.settings.checkpointInterval = std::chrono::milliseconds(200);
        const std::string file = ::testing::TempDir() + "/" + in + ".json";
        EXPECT_TRUE(model::saveJobFile(job, file).ok());
        return file;
    }

    // The last value per key of the whole topic: what an upsert-kafka table holds.
    std::map<std::string, std::string> lastValuePerKey(const std::string& topic) {
        std::map<std::string, std::string> values;
        for (const std::string& message : consumeAll(topic)) {
            const auto bar = message.find('|');
            values[message.substr(0, bar)] = message.substr(bar + 1);
        }
        return values;
    }
};

// What the upsert-kafka job above must leave in `out` for the order ids [first, last): the last
// value per key.
std::map<std::string, std::string> expectedUpserts(int first, int last) {
    std::map<std::string, std::string> expected;
    for (int i = first; i < last; ++i) {
        if (i % 100 >= 50) expected[R"({"id":)" + std::to_string(i) + "}"] = orderJson(i);
    }
    return expected;
}

// Issue 3's kill-and-resume with Kafka on both ends: input arrives in chunks between crashes;
// the group's offsets advance with checkpoints (a SIGKILL leaves no clean-end commit), and the
// upsert-kafka output ends with exactly one clean run's value per key.
TEST_F(KafkaCheckpointTest, KilledAndResumedJobEndsWithExactlyTheCleanUpsertsAndCommitsAtCheckpoints) {
    constexpr int kChunks = 4;
    constexpr int kChunkMessages = 500;
    const std::string in = uniqueTopic("chk-in");
    const std::string out = uniqueTopic("chk-out");
    const std::string group = "sw-chk-" + in;
    const std::string file = writeFilterJob(in, out, group, "earliest-offset");

    const auto produceChunk = [&](int chunk) {
        std::vector<std::string> lines;
        for (int i = chunk * kChunkMessages; i < (chunk + 1) * kChunkMessages; ++i)
            lines.push_back("k" + std::to_string(i) + ":" + orderJson(i));
        produce(in, lines);
    };
    test::CheckpointedCliRun run(file, ::testing::TempDir() + "/" + in + "-checkpoints");
    using Crash = test::CheckpointedCliRun::Crash;
    using std::chrono::milliseconds;
    const Crash crashes[] = {Crash{true, milliseconds(0)}, Crash{false, milliseconds(150)}, Crash{true, milliseconds(260)}};
    for (int chunk = 0; chunk + 1 < kChunks; ++chunk) {
        produceChunk(chunk);
        run.crashOnce(crashes[chunk], [&] {
            if (chunk != 0) return;
            // Before any clean end, the group already has offsets: committed at a checkpoint.
            EXPECT_TRUE(test::CheckpointedCliRun::waitUntil([&] { return committedOffsets(bootstrap_, group, in) > 0; }));
        });
        if (HasFatalFailure()) return;
    }
    produceChunk(kChunks - 1);

    const auto expected = expectedUpserts(0, kChunks * kChunkMessages);
    const auto lastValues = [&] { return lastValuePerKey(out); };
    testing::ChildProcess last = run.start();
    // The job is unbounded: wait for the output, then Ctrl-C (a final checkpoint, exit 0).
    EXPECT_TRUE(test::CheckpointedCliRun::waitUntil([&] { return lastValues() == expected; })) << run.log();
    last.signal(SIGINT);
    EXPECT_EQ(last.waitFor(std::chrono::minutes(1)), 0) << run.log();
    std::remove(file.c_str());
    EXPECT_EQ(lastValues(), expected);
    EXPECT_EQ(committedOffsets(bootstrap_, group, in), kChunks * kChunkMessages);
    EXPECT_NE(run.log().find("stopping cleanly after a final checkpoint"), std::string::npos) << run.log();
}

// A checkpoint taken before a latest-offset source read anything still holds where it began:
// messages written while the job is down are read after the resume, not skipped.
TEST_F(KafkaCheckpointTest, ResumeAfterACrashBeforeTheFirstMessageReadsWhatArrivedMeanwhile) {
    const std::string in = uniqueTopic("chk-latest-in");
    const std::string out = uniqueTopic("chk-latest-out");
    produce(in, {"before:" + orderJson(1)});  // creates the topic; "latest" starts after it
    const std::string file = writeFilterJob(in, out, "sw-chk-" + in, "latest-offset");
    test::CheckpointedCliRun run(file, ::testing::TempDir() + "/" + in + "-checkpoints");
    run.crashOnce({true, std::chrono::milliseconds(0)});
    if (HasFatalFailure()) return;

    std::vector<std::string> lines;
    for (int i = 100; i < 300; ++i) lines.push_back("k" + std::to_string(i) + ":" + orderJson(i));
    produce(in, lines);
    testing::ChildProcess resumed = run.start();
    const auto expected = expectedUpserts(100, 300);
    EXPECT_TRUE(test::CheckpointedCliRun::waitUntil([&] { return lastValuePerKey(out) == expected; })) << run.log();
    resumed.signal(SIGINT);
    EXPECT_EQ(resumed.waitFor(std::chrono::minutes(1)), 0) << run.log();
    std::remove(file.c_str());
    EXPECT_EQ(lastValuePerKey(out), expected);
}

struct MalformedRun {
    Status status;
    std::string printed;
    std::uint64_t sourceErrors = 0;
};

class KafkaMalformedTest : public KafkaRuntimeTest {
protected:
    // Offsets 0..4 good, 5 not JSON, 6..7 good, 8 a string where a number belongs, 9..11 good.
    MalformedRun runWith(const std::string& ignoreParseErrors) {
        const std::string topic = uniqueTopic("bad");
        std::vector<std::string> lines;
        for (int i = 0; i < 12; ++i) {
            const std::string value = i == 5 ? "this is not json" : i == 8 ? R"({"id":"eight","amount":1})" : orderJson(i);
            lines.push_back("k" + std::to_string(i) + ":" + value);
        }
        produce(topic, lines, 0);
        test::JobBuilder job;
        kafkaSource(job, topic, "earliest-offset").options["json.ignore-parse-errors"] = ignoreParseErrors;
        std::ostringstream printed;
        auto plan = buildPrintPlan(job, printed, 10);  // the good messages
        EXPECT_TRUE(plan.ok()) << plan.error().toString();
        if (!plan) return {Status(plan.error()), "", 0};
        MalformedRun run{(*plan)->run(), "", 0};
        run.printed = printed.str();
        for (const auto& node : (*plan)->metrics().snapshot().nodes) {
            if (node.nodeId == "orders") run.sourceErrors = node.errors;
        }
        return run;
    }
};

TEST_F(KafkaMalformedTest, SkipsAndCountsMalformedMessagesWhenAskedTo) {
    const MalformedRun run = runWith("true");
    ASSERT_TRUE(run.status.ok()) << run.status.error().toString();
    EXPECT_EQ(run.sourceErrors, 2u);
    std::istringstream lines(run.printed);
    std::set<std::string> printed;
    for (std::string line; std::getline(lines, line);) printed.insert(line);
    std::set<std::string> expected;
    for (int i : {0, 1, 2, 3, 4, 6, 7, 9, 10, 11})
        expected.insert("+I[" + std::to_string(i) + ", n" + std::to_string(i) + ", " + std::to_string(i) + "]");
    EXPECT_EQ(printed, expected);
}

TEST_F(KafkaMalformedTest, FailsNamingNodeTopicPartitionAndOffsetByDefault) {
    const MalformedRun run = runWith("false");
    ASSERT_FALSE(run.status.ok());
    const std::string text = run.status.error().toString();
    EXPECT_NE(text.find("'orders'"), std::string::npos) << text;
    EXPECT_NE(text.find("partition 0 offset 5"), std::string::npos) << text;
    EXPECT_NE(text.find("sw-rt-bad-"), std::string::npos) << text;
}

// Event-time windows over Kafka: a window fires once the watermark (max ts - 1 s) passed its
// end, a row for a window that already fired is late (dropped and counted, as Flink drops it),
// and stopping the run fires what is still open. kcat writes the input and reads the output.
TEST_F(KafkaRuntimeTest, WindowsFireOnTheWatermarkAndDropLateRows) {
    const std::string in = uniqueTopic("clicks");
    const std::string out = uniqueTopic("click-counts");
    const auto click = [](int id, const std::string& page, const std::string& time) {
        return "k:{\"id\":" + std::to_string(id) + ",\"page\":\"" + page + "\",\"ts\":\"2026-01-01 " + time + "\"}";
    };
    // One partition keeps the order the watermark sees.
    produce(in, {click(1, "home", "00:00:10"), click(2, "home", "00:00:20"), click(3, "cart", "00:00:40"),
                 click(4, "home", "00:01:30")}, 0);

    test::JobBuilder job;
    model::Node& source = job.add("clicks", "kafka-source");
    source.schema.columns = {column("id", "BIGINT"), column("page", "STRING"), column("ts", "TIMESTAMP(3)")};
    source.schema.watermark = model::Watermark{"ts", std::chrono::seconds(1)};
    source.options = {{"topic", in}, {"bootstrap.servers", bootstrap_}, {"scan.startup.mode", "earliest-offset"},
                      {"format", "json"}};
    model::Node& window = job.add("per-minute", "window-aggregate");
    window.options = {{"window.kind", "TUMBLE"}, {"window.time-column", "ts"}, {"window.size", "1 min"}};
    window.groupBy = {"page"};
    window.outputs = {{"n", "COUNT(*)"}};
    model::Node& sink = job.add("counts", "kafka-sink");
    sink.schema.columns = {column("window_start", "TIMESTAMP(3)"), column("page", "STRING"), column("n", "BIGINT")};
    sink.options = {{"topic", out}, {"bootstrap.servers", bootstrap_}, {"format", "json"}};
    job.connect("clicks", "per-minute").connect("per-minute", "counts");
    auto plan = Plan::build(job.job());
    ASSERT_TRUE(plan.ok()) << plan.error().toString();

    // "page@minute=n" per output message, e.g. "home@00:00=2".
    const auto windows = [&] {
        std::multiset<std::string> got;
        const std::regex row(R"re("window_start":"2026-01-01 (\d\d:\d\d):00","page":"(\w+)","n":(\d+))re");
        for (const std::string& message : consumeAll(out)) {
            std::smatch m;
            if (std::regex_search(message, m, row)) got.insert(m[2].str() + "@" + m[1].str() + "=" + m[3].str());
            else ADD_FAILURE() << "unexpected output message " << message;
        }
        return got;
    };
    const auto waitForWindows = [&](std::size_t count) {
        return test::eventually([&] { return windows().size() >= count; });
    };

    (*plan)->start();
    // 00:01:30 puts the watermark at 00:01:29: the first minute fires, the second stays open.
    ASSERT_TRUE(waitForWindows(2)) << "the first minute never fired";
    // 00:00:50 belongs to the minute that fired: late. 00:03:10 fires the second minute.
    produce(in, {click(5, "home", "00:00:50"), click(6, "cart", "00:03:10")}, 0);
    ASSERT_TRUE(waitForWindows(3)) << "the second minute never fired";
    (*plan)->stop();  // no checkpoints: the stop fires the open minute (Flink's stop --drain)
    const Status status = (*plan)->wait();
    ASSERT_TRUE(status.ok()) << status.error().toString();

    EXPECT_EQ(windows(), (std::multiset<std::string>{"home@00:00=2", "cart@00:00=1", "home@00:01=1", "cart@00:03=1"}));
    std::uint64_t late = 0;
    for (const NodeMetrics& node : (*plan)->metrics().snapshot().nodes)
        if (node.nodeId == "per-minute") late = node.lateRecordsDropped;
    EXPECT_EQ(late, 1u);
}

TEST_F(KafkaRuntimeTest, EarliestReadsOldMessagesLatestOnlyNewOnes) {
    const std::string topic = uniqueTopic("start");
    produce(topic, {"a:" + orderJson(1), "b:" + orderJson(2), "c:" + orderJson(3)}, 0);

    const auto runFrom = [&](const std::string& mode, std::uint64_t limit, const std::vector<std::string>& later) {
        test::JobBuilder job;
        kafkaSource(job, topic, mode);
        std::ostringstream printed;
        auto plan = buildPrintPlan(job, printed, limit);
        EXPECT_TRUE(plan.ok()) << plan.error().toString();
        if (!plan) return std::string();
        (*plan)->start();
        if (!later.empty()) {
            // Produce only once the consumer has its partitions and resolved the end offset.
            const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
            while ((*plan)->metrics().snapshot().partitions.empty() && std::chrono::steady_clock::now() < deadline)
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            std::this_thread::sleep_for(std::chrono::seconds(2));
            produce(topic, later, 0);
        }
        const Status status = (*plan)->wait();
        EXPECT_TRUE(status.ok()) << status.error().toString();
        return printed.str();
    };
    EXPECT_EQ(runFrom("earliest-offset", 3, {}), "+I[1, n1, 1]\n+I[2, n2, 2]\n+I[3, n3, 3]\n");
    EXPECT_EQ(runFrom("latest-offset", 2, {"d:" + orderJson(4), "e:" + orderJson(5)}), "+I[4, n4, 4]\n+I[5, n5, 5]\n");
}

TEST_F(KafkaRuntimeTest, GroupOffsetsWithoutCommittedOffsetFailsAsFlinkDoes) {
    const std::string topic = uniqueTopic("group");
    produce(topic, {"a:" + orderJson(1)}, 0);
    test::JobBuilder job;
    kafkaSource(job, topic, "group-offsets").options["group.id"] = "sw-fresh-" + topic;
    job.add("out", "blackhole-sink");
    job.connect("orders", "out");
    PlanOptions options;
    options.sourceRecordLimit = 1;
    auto plan = Plan::build(job.job(), options);
    ASSERT_TRUE(plan.ok()) << plan.error().toString();
    const Status status = (*plan)->run();
    ASSERT_FALSE(status.ok());
    EXPECT_NE(status.error().toString().find("no committed offset"), std::string::npos) << status.error().toString();
}

TEST_F(KafkaRuntimeTest, ANamedGroupResumesWhereTheLastCleanRunEnded) {
    const std::string topic = uniqueTopic("resume");
    produce(topic, {"a:" + orderJson(1), "b:" + orderJson(2), "c:" + orderJson(3), "d:" + orderJson(4)}, 0);
    const auto runOnce = [&](const std::string& mode) {
        test::JobBuilder job;
        kafkaSource(job, topic, mode).options["group.id"] = "sw-resume-" + topic;
        std::ostringstream printed;
        auto plan = buildPrintPlan(job, printed, 2);
        EXPECT_TRUE(plan.ok()) << plan.error().toString();
        if (!plan) return std::string();
        const Status status = (*plan)->run();
        EXPECT_TRUE(status.ok()) << status.error().toString();
        return printed.str();
    };
    EXPECT_EQ(runOnce("earliest-offset"), "+I[1, n1, 1]\n+I[2, n2, 2]\n");
    EXPECT_EQ(runOnce("group-offsets"), "+I[3, n3, 3]\n+I[4, n4, 4]\n");
}

// "Sinks flushed, then offsets committed": a run whose sink fails commits nothing, so
// group-offsets reads again what never reached the sink; a clean run commits at its end.
TEST_F(KafkaRuntimeTest, AFailedSinkLeavesTheGroupOffsetsAndACleanRunCommits) {
    const std::string topic = uniqueTopic("sinkfail");
    const std::string group = "sw-sinkfail-" + topic;
    produce(topic, {"a:" + orderJson(1), "b:" + orderJson(2), "c:" + orderJson(3), "d:" + orderJson(4)}, 0);
    const auto runInto = [&](std::ostream& out) {
        test::JobBuilder job;
        kafkaSource(job, topic, "earliest-offset").options["group.id"] = group;
        job.add("out", "print-sink");
        job.connect("orders", "out");
        PlanOptions options;
        options.standardOut = &out;
        options.sourceRecordLimit = 4;
        auto plan = Plan::build(job.job(), options);
        EXPECT_TRUE(plan.ok()) << plan.error().toString();
        return plan ? (*plan)->run() : Status(plan.error());
    };
    std::ostream unwritable(nullptr);  // no buffer: every write fails, as on a closed stdout
    const Status failed = runInto(unwritable);
    ASSERT_FALSE(failed.ok());
    EXPECT_NE(failed.error().toString().find("cannot write to the output stream"), std::string::npos)
        << failed.error().toString();
    EXPECT_EQ(committedOffsets(bootstrap_, group, topic), -4);  // no partition committed

    std::ostringstream printed;
    const Status clean = runInto(printed);
    ASSERT_TRUE(clean.ok()) << clean.error().toString();
    EXPECT_EQ(printed.str(), "+I[1, n1, 1]\n+I[2, n2, 2]\n+I[3, n3, 3]\n+I[4, n4, 4]\n");
    // Partition 0 at 4; the three empty ones at their beginning (0), as earliest-offset resumes.
    EXPECT_EQ(committedOffsets(bootstrap_, group, topic), 4);
}

// A preview (captureSinks, commitOffsets false) reads a group's topic but never moves the group:
// no commit at its checkpoints nor at its clean end. The same run with commitOffsets commits.
TEST_F(KafkaRuntimeTest, APreviewLeavesTheGroupWithoutCommittedOffsets) {
    const std::string topic = uniqueTopic("preview");
    const std::string group = "sw-preview-" + topic;
    produce(topic, {"a:" + orderJson(1), "b:" + orderJson(2), "c:" + orderJson(3), "d:" + orderJson(4)}, 0);
    const auto runUntilCheckpointedAndStop = [&](bool commitOffsets) {
        const std::filesystem::path checkpoints =
            std::filesystem::temp_directory_path() / ("sw-preview-" + topic + (commitOffsets ? "-commit" : ""));
        std::filesystem::remove_all(checkpoints);
        test::JobBuilder job;
        kafkaSource(job, topic, "earliest-offset").options["group.id"] = group;
        job.add("out", "print-sink");
        job.connect("orders", "out");
        model::JobGraph graph = job.job();
        graph.settings.checkpointInterval = std::chrono::milliseconds(50);
        std::ostringstream printed;
        PlanOptions options;
        options.standardOut = &printed;
        options.captureSinks = true;
        options.commitOffsets = commitOffsets;
        options.checkpoints = {checkpoints, false};
        auto plan = Plan::build(graph, options);
        ASSERT_TRUE(plan.ok()) << plan.error().toString();
        (*plan)->start();
        // Every message read and a checkpoint completed after that (so one covered the offsets).
        std::uint64_t checkpointsWhenRead = 0;
        EXPECT_TRUE(test::CheckpointedCliRun::waitUntil([&] {
            const MetricsSnapshot snapshot = (*plan)->metrics().snapshot();
            if (snapshot.sinkRecords() < 4) return false;
            if (checkpointsWhenRead == 0) checkpointsWhenRead = snapshot.checkpoints.completed + 1;
            return snapshot.checkpoints.completed > checkpointsWhenRead;
        }));
        (*plan)->stop();
        const Status status = (*plan)->wait();
        EXPECT_TRUE(status.ok()) << status.error().toString();
        EXPECT_EQ(printed.str(), "");  // captured, not printed
        const auto previews = (*plan)->previews().takeChanged();
        ASSERT_EQ(previews.size(), 1u);
        EXPECT_EQ(previews[0].total, 4u);
        std::filesystem::remove_all(checkpoints);
    };
    runUntilCheckpointedAndStop(false);
    EXPECT_EQ(committedOffsets(bootstrap_, group, topic), -4);  // no partition committed

    runUntilCheckpointedAndStop(true);
    // Partition 0 at 4; the three empty ones at their beginning (0), as earliest-offset resumes.
    EXPECT_EQ(committedOffsets(bootstrap_, group, topic), 4);
}

// --to-current-end: each partition is read to its end as it was when reading began, then the run
// ends by itself (no record limit), from any start: the earliest offset, the group's, the end.
TEST_F(KafkaRuntimeTest, ToCurrentEndReadsWhatIsThereAndEndsByItself) {
    const std::string topic = uniqueTopic("toend");
    const std::string group = "sw-toend-" + topic;
    produce(topic, {"a:" + orderJson(1), "b:" + orderJson(2), "c:" + orderJson(3)}, 0);
    produce(topic, {"d:" + orderJson(4), "e:" + orderJson(5)}, 2);
    std::uint64_t bytesRead = 0;  // of the last run's source
    const auto runToEnd = [&](const std::string& mode) {
        test::JobBuilder job;
        kafkaSource(job, topic, mode).options["group.id"] = group;
        job.add("out", "print-sink");
        job.connect("orders", "out");
        std::ostringstream printed;
        PlanOptions options;
        options.standardOut = &printed;
        options.kafkaToCurrentEnd = true;
        auto plan = Plan::build(job.job(), options);
        EXPECT_TRUE(plan.ok()) << plan.error().toString();
        if (!plan) return std::multiset<std::string>();
        const Status status = (*plan)->run();
        EXPECT_TRUE(status.ok()) << status.error().toString();
        const MetricsSnapshot metrics = (*plan)->metrics().snapshot();
        const auto orders = std::ranges::find(metrics.nodes, std::string("orders"), &NodeMetrics::nodeId);
        EXPECT_NE(orders, metrics.nodes.end());
        bytesRead = orders == metrics.nodes.end() ? 0 : orders->bytesRead;
        std::multiset<std::string> rows;
        std::istringstream lines(printed.str());
        for (std::string line; std::getline(lines, line);) rows.insert(line);
        return rows;
    };
    EXPECT_EQ(runToEnd("earliest-offset"), (std::multiset<std::string>{"+I[1, n1, 1]", "+I[2, n2, 2]", "+I[3, n3, 3]",
                                                                       "+I[4, n4, 4]", "+I[5, n5, 5]"}));
    std::uint64_t produced = 0;  // each message's one-letter key and its value
    for (int id = 1; id <= 5; ++id) produced += 1 + orderJson(id).size();
    EXPECT_EQ(bytesRead, produced);
    // The clean end committed the group's offsets: from them, only what arrived since.
    produce(topic, {"f:" + orderJson(6)}, 1);
    produce(topic, {"g:" + orderJson(7)}, 0);
    EXPECT_EQ(runToEnd("group-offsets"), (std::multiset<std::string>{"+I[6, n6, 6]", "+I[7, n7, 7]"}));
    EXPECT_EQ(runToEnd("group-offsets"), std::multiset<std::string>{});  // nothing new: ends at once
    EXPECT_EQ(runToEnd("latest-offset"), std::multiset<std::string>{});
    EXPECT_EQ(committedOffsets(bootstrap_, group, topic), 4 + 1 + 2 + 0);
}

int closedLoopbackPort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    ::close(fd);  // nothing listens there now
    return ntohs(address.sin_port);
}

TEST(KafkaUnreachableTest, UnreachableBrokerFailsWithinTheBound) {
    const std::string servers = "127.0.0.1:" + std::to_string(closedLoopbackPort());
    test::JobBuilder job;
    model::Node& source = job.add("orders", "kafka-source");
    source.schema.columns = {column("id", "BIGINT")};
    source.options = {{"topic", "t"}, {"bootstrap.servers", servers}, {"scan.startup.mode", "earliest-offset"}};
    job.add("out", "blackhole-sink");
    job.connect("orders", "out");
    PlanOptions options;
    options.kafkaConnectTimeout = std::chrono::milliseconds(2000);
    auto plan = Plan::build(job.job(), options);
    ASSERT_TRUE(plan.ok()) << plan.error().toString();
    const auto started = std::chrono::steady_clock::now();
    const Status status = (*plan)->run();
    const auto took = std::chrono::steady_clock::now() - started;
    ASSERT_FALSE(status.ok());
    const std::string text = status.error().toString();
    EXPECT_NE(text.find("'orders'"), std::string::npos) << text;
    EXPECT_NE(text.find(servers), std::string::npos) << text;
    EXPECT_NE(text.find("no Kafka broker answered"), std::string::npos) << text;
    EXPECT_LT(took, std::chrono::seconds(5));
    EXPECT_GE(took, std::chrono::milliseconds(1900));
}

TEST_F(KafkaRuntimeTest, SaslAgainstTheMockFailsClearlyAndWithoutTheSecret) {
    ::setenv("SW_SECRET_KAFKA_TEST_USER", "sasl-user-5521", 1);
    ::setenv("SW_SECRET_KAFKA_TEST_PASSWORD", "sasl-secret-8832", 1);
    for (const std::string kind : {"kafka-source", "kafka-sink"}) {
        test::JobBuilder job;
        // Add the Kafka node last: adding a node may move the ones before it.
        if (kind == "kafka-sink") job.sequence("numbers", 1, 10);
        model::Node* kafka = nullptr;
        if (kind == "kafka-source") {
            kafka = &kafkaSource(job, uniqueTopic("sasl"), "earliest-offset");
        } else {
            kafka = &job.add("orders", "kafka-sink");
            kafka->options = {{"topic", uniqueTopic("sasl")}, {"bootstrap.servers", bootstrap_}, {"format", "json"}};
        }
        kafka->options["security.protocol"] = "SASL_PLAINTEXT";
        kafka->options["sasl.username"] = "${secret.kafka-test-user}";
        kafka->options["sasl.password"] = "${secret.kafka-test-password}";
        if (kind == "kafka-source") {
            job.add("out", "blackhole-sink");
            job.connect("orders", "out");
        } else {
            job.connect("numbers", "orders");
        }
        PlanOptions options;
        options.kafkaConnectTimeout = std::chrono::milliseconds(8000);
        const auto started = std::chrono::steady_clock::now();
        auto plan = Plan::build(job.job(), options);
        const Status status = plan ? (*plan)->run() : Status(plan.error());
        const auto took = std::chrono::steady_clock::now() - started;
        ASSERT_FALSE(status.ok()) << kind;
        const std::string text = status.error().toString();
        EXPECT_NE(text.find("'orders'"), std::string::npos) << text;
        EXPECT_NE(text.find("SASL"), std::string::npos) << text;
        EXPECT_EQ(text.find("sasl-secret-8832"), std::string::npos) << text;
        EXPECT_LT(took, std::chrono::seconds(6)) << kind << ": the refusal must not wait for the timeout";
    }
}

// scan.startup.mode timestamp is not tested here: librdkafka 2.0.2's mock broker answers every
// offsets-for-times lookup with the partition's end (`kcat -o s@<ms>` reads nothing either).
TEST_F(KafkaRuntimeTest, SpecificOffsetsStartWhereAsked) {
    const std::string topic = uniqueTopic("from");
    produce(topic, {"a:" + orderJson(1), "b:" + orderJson(2), "c:" + orderJson(3), "d:" + orderJson(4),
                    "e:" + orderJson(5)},
            0);

    const auto runWith = [&](std::map<std::string, std::string> startOptions, std::uint64_t limit) {
        test::JobBuilder job;
        model::Node& source = kafkaSource(job, topic, startOptions.at("scan.startup.mode"));
        source.options.insert(startOptions.begin(), startOptions.end());
        std::ostringstream printed;
        auto plan = buildPrintPlan(job, printed, limit);
        EXPECT_TRUE(plan.ok()) << plan.error().toString();
        if (!plan) return std::string();
        const Status status = (*plan)->run();
        EXPECT_TRUE(status.ok()) << status.error().toString();
        return printed.str();
    };
    EXPECT_EQ(runWith({{"scan.startup.mode", "specific-offsets"}, {"scan.startup.specific-offsets", "partition:0,offset:3"}}, 2),
              "+I[4, n4, 4]\n+I[5, n5, 5]\n");
    EXPECT_EQ(runWith({{"scan.startup.mode", "specific-offsets"}, {"scan.startup.specific-offsets", "partition:0,offset:1"}}, 1),
              "+I[2, n2, 2]\n");
}

TEST_F(KafkaRuntimeTest, TopicPatternReadsEveryMatchingTopic) {
    const std::string prefix = uniqueTopic("pattern");
    produce(prefix + "-a", {"a:" + orderJson(1), "b:" + orderJson(2)});
    produce(prefix + "-b", {"c:" + orderJson(3)});
    produce(prefix + "-other", {"d:" + orderJson(4)});
    const auto runPattern = [&](const std::string& pattern, std::string& printedOut) {
        test::JobBuilder job;
        model::Node& source = kafkaSource(job, "", "earliest-offset");
        source.options.erase("topic");
        source.options["topic-pattern"] = pattern;
        std::ostringstream printed;
        auto plan = buildPrintPlan(job, printed, 3);
        if (!plan) return Status(plan.error());
        const Status status = (*plan)->run();
        printedOut = printed.str();
        return status;
    };
    std::string printed;
    const Status status = runPattern(prefix + "-(a|b)", printed);
    ASSERT_TRUE(status.ok()) << status.error().toString();
    std::istringstream lines(printed);
    std::set<std::string> rows;
    for (std::string line; std::getline(lines, line);) rows.insert(line);
    EXPECT_EQ(rows, (std::set<std::string>{"+I[1, n1, 1]", "+I[2, n2, 2]", "+I[3, n3, 3]"}));

    const Status invalid = runPattern(prefix + "-(a", printed);
    ASSERT_FALSE(invalid.ok());
    EXPECT_NE(invalid.error().toString().find("topic-pattern"), std::string::npos) << invalid.error().toString();
}

// KafkaSink on its own: change kinds and partitioners, read back by kcat.
class KafkaSinkTest : public KafkaRuntimeTest {
protected:
    std::vector<model::Column> columns_ = {column("id", "BIGINT"), column("name", "STRING")};

    std::unique_ptr<KafkaSink> makeSink(const std::string& kind, const std::string& topic,
                                        const std::string& partitioner, bool withKey) {
        model::Node node;
        node.id = node.name = "out";
        node.kind = kind;
        node.schema.columns = columns_;
        if (withKey) node.schema.primaryKey = {"id"};
        node.options = {{"topic", topic}, {"bootstrap.servers", bootstrap_}, {"sink.partitioner", partitioner}};
        auto sink = KafkaSink::create(node, columns_, std::chrono::seconds(10), SecretResolver());
        EXPECT_TRUE(sink.ok()) << sink.error().toString();
        return sink ? std::move(*sink) : nullptr;
    }

    // "partition|key|value" with NULL for a null key or value.
    std::multiset<std::string> readBack(const std::string& topic) {
        const auto result = runShellCommand("timeout 60 kcat -C -q -Z -b '" + bootstrap_ + "' -t '" + topic +
                                       "' -o beginning -e -f '%p|%k|%s\\n'");
        EXPECT_EQ(result.status, 0);
        return {result.lines.begin(), result.lines.end()};
    }
};

TEST_F(KafkaSinkTest, UpsertKafkaWritesDeletesAsTombstonesAndDropsUpdateBefore) {
    const std::string topic = uniqueTopic("upsert");
    auto sink = makeSink("upsert-kafka-sink", topic, "fixed", true);
    ASSERT_TRUE(sink);
    NodeCounters counters;
    sink->countBytesIn(&counters);
    Batch batch;
    batch.append({expr::Value(std::int64_t{1}), expr::Value(std::string("one"))}, ChangeKind::Insert);
    batch.append({expr::Value(std::int64_t{1}), expr::Value(std::string("one"))}, ChangeKind::UpdateBefore);
    batch.append({expr::Value(std::int64_t{1}), expr::Value(std::string("uno"))}, ChangeKind::UpdateAfter);
    batch.append({expr::Value(std::int64_t{2}), expr::Value(std::string("two"))}, ChangeKind::Insert);
    batch.append({expr::Value(std::int64_t{2}), expr::Value(std::string("two"))}, ChangeKind::Delete);
    ASSERT_TRUE(sink->process(batch).ok());
    ASSERT_TRUE(sink->finish().ok());
    const std::multiset<std::string> expected = {R"(0|{"id":1}|{"id":1,"name":"one"})", R"(0|{"id":1}|{"id":1,"name":"uno"})",
                                                 R"(0|{"id":2}|{"id":2,"name":"two"})", R"(0|{"id":2}|NULL)"};
    EXPECT_EQ(readBack(topic), expected);
    // Bytes written: every key and value sent (a tombstone has no value, -U is not sent).
    std::uint64_t sent = 0;
    for (const char* text : {R"({"id":1})", R"({"id":1,"name":"one"})", R"({"id":1})", R"({"id":1,"name":"uno"})",
                             R"({"id":2})", R"({"id":2,"name":"two"})", R"({"id":2})"})
        sent += std::string_view(text).size();
    EXPECT_EQ(counters.bytesWritten.load(), sent);
}

TEST_F(KafkaSinkTest, AppendSinkRefusesRetractionsAndRoundRobinSpreadsEvenly) {
    const std::string topic = uniqueTopic("rr");  // created by the sink itself
    auto sink = makeSink("kafka-sink", topic, "round-robin", false);
    ASSERT_TRUE(sink);
    Batch batch;
    for (std::int64_t i = 0; i < 40; ++i) batch.append({expr::Value(i), expr::Value(std::string("x"))});
    ASSERT_TRUE(sink->process(batch).ok());
    ASSERT_TRUE(sink->finish().ok());
    std::map<std::string, int> perPartition;
    for (const std::string& line : readBack(topic)) {
        ++perPartition[line.substr(0, line.find('|'))];
        EXPECT_NE(line.find("|NULL|{"), std::string::npos) << line;  // no key without a primary key
    }
    EXPECT_EQ(perPartition, (std::map<std::string, int>{{"0", 10}, {"1", 10}, {"2", 10}, {"3", 10}}));

    Batch retraction;
    retraction.append({expr::Value(std::int64_t{1}), expr::Value(std::string("x"))}, ChangeKind::Delete);
    const Status refused = sink->process(retraction);
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("append-only"), std::string::npos) << refused.error().toString();
}

// The real binary: `streamwright-cli run` on a job file reading Kafka and printing.
TEST_F(KafkaRuntimeTest, CliRunsAKafkaJobFileToItsRecordLimit) {
    const std::string topic = uniqueTopic("cli");
    std::vector<std::string> lines;
    for (int i = 0; i < 200; ++i) lines.push_back("k" + std::to_string(i) + ":" + orderJson(i));
    produce(topic, lines);
    test::JobBuilder job;
    kafkaSource(job, topic, "earliest-offset");
    job.add("small", "filter").options = {{"condition", "amount < 10"}};
    job.add("out", "print-sink").options = {{"print-identifier", "cli"}};
    job.connect("orders", "small").connect("small", "out");
    const std::string file = ::testing::TempDir() + "/" + topic + ".json";
    ASSERT_TRUE(model::saveJobFile(job.job(), file).ok());

    const std::string metricsFile = file + ".metrics";
    const auto run = runShellCommand("timeout 60 " + std::string(SW_CLI_BINARY) + " run '" + file +
                                "' --max-records 200 --metrics-out '" + metricsFile + "'");
    std::remove(file.c_str());
    std::ifstream metricsIn(metricsFile);
    std::string lastMetrics;
    for (std::string line; std::getline(metricsIn, line);) lastMetrics = line;
    std::remove(metricsFile.c_str());
    // The final snapshot lists every partition read, all caught up.
    for (int partition = 0; partition < 4; ++partition) {
        EXPECT_NE(lastMetrics.find(R"({"node":"orders","topic":")" + topic + R"(","partition":)" +
                                   std::to_string(partition) + R"(,"offset":)"),
                  std::string::npos)
            << lastMetrics;
    }
    EXPECT_EQ(lastMetrics.find(R"("lag":-1)"), std::string::npos) << lastMetrics;
    EXPECT_EQ(run.status, 0);
    std::set<std::string> printed;
    for (const std::string& line : run.lines) {
        if (line.starts_with("cli> ")) printed.insert(line);
    }
    std::set<std::string> expected;
    for (int i = 0; i < 200; ++i) {
        if (i % 100 < 10)
            expected.insert("cli> +I[" + std::to_string(i) + ", n" + std::to_string(i) + ", " + std::to_string(i % 100) + "]");
    }
    EXPECT_EQ(printed, expected);
}


// librdkafka 2.0.2's mock cluster writes no transaction markers and its fetches do not filter
// aborted or open transactions for read_committed readers, so exactly-once cannot be tested
// here and is not run: the job runs at-least-once, and the CLI says so naming the node.
TEST_F(KafkaRuntimeTest, ExactlyOnceSinkRunsAtLeastOnceAndTheCliWarnsNamingTheNode) {
    const auto jobWriting = [&](const std::string& topic, const std::string& guarantee) {
        test::JobBuilder job;
        job.sequence("numbers", 1, 20);
        job.add("audit", "kafka-sink").options = {{"topic", topic},
                                                  {"bootstrap.servers", bootstrap_},
                                                  {"format", "json"},
                                                  {"sink.delivery-guarantee", guarantee},
                                                  {"sink.transactional-id-prefix", "sw-test-audit"}};
        job.connect("numbers", "audit");
        return job;
    };
    auto atLeastOnce = jobWriting(uniqueTopic("alo"), "at-least-once");
    auto plan = Plan::build(atLeastOnce.job());
    ASSERT_TRUE(plan.ok()) << plan.error().toString();
    EXPECT_TRUE((*plan)->warnings().empty());

    const std::string topic = uniqueTopic("eos");
    auto exactlyOnce = jobWriting(topic, "exactly-once");
    const std::string file = ::testing::TempDir() + "/" + topic + ".json";
    ASSERT_TRUE(model::saveJobFile(exactlyOnce.job(), file).ok());
    const auto run = runShellCommand("timeout 60 " + std::string(SW_CLI_BINARY) + " run '" + file + "'");
    std::remove(file.c_str());
    EXPECT_EQ(run.status, 0);
    std::vector<std::string> warnings;
    for (const std::string& line : run.lines) {
        if (line.find("warning:") != std::string::npos) warnings.push_back(line);
    }
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings.front().rfind(file + ": warning: node 'audit': sink.delivery-guarantee 'exactly-once' runs "
                                            "at-least-once locally",
                                     0),
              0u)
        << warnings.front();
    std::multiset<std::string> expected;
    for (int id = 1; id <= 20; ++id) expected.insert(R"(|{"id":)" + std::to_string(id) + "}");
    EXPECT_EQ(consumeAll(topic), expected);
}

}  // namespace
}  // namespace sw::runtime
