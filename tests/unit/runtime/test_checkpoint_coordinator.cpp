// CheckpointCoordinator without a plan: the test plays the stages. A checkpoint completes when
// every stage acknowledged and every node reported state; expired or declined ones are counted,
// and one more consecutive failure than tolerated fails the job.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <thread>

#include "runtime/checkpoint/checkpoint_coordinator.h"

namespace sw::runtime {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

// Polls `condition` for up to a minute: no timing is asserted, only that it happens eventually.
template <typename Condition>
bool eventually(Condition condition) {
    for (int i = 0; i < 6000; ++i) {
        if (condition()) return true;
        std::this_thread::sleep_for(10ms);
    }
    return condition();
}

class CheckpointCoordinatorTest : public ::testing::Test {
protected:
    void SetUp() override {
        path_ = fs::temp_directory_path() / ("sw-chk-coord-" + std::to_string(::getpid()) + "-" +
                                             ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(path_);
    }
    void TearDown() override { fs::remove_all(path_); }

    fs::path path_;
    MetricsRegistry metrics_;
};

TEST_F(CheckpointCoordinatorTest, CompletesWhenEveryStageAcknowledgedAndWritesTheFile) {
    auto coordinatorOwner = std::make_unique<CheckpointCoordinator>(CheckpointDirectory(path_), CheckpointSettings{10ms, 60s, 3},
                                                                    metrics_.checkpoints());
    CheckpointCoordinator& coordinator = *coordinatorOwner;
    coordinator.registerNode("gen", "datagen-source(id BIGINT)", "node 'gen'");
    coordinator.registerNode("out", "print-sink(id BIGINT)", "node 'out'");
    ASSERT_TRUE(coordinator.prepare(false).ok());
    coordinator.start(2, [](const Error&) {}, [] {});
    std::uint64_t id = 0;
    ASSERT_TRUE(eventually([&] { return (id = coordinator.pendingId()) != 0; }));
    coordinator.addState(id, "gen", "position");
    coordinator.acknowledge(id);
    coordinator.addState(id, "out", "");
    coordinator.acknowledge(id);
    EXPECT_TRUE(coordinator.awaitOutcome(id));
    EXPECT_TRUE(fs::exists(path_ / ("chk-" + std::to_string(id))));
    const auto snapshot = metrics_.snapshot();
    EXPECT_TRUE(snapshot.checkpoints.enabled);
    EXPECT_EQ(snapshot.checkpoints.completed, 1u);
    EXPECT_EQ(snapshot.checkpoints.lastId, id);
    EXPECT_GT(snapshot.checkpoints.lastSizeBytes, 0u);

    // A resumed coordinator (once the first released the directory) restores the node states
    // and numbers on after the restored id.
    coordinatorOwner.reset();
    CheckpointCoordinator resumed(CheckpointDirectory(path_), {10ms, 60s, 3}, metrics_.checkpoints());
    resumed.registerNode("gen", "datagen-source(id BIGINT)", "node 'gen'");
    resumed.registerNode("out", "print-sink(id BIGINT)", "node 'out'");
    ASSERT_TRUE(resumed.prepare(true).ok());
    EXPECT_EQ(resumed.restoredId(), id);
    EXPECT_EQ(resumed.restoredState("gen"), "position");
}

TEST_F(CheckpointCoordinatorTest, AStageThatNeverAcknowledgesMakesCheckpointsExpireUntilTheJobFails) {
    CheckpointCoordinator coordinator(CheckpointDirectory(path_), {5ms, 20ms, 2}, metrics_.checkpoints());
    coordinator.registerNode("gen", "datagen-source(id BIGINT)", "node 'gen'");
    ASSERT_TRUE(coordinator.prepare(false).ok());
    std::mutex mutex;
    std::optional<Error> failure;
    // As the plan does: a failed job shuts the coordinator down.
    coordinator.start(1, [&](const Error& error) {
        {
            std::lock_guard lock(mutex);
            if (!failure) failure = error;
        }
        coordinator.shutdown();
    }, [] {});
    ASSERT_TRUE(eventually([&] {
        std::lock_guard lock(mutex);
        return failure.has_value();
    }));
    coordinator.shutdown();
    coordinator.join();
    // Two failures are tolerated; the third in a row fails the job.
    EXPECT_EQ(metrics_.snapshot().checkpoints.failed, 3u);
    EXPECT_EQ(metrics_.snapshot().checkpoints.completed, 0u);
    EXPECT_NE(failure->message.find("tolerable failed checkpoints (2)"), std::string::npos) << failure->message;
    EXPECT_NE(failure->message.find("expired"), std::string::npos) << failure->message;
    EXPECT_FALSE(fs::exists(path_ / "chk-1"));
}

TEST_F(CheckpointCoordinatorTest, ADeclinedCheckpointFailsAndTheNextOneCanComplete) {
    CheckpointCoordinator coordinator(CheckpointDirectory(path_), {5ms, 60s, 3}, metrics_.checkpoints());
    coordinator.registerNode("out", "mysql-sink(id BIGINT)", "node 'out'");
    ASSERT_TRUE(coordinator.prepare(false).ok());
    coordinator.start(1, [](const Error&) {}, [] {});
    std::uint64_t first = 0;
    ASSERT_TRUE(eventually([&] { return (first = coordinator.pendingId()) != 0; }));
    coordinator.decline(first, Error{"cannot flush", "node 'out'"});
    EXPECT_FALSE(coordinator.awaitOutcome(first));
    std::uint64_t second = 0;
    ASSERT_TRUE(eventually([&] { return (second = coordinator.pendingId()) > first; }));
    coordinator.addState(second, "out", "");
    coordinator.acknowledge(second);
    EXPECT_TRUE(coordinator.awaitOutcome(second));
    const auto snapshot = metrics_.snapshot();
    EXPECT_EQ(snapshot.checkpoints.failed, 1u);
    EXPECT_EQ(snapshot.checkpoints.completed, 1u);
}

TEST_F(CheckpointCoordinatorTest, ResumeRefusesAMissingCheckpointAndAChangedNode) {
    {
        CheckpointCoordinator empty(CheckpointDirectory(path_), {}, metrics_.checkpoints());
        const Status refused = empty.prepare(true);
        ASSERT_FALSE(refused.ok());
        EXPECT_NE(refused.error().message.find("no complete checkpoint to resume from"), std::string::npos);
    }
    CheckpointData data;
    data.id = 4;
    data.nodes["agg"] = {"window-aggregate(k STRING, n BIGINT NOT NULL)", ""};
    ASSERT_TRUE(CheckpointDirectory(path_).write(data).ok());

    {
        CheckpointCoordinator changed(CheckpointDirectory(path_), {}, metrics_.checkpoints());
        changed.registerNode("agg", "window-aggregate(k STRING, total BIGINT)", "node 'agg'");
        const Status refused = changed.prepare(true);
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().location, "node 'agg'");
        EXPECT_NE(refused.error().message.find("it was window-aggregate(k STRING, n BIGINT NOT NULL)"), std::string::npos)
            << refused.error().message;
    }

