// streamwright-cli end to end: the real binary, its exit codes, and what it prints.
#include <gtest/gtest.h>

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <utility>
#include <vector>

#include "loopback_port.h"

namespace fs = std::filesystem;

namespace {

struct CliRun {
    int exitCode;
    std::string output;  // stdout and stderr together
};

CliRun runCli(const std::string& args) {
    const std::string command = std::string(SW_CLI_BINARY) + " " + args + " 2>&1";
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return {-1, "popen failed"};
    std::string output;
    std::array<char, 4096> buffer;
    while (size_t n = fread(buffer.data(), 1, buffer.size(), pipe)) output.append(buffer.data(), n);
    const int status = pclose(pipe);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, output};
}

std::string example(const char* name) { return std::string(SW_SOURCE_DIR) + "/resources/examples/" + name; }

class TempDir {
public:
    TempDir() : path_(fs::temp_directory_path() / ("sw-cli-" + std::to_string(::getpid()))) {
        fs::create_directories(path_);
    }
    ~TempDir() { fs::remove_all(path_); }
    fs::path operator/(const char* name) const { return path_ / name; }
    const fs::path& path() const { return path_; }

private:
    fs::path path_;
};

TEST(Cli, HelpAndVersion) {
    const CliRun help = runCli("--help");
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_NE(help.output.find("validate JOB"), std::string::npos);
    const CliRun version = runCli("--version");
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_NE(version.output.find("streamwright-cli 0."), std::string::npos);
}

TEST(Cli, UsageErrorsExitTwo) {
    for (const char* args : {"", "frobnicate x.json", "validate", "sql a.json b.json", "sql a.json --dialect spark",
                             "validate a.json --bogus", "run a.json --resume", "run a.json --checkpoint-dir",
                             "validate a.json --resume", "validate a.json --dialect=spark",
                             "validate a.json --dialect apache-flink --dialect apache-flink", "sql a.json -o x --output y",
                             "run a.json --events --events", "run a.json --checkpoint-dir d --resume=yes",
                             "run a.json --duration nan", "run a.json --duration=inf", "run a.json --duration -inf",
                             "run a.json --max-records", "check a.json --timeout 0", "check a.json --timeout=soon", "check a.json --timeout 1e300",
                             "check a.json --node a --node b", "check a.json --node", "validate a.json --node a",
                             "infer a.json", "infer a.json --node", "infer a.json --node a --samples 0",
                             "infer a.json --node a --samples 10001", "infer a.json --node a --samples many",
                             "infer a.json --node a --apply=yes", "infer a.json --node a --timeout 0",
                             "check a.json --apply", "infer --node a", "check a.json --profile",
                             "check a.json --profile=", "run a.json --profile a --profile=b",
                             "infer a.json --node a --profile a --profile a", "sql a.json --profile a",
                             "validate a.json --profile=a"}) {
        const CliRun run = runCli(args);
        EXPECT_EQ(run.exitCode, 2) << args << "\n" << run.output;
        EXPECT_NE(run.output.find("Usage:"), std::string::npos) << args;
    }
}

TEST(Cli, TakesOptionValuesAfterAnEqualsSignOrAsTheNextArgument) {
    for (const char* dialect : {"--dialect=apache-flink", "--dialect apache-flink"}) {
        const CliRun run = runCli("validate " + example("orders-enrichment.json") + " " + dialect);
        EXPECT_EQ(run.exitCode, 0) << dialect << "\n" << run.output;
        EXPECT_NE(run.output.find("valid for apache-flink"), std::string::npos) << dialect << "\n" << run.output;
    }
}

// Profiles live in $XDG_CONFIG_HOME/Streamwright/run-profiles.json; a bad one stops the command
// before it reaches anything, naming the file and the JSON path.
TEST(Cli, ProfileErrorsNameTheProfileFileAndPath) {
    TempDir dir;
    fs::create_directories(dir / "Streamwright");
    const std::string job = example("orders-enrichment.json");
    ::setenv("XDG_CONFIG_HOME", dir.path().c_str(), 1);
    std::ofstream(dir / "Streamwright/run-profiles.json")
        << R"({"profiles": [{"name": "vpc", "through": "ssh-jump-host", "jumpHost": {"host": "jump", "port": 70000}}]})";
    for (const std::string& command : {"check " + job + " --profile=vpc", "run " + job + " --profile vpc",
                                      "infer " + job + " --node orders --profile vpc"}) {
        const CliRun run = runCli(command);
        EXPECT_EQ(run.exitCode, 1) << command << "\n" << run.output;
        EXPECT_NE(run.output.find("run-profiles.json at /profiles/0/jumpHost/port: expected a port from 1 to 65535"),
                  std::string::npos)
            << command << "\n" << run.output;
    }
    std::ofstream(dir / "Streamwright/run-profiles.json") << R"({"profiles": []})";
    const CliRun unknown = runCli("check " + job + " --profile nope");
    ::unsetenv("XDG_CONFIG_HOME");
    EXPECT_EQ(unknown.exitCode, 1) << unknown.output;
    EXPECT_NE(unknown.output.find("no run profile called 'nope' (known: 'as written')"), std::string::npos)
        << unknown.output;
}

