// The shipped examples: they load, save back byte-identically, validate without errors in both
// dialects, and export exactly the golden SQL in tests/fixtures/sql/<dialect>/<example>.sql
// (which the ctest `sql_grammar_fixtures` also runs through the independent Flink grammar).
// Set SW_UPDATE_GOLDEN=1 (exactly) to rewrite the golden files after an intended change and review
// the diff; with CI set the test fails instead, since CI is there to compare them.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string_view>

#include "ci_environment.h"
#include "model/job_file.h"
#include "model/secret_ref.h"
#include "sql/generator.h"
#include "validate/validator.h"

namespace fs = std::filesystem;
using sw::kinds::Dialect;

namespace {

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<fs::path> exampleFiles() {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(fs::path(SW_SOURCE_DIR) / "resources/examples"))
        if (entry.path().extension() == ".json") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

// Only "1" asks for a rewrite: "0" or "false" must not rewrite (and pass) by being set at all.
bool updateGoldenRequested() {
    const char* update = std::getenv("SW_UPDATE_GOLDEN");
    return update != nullptr && std::string_view(update) == "1";
}

class Example : public testing::TestWithParam<fs::path> {};

TEST(Examples, AtLeastSixShip) { EXPECT_GE(exampleFiles().size(), 6u); }

TEST_P(Example, LoadsAndSavesByteIdentically) {
    auto job = sw::model::loadJobFile(GetParam());
    ASSERT_TRUE(job) << job.error().toString();
    EXPECT_EQ(sw::model::serializeJob(*job), readFile(GetParam()));
}

TEST_P(Example, ValidatesWithoutErrorsInBothDialects) {
    auto job = sw::model::loadJobFile(GetParam());
    ASSERT_TRUE(job) << job.error().toString();
    for (Dialect dialect : {Dialect::AliyunVvr, Dialect::ApacheFlink}) {
        for (const auto& d : sw::validate::validateJob(*job, dialect))
            EXPECT_NE(d.severity, sw::analysis::Severity::Error)
                << sw::kinds::toString(dialect) << ": [" << d.code << "] " << d.nodeId << " / " << d.field << ": "
                << d.message;
    }
}

TEST_P(Example, ExportsTheGoldenSql) {
    auto job = sw::model::loadJobFile(GetParam());
    ASSERT_TRUE(job) << job.error().toString();
    for (Dialect dialect : {Dialect::AliyunVvr, Dialect::ApacheFlink}) {
        const fs::path golden = fs::path(SW_FIXTURES_DIR) / "sql" / sw::kinds::toString(dialect) /
                                (GetParam().stem().string() + ".sql");
        const std::string sql = sw::sql::generateSql(*job, dialect).text;
        if (updateGoldenRequested()) {
            if (sw::testing::CiEnvironment::active())
                FAIL() << "SW_UPDATE_GOLDEN=1 asks to rewrite " << golden
                       << ", but CI is set: CI compares the golden files and never rewrites them";
            fs::create_directories(golden.parent_path());
            std::ofstream(golden, std::ios::binary) << sql;
            std::cout << "rewrote " << golden.string() << "\n";  // the ctest golden_update_* tests look for this
        }
        ASSERT_TRUE(fs::exists(golden)) << golden << " missing (run with SW_UPDATE_GOLDEN=1 once, then review)";
        EXPECT_EQ(sql, readFile(golden)) << "export differs from " << golden;
    }
}

TEST_P(Example, ExportWritesSecretReferencesAsConsolePlaceholders) {
    auto job = sw::model::loadJobFile(GetParam());
    ASSERT_TRUE(job) << job.error().toString();
    const std::string sql = sw::sql::generateSql(*job, Dialect::AliyunVvr).text;
    EXPECT_EQ(sql.find("${secret."), std::string::npos) << "internal secret references must be translated";
    for (const auto& node : job->nodes) {
        for (const auto& [option, value] : node.options) {
            if (auto name = sw::model::secretName(value)) {
                EXPECT_NE(sql.find("${secret_values." + *name + "}"), std::string::npos)
                    << node.name << "." << option << " lost its secret reference";
            }
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Shipped, Example, testing::ValuesIn(exampleFiles()),
                         [](const testing::TestParamInfo<fs::path>& info) {
                             std::string name = info.param.stem().string();
                             for (char& c : name)
                                 if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                             return name;
                         });

}  // namespace