    CheckpointCoordinator added(CheckpointDirectory(path_), {}, metrics_.checkpoints());
    added.registerNode("agg", "window-aggregate(k STRING, n BIGINT NOT NULL)", "node 'agg'");
    added.registerNode("filter", "filter(k STRING)", "node 'filter'");
    const Status missing = added.prepare(true);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().location, "node 'filter'");
    EXPECT_NE(missing.error().message.find("checkpoint 4 has no state for this node"), std::string::npos);
}

TEST_F(CheckpointCoordinatorTest, AFreshRunNumbersAfterTheCheckpointsAlreadyInTheDirectory) {
    CheckpointData data;
    data.id = 9;
    ASSERT_TRUE(CheckpointDirectory(path_).write(data).ok());
    CheckpointCoordinator coordinator(CheckpointDirectory(path_), {5ms, 60s, 3}, metrics_.checkpoints());
    ASSERT_TRUE(coordinator.prepare(false).ok());
    coordinator.start(1, [](const Error&) {}, [] {});
    std::uint64_t id = 0;
    ASSERT_TRUE(eventually([&] { return (id = coordinator.pendingId()) != 0; }));
    EXPECT_EQ(id, 10u);
}

TEST_F(CheckpointCoordinatorTest, AnEndedSourceStopsCheckpointsAndIsNamed) {
    CheckpointCoordinator coordinator(CheckpointDirectory(path_), {5ms, 60s, 3}, metrics_.checkpoints());
    ASSERT_TRUE(coordinator.prepare(false).ok());
    EXPECT_FALSE(coordinator.endedSource().has_value());
    coordinator.sourceEnded("node 'gen'");
    coordinator.sourceEnded("node 'gen2'");  // the first one stays named
    EXPECT_EQ(coordinator.endedSource(), std::optional<std::string>("node 'gen'"));
    EXPECT_TRUE(metrics_.snapshot().checkpoints.stopped);
}

