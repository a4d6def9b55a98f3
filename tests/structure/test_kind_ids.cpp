// Nothing outside a kind's home switches on its id: a kind id in quotes may appear in core/, ui/
// and app/ only in the folder whose descriptor defines it. Comments are not code and may name one.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "kinds/catalog.h"

namespace sw {
namespace {

namespace fs = std::filesystem;

struct SourceFile {
    fs::path path;
    std::string code;  // the text without // comments
};

std::vector<SourceFile> sourceFiles() {
    std::vector<SourceFile> files;
    for (const char* top : {"core", "ui", "app"}) {
        for (const auto& entry : fs::recursive_directory_iterator(fs::path(SW_SOURCE_DIR) / top)) {
            const std::string extension = entry.path().extension().string();
            if (!entry.is_regular_file() || (extension != ".h" && extension != ".cpp" && extension != ".def")) continue;
            std::ifstream in(entry.path());
            std::string line;
            std::string code;
            while (std::getline(in, line)) code += line.substr(0, line.find("//")) + "\n";
            files.push_back({entry.path(), std::move(code)});
        }
    }
    return files;
}

TEST(KindIds, AppearOnlyInTheirKindsHome) {
    const std::vector<SourceFile> files = sourceFiles();
    ASSERT_GT(files.size(), 100u) << "the source tree was not found under " << SW_SOURCE_DIR;
    for (const kinds::NodeKind& kind : kinds::Catalog::instance().kinds()) {
        const std::string quoted = "\"" + kind.id + "\"";
        std::vector<fs::path> homes;
        for (const SourceFile& file : files) {
            if (file.code.find("kind.id = " + quoted) != std::string::npos) homes.push_back(file.path.parent_path());
        }
        ASSERT_EQ(homes.size(), 1u) << kind.id << " must be defined by exactly one descriptor";
        for (const SourceFile& file : files) {
            if (file.path.parent_path() == homes.front()) continue;
            EXPECT_EQ(file.code.find(quoted), std::string::npos)
                << fs::relative(file.path, SW_SOURCE_DIR).string() << " names kind " << quoted
                << " outside its home " << fs::relative(homes.front(), SW_SOURCE_DIR).string()
                << "; ask the kind (a trait on its descriptor or its layer behaviour) instead";
        }
    }
}

}  // namespace
}  // namespace sw
