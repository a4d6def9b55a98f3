// Every skip in tests/ goes through the CI guard of tests/support/ci_environment.h, so a skip
// fails in CI: ctest counts a GoogleTest skip as "not run" and a QtTest skip as passed, and
// neither makes the run fail. Comments are not code and may name the raw macros.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>

namespace sw {
namespace {

namespace fs = std::filesystem;

TEST(TestSkips, GoThroughTheCiGuard) {
    const fs::path tests = fs::path(SW_SOURCE_DIR) / "tests";
    // The guard itself, and this test, which names the macros it looks for.
    const fs::path allowed[] = {tests / "support/ci_environment.h", tests / "structure/test_test_skips.cpp"};
    // The macros themselves, not the guarded ones whose names contain them.
    const std::regex rawSkip(R"((^|[^A-Za-z0-9_])(GTEST_SKIP|QSKIP)\s*\()");
    std::size_t scanned = 0;
    for (const auto& entry : fs::recursive_directory_iterator(tests)) {
        const std::string extension = entry.path().extension().string();
        if (!entry.is_regular_file() || (extension != ".h" && extension != ".cpp")) continue;
        ++scanned;
        if (std::ranges::find(allowed, entry.path()) != std::end(allowed)) continue;
        std::ifstream in(entry.path());
        int number = 0;
        for (std::string line; std::getline(in, line);) {
            ++number;
            const std::string code = line.substr(0, line.find("//"));
            std::smatch raw;
            EXPECT_FALSE(std::regex_search(code, raw, rawSkip))
                << fs::relative(entry.path(), SW_SOURCE_DIR).string() << ":" << number << " uses " << raw[2]
                << " directly; use SW_GTEST_SKIP_OUTSIDE_CI / SW_QSKIP_OUTSIDE_CI (ci_environment.h)";
        }
    }
    EXPECT_GT(scanned, 50u) << "the tests were not found under " << tests;
}

}  // namespace
}  // namespace sw