TEST_F(CheckpointCoordinatorTest, ASecondRunOnTheSameDirectoryIsRefusedUntilTheFirstEnds) {
    CheckpointCoordinator first(CheckpointDirectory(path_), {}, metrics_.checkpoints());
    ASSERT_TRUE(first.prepare(false).ok());
    ASSERT_TRUE(fs::is_directory(path_));  // created when the plan is built, not at the first checkpoint
    {
        CheckpointCoordinator second(CheckpointDirectory(path_), {}, metrics_.checkpoints());
        const Status refused = second.prepare(false);
        ASSERT_FALSE(refused.ok());
        EXPECT_NE(refused.error().message.find("another run uses the checkpoint directory " + path_.string()),
                  std::string::npos)
            << refused.error().message;
    }
    first.shutdown();
}

TEST_F(CheckpointCoordinatorTest, ADirectoryThatCannotBeCreatedFailsAtOnceNamingItAndTheReason) {
    fs::create_directories(path_);
    { std::ofstream(path_ / "file") << "x"; }
    const fs::path below = path_ / "file" / "chk";  // below a regular file: no directory possible
    CheckpointCoordinator coordinator(CheckpointDirectory(below), {}, metrics_.checkpoints());
    const Status refused = coordinator.prepare(false);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().location, "--checkpoint-dir");
    EXPECT_NE(refused.error().message.find("cannot create the checkpoint directory " + below.string() + ": "),
              std::string::npos)
        << refused.error().message;
    EXPECT_NE(refused.error().message.find("Not a directory"), std::string::npos) << refused.error().message;
}

// A corrupt newest checkpoint is refused, not skipped: the error lists the older complete ones.
TEST_F(CheckpointCoordinatorTest, ACorruptNewestCheckpointNamesTheOlderOnesAndHowToUseThem) {
    for (const std::uint64_t id : {3u, 4u, 5u}) {
        CheckpointData data;
        data.id = id;
        ASSERT_TRUE(CheckpointDirectory(path_).write(data).ok());
    }
    { std::ofstream(path_ / "chk-5", std::ios::binary | std::ios::app) << "garbage"; }
    CheckpointCoordinator coordinator(CheckpointDirectory(path_), {}, metrics_.checkpoints());
    const Status refused = coordinator.prepare(true);
    ASSERT_FALSE(refused.ok());
    const std::string message = refused.error().message;
    EXPECT_NE(message.find("cannot resume from checkpoint 5: truncated or padded"), std::string::npos) << message;
    EXPECT_NE(message.find("older complete checkpoints: 4, 3 (move " + (path_ / "chk-5").string() + " aside"),
              std::string::npos)
        << message;
}

}  // namespace
}  // namespace sw::runtime
