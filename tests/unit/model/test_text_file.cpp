// readTextFile / writeTextFile: regular files replaced whole, links followed, devices and pipes
// written in place, and every failure (a full disk included) reported with the path.
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "model/text_file.h"

namespace sw::model {
namespace {

namespace fs = std::filesystem;

class TextFileTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("sw-text-file-" + std::to_string(::getpid()));
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }

    static std::string contentOf(const fs::path& path) {
        std::stringstream text;
        text << std::ifstream(path).rdbuf();
        return text.str();
    }

    fs::path dir_;
};

TEST_F(TextFileTest, ReplacesARegularFileWholeAndLeavesNoTempFile) {
    std::ofstream(dir_ / "out.sql") << "old and longer";
    ASSERT_TRUE(writeTextFile(dir_ / "out.sql", "new"));
    EXPECT_EQ(contentOf(dir_ / "out.sql"), "new");
    EXPECT_FALSE(fs::exists(dir_ / "out.sql.tmp"));
}

TEST_F(TextFileTest, FollowsSymbolicLinksAndKeepsThem) {
    fs::create_directories(dir_ / "real");
    std::ofstream(dir_ / "real" / "out.sql") << "old";
    fs::create_symlink("real/out.sql", dir_ / "relative-link");
    fs::create_symlink(dir_ / "relative-link", dir_ / "link-to-link");
    ASSERT_TRUE(writeTextFile(dir_ / "link-to-link", "new"));
    EXPECT_TRUE(fs::is_symlink(dir_ / "link-to-link"));
    EXPECT_TRUE(fs::is_symlink(dir_ / "relative-link"));
    EXPECT_EQ(contentOf(dir_ / "real" / "out.sql"), "new");

    // A dangling link creates the file it points at.
    fs::create_symlink("real/new.sql", dir_ / "dangling");
    ASSERT_TRUE(writeTextFile(dir_ / "dangling", "created"));
    EXPECT_TRUE(fs::is_symlink(dir_ / "dangling"));
    EXPECT_EQ(contentOf(dir_ / "real" / "new.sql"), "created");

    fs::create_symlink("loop", dir_ / "loop");
    const Status looped = writeTextFile(dir_ / "loop", "x");
    ASSERT_FALSE(looped);
    EXPECT_NE(looped.error().message.find("too many levels of symbolic links"), std::string::npos);
}

TEST_F(TextFileTest, WritesDevicesAndPipesInPlace) {
    // Through a link, so that a regression replaces the link and never /dev/null itself.
    fs::create_symlink("/dev/null", dir_ / "null");
    ASSERT_TRUE(writeTextFile(dir_ / "null", "discarded"));
    EXPECT_TRUE(fs::is_symlink(dir_ / "null"));
    EXPECT_TRUE(fs::is_character_file("/dev/null"));

    const fs::path fifo = dir_ / "fifo";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    std::string received;
    std::thread reader([&] { received = contentOf(fifo); });
    const Status written = writeTextFile(fifo, "through the pipe");
    reader.join();
    ASSERT_TRUE(written) << written.error().toString();
    EXPECT_EQ(received, "through the pipe");
    EXPECT_TRUE(fs::is_fifo(fifo));
}

TEST_F(TextFileTest, ReportsAFullDeviceAndADirectory) {
    fs::create_symlink("/dev/full", dir_ / "full");
    const Status full = writeTextFile(dir_ / "full", "text");
    ASSERT_FALSE(full);
    EXPECT_EQ(full.error().location, (dir_ / "full").string());
    EXPECT_NE(full.error().message.find("No space left on device"), std::string::npos) << full.error().message;
    EXPECT_TRUE(fs::is_symlink(dir_ / "full"));

    const Status directory = writeTextFile(dir_, "text");
    ASSERT_FALSE(directory);
    EXPECT_NE(directory.error().message.find("is a directory"), std::string::npos) << directory.error().message;
}

TEST_F(TextFileTest, ReadsUpToTheLimitAndRefusesMore) {
    std::ofstream(dir_ / "ten") << "0123456789";
    auto exact = readTextFile(dir_ / "ten", "test file", 10);
    ASSERT_TRUE(exact);
    EXPECT_EQ(*exact, "0123456789");
    auto over = readTextFile(dir_ / "ten", "test file", 9);
    ASSERT_FALSE(over);
    EXPECT_NE(over.error().message.find("the limit for a test file"), std::string::npos) << over.error().message;
    auto directory = readTextFile(dir_, "test file", 10);
    ASSERT_FALSE(directory);
    EXPECT_EQ(directory.error().message, "is a directory, not a test file");
}

}  // namespace
}  // namespace sw::model
