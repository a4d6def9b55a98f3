// streamwright-cli run with secrets from SW_SECRET_<NAME>: the secret reaches MariaDB (the run
// logs in with it and writes its rows) and nothing the run leaves behind holds it — not stdout or
// stderr, the metrics file, any checkpoint file, nor the job file. A wrong secret fails the run
// naming the node, without printing the secret either.
#include <cppconn/connection.h>
#include <gtest/gtest.h>
#include <mysql_driver.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "../unit/runtime/job_builder.h"
#include "model/job_file.h"
#include "model/secret_ref.h"
#include "mysql_admin.h"
#include "runtime/engine/secret_resolver.h"
#include "shell_command.h"
#include "test_endpoints.h"

namespace sw::runtime {
namespace {

namespace fs = std::filesystem;
using test::column;

constexpr const char* kSecret = "swtest.cli.password";
constexpr long kRows = 1500;

std::string fileText(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

class CliSecretsTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto parsed = testing::TestEndpoints::fromEnvironment();
        ASSERT_TRUE(parsed.ok()) << parsed.error().toString();
        SW_REQUIRE_ENDPOINT(parsed->mysql(), testing::TestEndpoints::kMysqlVariable);
        endpoint_ = *parsed->mysql();
        auto options = testing::connectOptions(endpoint_, endpoint_.password);
        admin_.reset(sql::mysql::get_mysql_driver_instance()->connect(options));
        database_ = "swtest_cli_secrets_" + std::to_string(::getpid());
        work_ = fs::path(::testing::TempDir()) / database_;
        fs::remove_all(work_);
        fs::create_directories(work_);
        execute("DROP DATABASE IF EXISTS " + database_);
        execute("CREATE DATABASE " + database_);
        admin_->setSchema(database_);
        execute("CREATE TABLE dim (id BIGINT PRIMARY KEY, name VARCHAR(16))");
        execute("INSERT INTO dim VALUES (1,'one'),(2,'two'),(3,'three')");
        execute("CREATE TABLE copy (id BIGINT PRIMARY KEY, name VARCHAR(16))");
    }

    void TearDown() override {
        if (admin_) execute("DROP DATABASE IF EXISTS " + database_);
        fs::remove_all(work_);
    }

    void execute(const std::string& sql) { testing::executeSql(*admin_, sql); }

    // The options of a mysql-* node on `table` of the test database, logging in with the secret.
    std::map<std::string, std::string> mysqlOptions(const std::string& table) const {
        return {{"hostname", endpoint_.host},        {"port", std::to_string(endpoint_.port)},
                {"database-name", database_},        {"table-name", table},
                {"username", endpoint_.user},        {"password", model::secretReference(kSecret)},
                {"ssl.mode", "VERIFY_CA"},           {"ssl.ca", endpoint_.properties.at("sslCA")}};
    }

    // ids 1..kRows -> k = id % 3 + 1 -> lookup `users` on dim (k = id) -> mysql-sink `copy`,
    // checkpointed every 100 ms; written to a job file, whose path it returns.
    fs::path writeJob() const {
        test::JobBuilder jobs;
        model::Node& source = jobs.sequence("src", 1, kRows, "1000");
        source.schema.procTimeColumn = "pt";
        jobs.add("keys", "project").outputs = {{"seq", "id"}, {"k", "id % 3 + 1"}, {"pt", "pt"}};
        model::Node& lookup = jobs.add("users", "mysql-lookup");
        lookup.options = mysqlOptions("dim");
        lookup.schema.columns = {column("id", "BIGINT"), column("name", "STRING")};
        lookup.schema.primaryKey = {"id"};
        lookup.joinKeys = {{"k", "id"}};
        jobs.add("picked", "project").outputs = {{"id", "seq"}, {"name", "name"}};
        model::Node& sink = jobs.add("copy", "mysql-sink");
        sink.options = mysqlOptions("copy");
        sink.schema.columns = {column("id", "BIGINT NOT NULL"), column("name", "STRING")};
        sink.schema.primaryKey = {"id"};
        jobs.connect("src", "keys").connect("keys", "users").connect("users", "picked").connect("picked", "copy");
        model::JobGraph job = jobs.job();
        for (auto& edge : job.edges)
            if (edge.toNode == "users") edge.toPort = "probe";
        job.settings.checkpointInterval = std::chrono::milliseconds(100);
        const fs::path file = work_ / "job.json";
        EXPECT_TRUE(model::saveJobFile(job, file.string()).ok());
        return file;
    }

