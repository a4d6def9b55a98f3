#pragma once
// CheckpointedCliRun: drives the real streamwright-cli through crashes — runs a job file with a
// checkpoint directory, SIGKILLs the process at chosen moments, resumes it with --resume.

#include <gtest/gtest.h>
#include <signal.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <thread>

#include "child_process.h"
#include "runtime/checkpoint/checkpoint_directory.h"

namespace sw::runtime::test {

class CheckpointedCliRun {
public:
    // When to crash a run: once it completed a checkpoint newer than any before it (or at once),
    // then after `delay`.
    struct Crash {
        bool afterNewCheckpoint = true;
        std::chrono::milliseconds delay{0};
    };

    CheckpointedCliRun(std::string jobFile, std::filesystem::path checkpointDir)
        : jobFile_(std::move(jobFile)), checkpointDir_(std::move(checkpointDir)), log_(jobFile_ + ".log") {
        std::filesystem::remove_all(checkpointDir_);
        std::filesystem::remove(log_);
    }
    ~CheckpointedCliRun() {
        std::filesystem::remove_all(checkpointDir_);
        std::filesystem::remove(log_);
    }

    // Starts the CLI; with --resume as soon as a checkpoint exists.
    testing::ChildProcess start() {
        std::vector<std::string> argv = {SW_CLI_BINARY, "run", jobFile_, "--checkpoint-dir", checkpointDir_.string()};
        if (latestCheckpoint() > 0) argv.push_back("--resume");
        auto process = testing::ChildProcess::start(argv, log_);
        EXPECT_TRUE(process.has_value());
        return std::move(*process);
    }

    // Starts a run and kills it as `crash` says; `whileRunning` is called once the checkpoint it
    // waited for exists, with the process still alive.
    void crashOnce(const Crash& crash, const std::function<void()>& whileRunning = {}) {
        const std::uint64_t before = latestCheckpoint();
        testing::ChildProcess process = start();
        if (crash.afterNewCheckpoint) {
            ASSERT_TRUE(waitUntil([&] { return latestCheckpoint() > before || process.poll().has_value(); }))
                << "no checkpoint after " << before << "\n" << log();
            ASSERT_FALSE(process.poll().has_value()) << "the run ended before it was crashed\n" << log();
            if (whileRunning) whileRunning();
        }
        std::this_thread::sleep_for(crash.delay);
        process.signal(SIGKILL);
        const auto code = process.waitFor(std::chrono::seconds(60));
        // It may have failed on its own only for a reason the log shows; killed is the normal end.
        ASSERT_TRUE(code == 128 + SIGKILL) << "exit " << code.value_or(-1) << "\n" << log();
    }

    std::uint64_t latestCheckpoint() const {
        auto latest = CheckpointDirectory(checkpointDir_).latestId();
        return latest.ok() && latest->has_value() ? **latest : 0;
    }

    std::string log() const {
        std::stringstream text;
        text << std::ifstream(log_).rdbuf();
        return text.str();
    }

    // Polls `condition` every 20 ms for up to two minutes: no timing is asserted.
    template <typename Condition>
    static bool waitUntil(Condition condition) {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(2);
        while (!condition()) {
            if (std::chrono::steady_clock::now() > deadline) return false;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        return true;
    }

private:
    std::string jobFile_;
    std::filesystem::path checkpointDir_;
    std::string log_;
};

}  // namespace sw::runtime::test