TEST(Cli, ValidatesAnExample) {
    const CliRun run = runCli("validate " + example("orders-enrichment.json"));
    EXPECT_EQ(run.exitCode, 0) << run.output;
    EXPECT_NE(run.output.find("valid for aliyun-vvr"), std::string::npos) << run.output;
}

TEST(Cli, ExportsBothDialectsToFiles) {
    TempDir dir;
    const CliRun vvr = runCli("sql " + example("orders-enrichment.json") + " -o " + (dir / "vvr.sql").string() +
                           " --deployment-yaml " + (dir / "deploy.yaml").string());
    ASSERT_EQ(vvr.exitCode, 0) << vvr.output;
    std::stringstream sql, yaml;
    sql << std::ifstream(dir / "vvr.sql").rdbuf();
    yaml << std::ifstream(dir / "deploy.yaml").rdbuf();
    EXPECT_NE(sql.str().find("CREATE TEMPORARY TABLE"), std::string::npos);
    EXPECT_NE(sql.str().find("${secret_values.rds_password}"), std::string::npos);
    EXPECT_NE(yaml.str().find("execution.checkpointing.interval: "), std::string::npos) << yaml.str();

    const CliRun flink = runCli("sql " + example("orders-enrichment.json") + " --dialect apache-flink");
    ASSERT_EQ(flink.exitCode, 0) << flink.output;
    EXPECT_NE(flink.output.find("'connector' = 'jdbc'"), std::string::npos);
    EXPECT_EQ(flink.output.find("CREATE TEMPORARY TABLE"), std::string::npos);
}

TEST(Cli, InvalidJobsExitOneAndNameTheProblem) {
    TempDir dir;
    std::ofstream(dir / "malformed.json") << "{\"format\": \"streamwright-job\",\n \"version\": 1,\n \"nodes\": [}";
    const CliRun malformed = runCli("validate " + (dir / "malformed.json").string());
    EXPECT_EQ(malformed.exitCode, 1);
    EXPECT_NE(malformed.output.find("malformed.json: line 3"), std::string::npos) << malformed.output;

    std::ofstream(dir / "missing-topic.json")
        << R"({"format": "streamwright-job", "version": 1, "name": "t", "nodes": [
              {"id": "src", "kind": "kafka-source", "name": "orders",
               "options": {"bootstrap.servers": "127.0.0.1:9092"},
               "schema": {"columns": [{"name": "id", "type": "BIGINT"}]}},
              {"id": "out", "kind": "print-sink", "name": "console"}],
              "edges": [{"from": "src", "fromPort": "out", "to": "out", "toPort": "in"}]})";
    const CliRun invalid = runCli("validate " + (dir / "missing-topic.json").string());
    EXPECT_EQ(invalid.exitCode, 1) << invalid.output;
    EXPECT_NE(invalid.output.find("node 'orders' (kafka-source)"), std::string::npos) << invalid.output;
    EXPECT_NE(invalid.output.find("error"), std::string::npos);

    const CliRun refused = runCli("sql " + (dir / "missing-topic.json").string() + " -o " + (dir / "out.sql").string());
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_FALSE(fs::exists(dir / "out.sql")) << "an invalid job must not be exported";

    const CliRun missingFile = runCli("validate " + (dir / "nope.json").string());
    EXPECT_EQ(missingFile.exitCode, 1);
    EXPECT_NE(missingFile.output.find("cannot open job file"), std::string::npos);
}

TEST(Cli, RefusesWhatIsNoJobFileNamingTheFile) {
    TempDir dir;
    std::ofstream(dir / "huge-number.json") << R"({"format": "streamwright-job", "version": 1,
        "settings": {"parallelism": 1e999}})";
    std::ofstream(dir / "deep.json") << "{\"format\": " << std::string(100'000, '[') << std::string(100'000, ']') << "}";
    const std::vector<std::pair<std::string, std::string>> cases = {
        {(dir / "huge-number.json").string(), ": line 2, column 37: malformed JSON: number out of range: 1e999"},
        {(dir / "deep.json").string(), ": line 1, column 75: malformed JSON: nested deeper than 64 levels"},
        {dir / "", ": is a directory, not a job file"},
        {"/dev/zero", ": larger than 16 MiB, the limit for a job file"},
    };
    for (const auto& [file, message] : cases) {
        for (const char* command : {"validate ", "sql ", "run "}) {
            const CliRun run = runCli(command + file);
            EXPECT_EQ(run.exitCode, 1) << command << file << "\n" << run.output;
            EXPECT_NE(run.output.find(file + message), std::string::npos) << run.output;
        }
    }
}