    // Runs the CLI with the secret variable set to `secret` for it alone; stdout and stderr together.
    testing::CommandOutput runWithSecret(const fs::path& job, const std::string& secret) const {
        ::setenv(SecretResolver::variableFor(kSecret).c_str(), secret.c_str(), 1);
        auto output = testing::runShellCommand("timeout 120 " + std::string(SW_CLI_BINARY) + " run '" + job.string() +
                                               "' --metrics-out '" + (work_ / "metrics.jsonl").string() +
                                               "' --checkpoint-dir '" + (work_ / "checkpoints").string() + "'");
        ::unsetenv(SecretResolver::variableFor(kSecret).c_str());
        return output;
    }

    testing::MysqlEndpoint endpoint_;
    std::unique_ptr<sql::Connection> admin_;
    std::string database_;
    fs::path work_;
};

std::string joined(const testing::CommandOutput& output) {
    std::string text;
    for (const std::string& line : output.lines) text += line + "\n";
    return text;
}

TEST_F(CliSecretsTest, ARunUsesTheSecretAndLeavesItNowhere) {
    const fs::path job = writeJob();
    const std::string secret = endpoint_.password;
    ASSERT_GE(secret.size(), 8u) << "the test server's password is too short to search for";
    const auto run = runWithSecret(job, secret);
    const std::string output = joined(run);
    ASSERT_EQ(run.status, 0) << output;
    // The secret was resolved and used: both nodes logged in, every row was looked up and written.
    EXPECT_EQ(testing::queryLines(*admin_, "SELECT COUNT(*), MIN(id), MAX(id), COUNT(DISTINCT name) FROM copy"),
              std::vector<std::string>{"1500,1,1500,3"});

    EXPECT_EQ(output.find(secret), std::string::npos) << "stdout/stderr hold the secret";
    const std::string metrics = fileText(work_ / "metrics.jsonl");
    EXPECT_NE(metrics.find("\"sinkRecords\":"), std::string::npos) << "no metrics were written";
    EXPECT_EQ(metrics.find(secret), std::string::npos) << "the metrics file holds the secret";
    std::size_t checkpointFiles = 0;
    for (const auto& entry : fs::recursive_directory_iterator(work_ / "checkpoints")) {
        if (!entry.is_regular_file()) continue;
        ++checkpointFiles;
        EXPECT_EQ(fileText(entry.path()).find(secret), std::string::npos) << entry.path() << " holds the secret";
    }
    EXPECT_GT(checkpointFiles, 0u) << "no checkpoint was written\n" << output;
    const std::string jobText = fileText(job);
    EXPECT_EQ(jobText.find(secret), std::string::npos) << "the job file holds the secret";
    EXPECT_NE(jobText.find(model::secretReference(kSecret)), std::string::npos) << "the reference was lost";
}

TEST_F(CliSecretsTest, AWrongSecretFailsTheRunNamingTheNodeWithoutPrintingIt) {
    const fs::path job = writeJob();
    const std::string wrong = "wrong-" + endpoint_.password;
    const auto run = runWithSecret(job, wrong);
    const std::string output = joined(run);
    EXPECT_NE(run.status, 0) << output;
    EXPECT_NE(output.find("node 'users'"), std::string::npos) << output;
    EXPECT_NE(output.find("refused the login of user '" + endpoint_.user + "'"), std::string::npos) << output;
    EXPECT_EQ(output.find(endpoint_.password), std::string::npos) << "the output holds the secret";
    EXPECT_EQ(testing::queryLines(*admin_, "SELECT COUNT(*) FROM copy"), std::vector<std::string>{"0"});
}

}  // namespace
}  // namespace sw::runtime
