// Checkpoint files: a round trip, the newest complete one found while *.tmp leftovers of a killed
// run are ignored, pruning, and precise errors for truncated, corrupt or foreign files.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "runtime/checkpoint/checkpoint_directory.h"

namespace sw::runtime {
namespace {

namespace fs = std::filesystem;

class CheckpointDirectoryTest : public ::testing::Test {
protected:
    void SetUp() override {
        path_ = fs::temp_directory_path() /
                ("sw-chk-" + std::to_string(::getpid()) + "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(path_);
    }
    void TearDown() override { fs::remove_all(path_); }

    static CheckpointData sample(std::uint64_t id) {
        CheckpointData data;
        data.id = id;
        data.createdMillis = 1700000000000 + static_cast<std::int64_t>(id);
        data.nodes["gen"] = {"datagen-source(id BIGINT)", std::string("\x05\x00\xff", 3)};
        data.nodes["sink"] = {"print-sink(id BIGINT)", ""};
        return data;
    }
    void writeRaw(const fs::path& file, const std::string& bytes) {
        fs::create_directories(path_);
        std::ofstream(file, std::ios::binary) << bytes;
    }
    std::string readRaw(const fs::path& file) {
        std::ifstream in(file, std::ios::binary);
        return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    }

    fs::path path_;
};

TEST_F(CheckpointDirectoryTest, WritesAndReadsBackEveryNodesStateAndFingerprint) {
    CheckpointDirectory directory(path_);
    const auto written = directory.write(sample(7));
    ASSERT_TRUE(written.ok()) << written.error().toString();
    EXPECT_EQ(*written, fs::file_size(path_ / "chk-7"));
    EXPECT_FALSE(fs::exists(path_ / "chk-7.tmp"));
    auto read = directory.read(7);
    ASSERT_TRUE(read.ok()) << read.error().toString();
    EXPECT_EQ(read->id, 7u);
    EXPECT_EQ(read->createdMillis, sample(7).createdMillis);
    ASSERT_EQ(read->nodes.size(), 2u);
    EXPECT_EQ(read->nodes.at("gen").fingerprint, "datagen-source(id BIGINT)");
    EXPECT_EQ(read->nodes.at("gen").state, std::string("\x05\x00\xff", 3));
    EXPECT_EQ(read->nodes.at("sink").state, "");
}

TEST_F(CheckpointDirectoryTest, TheNewestCompleteCheckpointWinsAndTmpLeftoversAreIgnored) {
    CheckpointDirectory directory(path_);
    auto none = directory.latestId();
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none->has_value());  // the directory does not even exist yet
    ASSERT_TRUE(directory.write(sample(2)).ok());
    ASSERT_TRUE(directory.write(sample(10)).ok());  // numeric, not text order: 10 > 2
    // A run killed while writing checkpoint 11 leaves its temporary file behind.
    writeRaw(path_ / "chk-11.tmp", CheckpointDirectory::encode(sample(11)).substr(0, 10));
    writeRaw(path_ / "chk-notes", "x");
    auto latest = directory.latestId();
    ASSERT_TRUE(latest.ok());
    ASSERT_TRUE(latest->has_value());
    EXPECT_EQ(**latest, 10u);
}

TEST_F(CheckpointDirectoryTest, PruneKeepsTheNewestAndRemovesLeftovers) {
    CheckpointDirectory directory(path_);
    for (std::uint64_t id = 1; id <= 5; ++id) ASSERT_TRUE(directory.write(sample(id)).ok());
    writeRaw(path_ / "chk-6.tmp", "partial");
    directory.prune(3);
    EXPECT_FALSE(fs::exists(path_ / "chk-1"));
    EXPECT_FALSE(fs::exists(path_ / "chk-2"));
    EXPECT_TRUE(fs::exists(path_ / "chk-3"));
    EXPECT_TRUE(fs::exists(path_ / "chk-5"));
    EXPECT_FALSE(fs::exists(path_ / "chk-6.tmp"));
}

TEST_F(CheckpointDirectoryTest, ATruncatedFileIsRefusedNamingTheFile) {
    CheckpointDirectory directory(path_);
    ASSERT_TRUE(directory.write(sample(3)).ok());
    const std::string bytes = readRaw(path_ / "chk-3");
    writeRaw(path_ / "chk-3", bytes.substr(0, bytes.size() - 5));
    auto read = directory.read(3);
    ASSERT_FALSE(read.ok());
    EXPECT_NE(read.error().message.find("truncated"), std::string::npos) << read.error().toString();
    EXPECT_NE(read.error().location.find("chk-3"), std::string::npos) << read.error().toString();
}

TEST_F(CheckpointDirectoryTest, AFlippedByteIsCaughtByTheChecksum) {
    CheckpointDirectory directory(path_);
    ASSERT_TRUE(directory.write(sample(4)).ok());
    std::string bytes = readRaw(path_ / "chk-4");
    bytes[20] = static_cast<char>(bytes[20] ^ 0x40);
    writeRaw(path_ / "chk-4", bytes);
    auto read = directory.read(4);
    ASSERT_FALSE(read.ok());
    EXPECT_NE(read.error().message.find("checksum"), std::string::npos) << read.error().toString();
}

TEST_F(CheckpointDirectoryTest, ForeignFilesAndOtherFormatVersionsAreRefused) {
    auto foreign = CheckpointDirectory::decode("{\"json\": true}");
    ASSERT_FALSE(foreign.ok());
    EXPECT_NE(foreign.error().message.find("not a Streamwright checkpoint"), std::string::npos);
    std::string older = CheckpointDirectory::encode(sample(1));
    older[7] = 1;  // version 1 wrote DISTINCT aggregates' state in another form
    auto past = CheckpointDirectory::decode(older);
    ASSERT_FALSE(past.ok());
    EXPECT_NE(past.error().message.find("version 1 is not supported (this build reads version 2)"), std::string::npos)
        << past.error().message;
    std::string newer = CheckpointDirectory::encode(sample(1));
    newer[7] = 3;
    auto future = CheckpointDirectory::decode(newer);
    ASSERT_FALSE(future.ok());
    EXPECT_NE(future.error().message.find("version 3 is not supported"), std::string::npos) << future.error().message;
}

// A directory named like a checkpoint (chk-1/) is neither listed as one nor read as one.
TEST_F(CheckpointDirectoryTest, ADirectoryNamedLikeACheckpointIsRefusedNotRead) {
    CheckpointDirectory directory(path_);
    ASSERT_TRUE(directory.write(sample(2)).ok());
    fs::create_directories(path_ / "chk-1");
    auto latest = directory.latestId();
    ASSERT_FALSE(latest.ok());
    EXPECT_EQ(latest.error().location, (path_ / "chk-1").string());
    EXPECT_NE(latest.error().message.find("not a file"), std::string::npos) << latest.error().message;
    auto read = directory.read(1);
    ASSERT_FALSE(read.ok());
    EXPECT_NE(read.error().message.find("is a directory"), std::string::npos) << read.error().toString();
}

}  // namespace
}  // namespace sw::runtime