// A job with a Kafka source on `bootstrap` whose password is the secret "check.pw".
void writeKafkaJob(const fs::path& file, const std::string& bootstrap) {
    std::ofstream(file) << R"({"format": "streamwright-job", "version": 1, "name": "check", "nodes": [
        {"id": "orders", "kind": "kafka-source", "name": "orders",
         "options": {"bootstrap.servers": ")" << bootstrap << R"(", "topic": "orders", "format": "json",
                     "security.protocol": "SASL_PLAINTEXT", "sasl.mechanism": "PLAIN",
                     "sasl.username": "reader", "sasl.password": "${secret.check.pw}"},
         "schema": {"columns": [{"name": "id", "type": "BIGINT"}]}},
        {"id": "out", "kind": "print-sink", "name": "out", "schema": {"columns": [{"name": "id", "type": "BIGINT"}]}}],
      "edges": [{"from": "orders", "fromPort": "out", "to": "out", "toPort": "in"}]})";
}

TEST(Cli, CheckReportsAClassifiedFailureAndExitsOne) {
    auto closed = sw::testing::LoopbackPort::closed();
    ASSERT_TRUE(closed.ok()) << closed.error().toString();
    TempDir dir;
    writeKafkaJob(dir / "job.json", "127.0.0.1:" + std::to_string(closed->port()));
    ::setenv("SW_SECRET_CHECK_PW", "hunter2-secret", 1);  // the CLI's environment is the test's
    const CliRun run = runCli("check " + (dir / "job.json").string() + " --timeout 5");
    EXPECT_EQ(run.exitCode, 1) << run.output;
    EXPECT_NE(run.output.find("node 'orders' (Kafka, kafka-source):\n  FAILED  bootstrap    [refused] node 'orders' / "
                              "bootstrap.servers: cannot reach Kafka at 127.0.0.1:"),
              std::string::npos)
        << run.output;
    EXPECT_NE(run.output.find(": 1 of 1 node(s) failed the connection check"), std::string::npos) << run.output;
    EXPECT_EQ(run.output.find("hunter2-secret"), std::string::npos) << run.output;
}

TEST(Cli, InferOfAnUnreachableBrokerNamesNodeAndFieldWritesNothingAndNeverTheSecret) {
    auto closed = sw::testing::LoopbackPort::closed();
    ASSERT_TRUE(closed.ok()) << closed.error().toString();
    TempDir dir;
    writeKafkaJob(dir / "job.json", "127.0.0.1:" + std::to_string(closed->port()));
    std::ifstream before(dir / "job.json");
    const std::string declared((std::istreambuf_iterator<char>(before)), std::istreambuf_iterator<char>());
    ::setenv("SW_SECRET_CHECK_PW", "hunter2-secret", 1);
    const CliRun run = runCli("infer " + (dir / "job.json").string() + " --node orders --timeout 5 --apply");
    EXPECT_EQ(run.exitCode, 1) << run.output;
    EXPECT_NE(run.output.find("streamwright-cli: node 'orders' / bootstrap.servers: [refused] cannot reach Kafka at"),
              std::string::npos)
        << run.output;
    EXPECT_EQ(run.output.find("hunter2-secret"), std::string::npos) << run.output;
    std::ifstream after(dir / "job.json");
    EXPECT_EQ(std::string((std::istreambuf_iterator<char>(after)), std::istreambuf_iterator<char>()), declared);
    const CliRun printNode = runCli("infer " + (dir / "job.json").string() + " --node out");
    EXPECT_EQ(printNode.exitCode, 2) << printNode.output;
    EXPECT_NE(printNode.output.find("node 'out' (Print) has no topic or table to infer a schema from"), std::string::npos)
        << printNode.output;
}

TEST(Cli, CheckWithoutAConnectionToTest) {
    const CliRun none = runCli("check " + example("datagen-to-print.json"));
    EXPECT_EQ(none.exitCode, 0) << none.output;
    EXPECT_NE(none.output.find("no Kafka or MySQL/JDBC node to test"), std::string::npos) << none.output;
    TempDir dir;
    writeKafkaJob(dir / "job.json", "127.0.0.1:9");
    const CliRun printNode = runCli("check " + (dir / "job.json").string() + " --node out");
    EXPECT_EQ(printNode.exitCode, 2) << printNode.output;
    EXPECT_NE(printNode.output.find("node 'out' (Print) has no connection to test"), std::string::npos) << printNode.output;
    const CliRun unknown = runCli("check " + (dir / "job.json").string() + " --node=nope");
    EXPECT_EQ(unknown.exitCode, 2) << unknown.output;
    EXPECT_NE(unknown.output.find("has no node with id 'nope'"), std::string::npos) << unknown.output;
}

}  // namespace
