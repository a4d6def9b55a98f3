// streamwright-cli run: the real binary runs a job on the local runtime and prints Flink's format.
#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct RunOutput {
    int exitCode;
    std::string stdoutText;
    std::string stderrText;
};

// Runs the CLI with stdout captured through a pipe and stderr through a file, kept apart.
RunOutput runCliSeparately(const std::string& args) {
    const fs::path errFile = fs::temp_directory_path() / ("sw-cli-run-" + std::to_string(::getpid()) + ".err");
    const std::string command = std::string(SW_CLI_BINARY) + " " + args + " 2>" + errFile.string();
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return {-1, "", "popen failed"};
    std::string output;
    std::array<char, 4096> buffer;
    while (size_t n = fread(buffer.data(), 1, buffer.size(), pipe)) output.append(buffer.data(), n);
    const int status = pclose(pipe);
    std::stringstream err;
    err << std::ifstream(errFile).rdbuf();
    fs::remove(errFile);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, output, err.str()};
}

std::string example(const char* name) { return std::string(SW_SOURCE_DIR) + "/resources/examples/" + name; }

TEST(CliRun, RunsTheDatagenExampleToItsRecordLimit) {
    const fs::path metrics = fs::temp_directory_path() / ("sw-cli-metrics-" + std::to_string(::getpid()) + ".jsonl");
    const RunOutput run = runCliSeparately("run " + example("datagen-to-print.json") +
                                           " --max-records 1000 --metrics-out " + metrics.string());
    ASSERT_EQ(run.exitCode, 0) << run.stderrText;

    // The example: order_id is a sequence from 1, amount random in [1, 500], rows with
    // amount > 100 kept, then order_id, UPPER(city), amount, amount * 0.08, size class.
    const std::regex row(R"(orders> \+I\[(\d+), ([0-9A-F]{6}), (\d+), (\d+\.\d\d), ([SML])\])");
    std::istringstream lines(run.stdoutText);
    std::size_t count = 0;
    long previousId = 0;
    for (std::string line; std::getline(lines, line);) {
        std::smatch m;
        ASSERT_TRUE(std::regex_match(line, m, row)) << line;
        const long id = std::stol(m[1]);
        const long amount = std::stol(m[3]);
        EXPECT_GT(id, previousId);
        EXPECT_LE(id, 1000);
        EXPECT_GT(amount, 100);
        EXPECT_LE(amount, 500);
        EXPECT_DOUBLE_EQ(std::stod(m[4]), amount * 8 / 100.0);
        EXPECT_EQ(m[5], amount >= 400 ? "L" : amount >= 200 ? "M" : "S");
        previousId = id;
        ++count;
    }
    EXPECT_GT(count, 0u);
    EXPECT_LE(count, 1000u);
    // The closing line reports what the sink wrote: exactly the rows printed.
    EXPECT_NE(run.stderrText.find("finished: 1000 record(s) read, " + std::to_string(count) + " written"),
              std::string::npos) << run.stderrText;

    std::ifstream metricsIn(metrics);
    std::string lastLine;
    for (std::string line; std::getline(metricsIn, line);) lastLine = line;
    fs::remove(metrics);
    EXPECT_NE(lastLine.find("\"sourceRecords\":1000,"), std::string::npos) << lastLine;
    EXPECT_NE(lastLine.find("\"sinkRecords\":" + std::to_string(count) + ","), std::string::npos) << lastLine;
}

// Every kind of this example runs locally; without its secrets it fails naming node and variable.
TEST(CliRun, JobsThatCannotRunLocallyFailNamingTheNode) {
    const RunOutput run = runCliSeparately("run " + example("orders-enrichment.json"));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.stderrText.find("node '"), std::string::npos) << run.stderrText;
    EXPECT_NE(run.stderrText.find("SW_SECRET_"), std::string::npos) << run.stderrText;
}

// --resume needs a checkpoint: an empty directory is refused (as Flink refuses a missing
// savepoint), naming the directory; --resume without a directory is a usage error.
TEST(CliRun, ResumeWithoutACheckpointIsRefused) {
    const fs::path empty = fs::temp_directory_path() / ("sw-cli-no-checkpoints-" + std::to_string(::getpid()));
    fs::create_directories(empty);
    const RunOutput run =
        runCliSeparately("run " + example("datagen-to-print.json") + " --checkpoint-dir " + empty.string() + " --resume");
    fs::remove_all(empty);
    EXPECT_EQ(run.exitCode, 1) << run.stderrText;
    EXPECT_NE(run.stderrText.find("no complete checkpoint to resume from in " + empty.string()), std::string::npos)
        << run.stderrText;
    const RunOutput usage = runCliSeparately("run " + example("datagen-to-print.json") + " --resume");
    EXPECT_EQ(usage.exitCode, 2);
    EXPECT_NE(usage.stderrText.find("--resume needs --checkpoint-dir"), std::string::npos) << usage.stderrText;
}

TEST(CliRun, ADirectoryNamedLikeACheckpointIsRefusedNamingIt) {
    const fs::path dir = fs::temp_directory_path() / ("sw-cli-checkpoint-dir-" + std::to_string(::getpid()));
    fs::create_directories(dir / "chk-1");
    const RunOutput run = runCliSeparately("run " + example("datagen-to-print.json") + " --checkpoint-dir " +
                                           dir.string() + " --resume");
    fs::remove_all(dir);
    EXPECT_EQ(run.exitCode, 1) << run.stderrText;
    EXPECT_NE(run.stderrText.find((dir / "chk-1").string() + ": named like a checkpoint but not a file"), std::string::npos)
        << run.stderrText;
}

// What a command was asked to write and could not (a full disk) makes it fail; the links and
// devices it writes to stay what they are.
TEST(CliOutput, AFullDeviceFailsEveryCommandThatWritesToIt) {
    const std::string job = example("datagen-to-print.json");
    for (const std::string& command : {"validate " + job, "sql " + job, "run " + job + " --max-records 5"}) {
        const RunOutput run = runCliSeparately(command + " >/dev/full");
        EXPECT_EQ(run.exitCode, 1) << command << "\n" << run.stderrText;
        EXPECT_NE(run.stderrText.find("write"), std::string::npos) << command << "\n" << run.stderrText;
    }
    const fs::path dir = fs::temp_directory_path() / ("sw-cli-output-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    fs::create_symlink("/dev/full", dir / "full");
    const std::string full = (dir / "full").string();
    for (const std::string& command : {"sql " + job + " -o " + full, "sql " + job + " --deployment-yaml " + full,
                                      "run " + job + " --max-records 5 --metrics-out " + full,
                                      "run " + job + " --duration 30 --metrics-out " + full}) {
        const RunOutput run = runCliSeparately(command + " >/dev/null");
        EXPECT_EQ(run.exitCode, 1) << command << "\n" << run.stderrText;
        EXPECT_NE(run.stderrText.find(full + ": "), std::string::npos) << command << "\n" << run.stderrText;
        EXPECT_NE(run.stderrText.find("No space left on device"), std::string::npos) << command << "\n" << run.stderrText;
        EXPECT_TRUE(fs::is_symlink(dir / "full"));
    }
    fs::remove_all(dir);
}

TEST(CliOutput, SqlFilesFollowLinksAndWriteDevicesInPlace) {
    const fs::path dir = fs::temp_directory_path() / ("sw-cli-links-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::ofstream(dir / "export.sql") << "old";
    fs::create_symlink(dir / "export.sql", dir / "link.sql");
    // A link to /dev/null stands in for the device: a regression replaces the link, not /dev/null.
    fs::create_symlink("/dev/null", dir / "null.yaml");
    const RunOutput run = runCliSeparately("sql " + example("datagen-to-print.json") + " -o " + (dir / "link.sql").string() +
                                           " --deployment-yaml=" + (dir / "null.yaml").string());
    EXPECT_EQ(run.exitCode, 0) << run.stderrText;
    EXPECT_TRUE(fs::is_symlink(dir / "link.sql"));
    EXPECT_TRUE(fs::is_symlink(dir / "null.yaml"));
    std::stringstream sql;
    sql << std::ifstream(dir / "export.sql").rdbuf();
    EXPECT_NE(sql.str().find("CREATE TEMPORARY TABLE"), std::string::npos) << sql.str();
    fs::remove_all(dir);
}

// The order ids of a print sink's output ("orders> +I[17, ...]"), in order.
std::vector<long> printedOrderIds(const std::string& text) {
    const std::regex row(R"(orders> \+I\[(\d+), )");
    std::vector<long> ids;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), row); it != std::sregex_iterator(); ++it)
        ids.push_back(std::stol((*it)[1]));
    return ids;
}

// The datagen example with each text `from` replaced by its `to`, written to a temporary file.
std::string writeEditedExample(const std::string& name,
                               const std::vector<std::pair<std::string, std::string>>& replacements) {
    std::stringstream text;
    text << std::ifstream(example("datagen-to-print.json")).rdbuf();
    std::string json = text.str();
    for (const auto& [from, to] : replacements) {
        const auto at = json.find(from);
        EXPECT_NE(at, std::string::npos) << from;
        if (at != std::string::npos) json.replace(at, from.size(), to);
    }
    const fs::path file = fs::temp_directory_path() / ("sw-cli-" + name + "-" + std::to_string(::getpid()) + ".json");
    std::ofstream(file) << json;
    return file.string();
}

// The datagen example without its filter (every amount is > 0): every id read is printed.
std::string writeUnfilteredExample() {
    return writeEditedExample("unfiltered", {{"\"amount > 100\"", "\"amount > 0\""}});
}

// The datagen example with its filter condition and its "tax" expression replaced.
std::string writeExampleWith(const std::string& name, const std::string& condition, const std::string& tax) {
    return writeEditedExample(name, {{"\"amount > 100\"", "\"" + condition + "\""},
                                     {"\"amount * 0.08\"", "\"" + tax + "\""}});
}

// Flink accepts any datagen string length, so validate and sql do too; run refuses a length above
// the local limit before generating anything, naming the node and the option.
TEST(CliRun, AStringLengthAboveTheLocalLimitIsRefusedByRunOnly) {
    const std::string job = writeEditedExample(
        "long-strings", {{"\"fields.city.length\": \"6\"", "\"fields.city.length\": \"100000000\""}});
    const RunOutput validate = runCliSeparately("validate " + job);
    EXPECT_EQ(validate.exitCode, 0) << validate.stdoutText << validate.stderrText;
    const RunOutput sql = runCliSeparately("sql " + job);
    EXPECT_EQ(sql.exitCode, 0) << sql.stderrText;
    EXPECT_NE(sql.stdoutText.find("'fields.city.length' = '100000000'"), std::string::npos) << sql.stdoutText;
    const RunOutput run = runCliSeparately("run " + job + " --max-records 10");
    fs::remove(job);
    EXPECT_EQ(run.exitCode, 1) << run.stderrText;
    EXPECT_EQ(run.stdoutText, "");
    EXPECT_NE(run.stderrText.find("node 'generated_orders' / option fields.city.length: the local runtime generates "
                                  "strings of at most 1048576 characters (1 MiB), not 100000000"),
              std::string::npos)
        << run.stderrText;
}

// Every stage of validate, sql and run walks these expressions: 30,000-term chains pass through
// all of them, nesting deeper than the parser's limit is refused by each command with its place.
TEST(CliRun, LongOperatorChainsRunAndDeepNestingIsRefused) {
    std::string condition = "amount > 100", tax = "amount * 0.08";
    for (int i = 1; i < 30'000; ++i) condition += " AND amount > 100";
    for (int i = 0; i < 15'000; ++i) tax += " + amount - amount";
    const std::string chains = writeExampleWith("chains", condition, tax);
    EXPECT_EQ(runCliSeparately("validate " + chains).exitCode, 0);
    const RunOutput sql = runCliSeparately("sql " + chains);
    EXPECT_EQ(sql.exitCode, 0) << sql.stderrText;
    EXPECT_NE(sql.stdoutText.find("WHERE `amount` > 100 AND `amount` > 100 AND"), std::string::npos);
    const RunOutput run = runCliSeparately("run " + chains + " --max-records 300");
    EXPECT_EQ(run.exitCode, 0) << run.stderrText;
    const std::regex row(R"(orders> \+I\[\d+, [0-9A-F]{6}, (\d+), (\d+\.\d+), [SML]\])");
    std::istringstream lines(run.stdoutText);
    std::size_t rows = 0;
    for (std::string line; std::getline(lines, line); ++rows) {
        std::smatch m;
        ASSERT_TRUE(std::regex_match(line, m, row)) << line;
        EXPECT_GT(std::stol(m[1]), 100);
        EXPECT_DOUBLE_EQ(std::stod(m[2]), std::stol(m[1]) * 8 / 100.0);
    }
    EXPECT_GT(rows, 0u);
    fs::remove(chains);

    const std::string deep = writeExampleWith("deep", std::string(5'000, '(') + "amount > 100" + std::string(5'000, ')'),
                                              "amount * 0.08");
    for (const char* command : {"validate ", "sql ", "run "}) {
        const RunOutput refused = runCliSeparately(command + deep);
        EXPECT_EQ(refused.exitCode, 1) << command << refused.stderrText;
        EXPECT_NE(refused.stderrText.find("offset 200: expression nested deeper than 200 levels"), std::string::npos)
            << command << refused.stderrText.substr(0, 500);
    }
    fs::remove(deep);
}

// A continuous GROUP BY with LISTAGG, FIRST_VALUE, LAST_VALUE, VAR_POP/VAR_SAMP and STDDEV_SAMP runs
// through the real binary. Expected values from Flink's definitions (see test_aggregate.cpp): odd
// n = 1, 3, 5, 7, 9 (sum 25, squares 165), even n = 2, 4, 6, 8 (sum 20, squares 120); BIGINT
// variances divide as integers: (165 - 125) / 5 = 8, / 4 = 10; (120 - 100) / 4 = 5, / 3 = 6.
TEST(CliRun, AGroupByJobComputesFlinksAggregates) {
    const fs::path job = fs::temp_directory_path() / ("sw-cli-aggregates-" + std::to_string(::getpid()) + ".json");
    std::ofstream(job) << R"json({"format": "streamwright-job", "version": 1, "name": "Aggregates",
  "nodes": [
    {"id": "gen", "kind": "datagen-source", "name": "numbers",
     "options": {"fields.n.kind": "sequence", "fields.n.start": "1", "fields.n.end": "9"},
     "schema": {"columns": [{"name": "n", "type": "BIGINT NOT NULL"}]}},
    {"id": "keyed", "kind": "project", "name": "keyed",
     "outputs": [{"name": "k", "expression": "MOD(n, 2)"}, {"name": "n", "expression": "n"}]},
    {"id": "agg", "kind": "window-aggregate", "name": "stats", "options": {"window.kind": "NONE"}, "groupBy": ["k"],
     "outputs": [{"name": "ns", "expression": "LISTAGG(CAST(n AS STRING), '/')"},
                 {"name": "first_n", "expression": "FIRST_VALUE(n)"}, {"name": "last_n", "expression": "LAST_VALUE(n)"},
                 {"name": "var_pop", "expression": "VAR_POP(n)"}, {"name": "var_samp", "expression": "VAR_SAMP(n)"},
                 {"name": "sd_samp", "expression": "STDDEV_SAMP(CAST(n AS DOUBLE))"}]},
    {"id": "out", "kind": "print-sink", "name": "console", "options": {"print-identifier": "stats"}}],
  "edges": [{"from": "gen", "fromPort": "out", "to": "keyed", "toPort": "in"},
            {"from": "keyed", "fromPort": "out", "to": "agg", "toPort": "in"},
            {"from": "agg", "fromPort": "out", "to": "out", "toPort": "in"}]})json";
    const RunOutput run = runCliSeparately("run " + job.string());
    fs::remove(job);
    ASSERT_EQ(run.exitCode, 0) << run.stderrText;
    // The last change of each key is its final result (mini-batch may fold the updates into one).
    std::map<std::string, std::string> last;
    const std::regex row(R"(stats> [+-][IU]\[(\d), (.*)\])");
    std::istringstream lines(run.stdoutText);
    for (std::string line; std::getline(lines, line);) {
        std::smatch m;
        ASSERT_TRUE(std::regex_match(line, m, row)) << line;
        last[m[1]] = m[2];
    }
    EXPECT_EQ(last, (std::map<std::string, std::string>{{"1", "1/3/5/7/9, 1, 9, 8, 10, 3.1622776601683795"},
                                                        {"0", "2/4/6/8, 2, 8, 5, 6, 2.581988897471611"}}))
        << run.stdoutText;
}

// Ids `first`, first + 1, ... with no gap and no repeat.
void expectContiguousFrom(const std::vector<long>& ids, long first) {
    for (std::size_t i = 0; i < ids.size(); ++i) ASSERT_EQ(ids[i], first + static_cast<long>(i)) << "at row " << i;
}

// A stop (here --duration) takes a final checkpoint and says so; --resume continues the
// datagen sequence right after the rows the first run read: together the runs print 1, 2, ...
// with no gap and nothing twice.
TEST(CliRun, AStoppedRunResumesAfterWhatItRead) {
    const fs::path dir = fs::temp_directory_path() / ("sw-cli-checkpoints-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    const std::string job = writeUnfilteredExample();
    const RunOutput first = runCliSeparately("run " + job + " --duration 1 --checkpoint-dir " + dir.string());
    ASSERT_EQ(first.exitCode, 0) << first.stderrText;
    std::smatch finished;
    ASSERT_TRUE(std::regex_search(first.stderrText, finished,
                                  std::regex(R"(finished: (\d+) record\(s\) read, \d+ written by sinks in [0-9.]+ s; )"
                                             R"(last checkpoint (\d+) in (\S+)\n)")))
        << first.stderrText;
    const long readFirst = std::stol(finished[1]);
    const std::string checkpoint = finished[2];
    EXPECT_EQ(finished[3], dir.string());

    const RunOutput second =
        runCliSeparately("run " + job + " --duration 1 --checkpoint-dir " + dir.string() + " --resume");
    fs::remove_all(dir);
    ASSERT_EQ(second.exitCode, 0) << second.stderrText;
    EXPECT_NE(second.stderrText.find("resuming from checkpoint " + checkpoint + " in " + dir.string()),
              std::string::npos) << second.stderrText;
    const std::vector<long> before = printedOrderIds(first.stdoutText);
    const std::vector<long> after = printedOrderIds(second.stdoutText);
    ASSERT_FALSE(before.empty());
    ASSERT_FALSE(after.empty());
    fs::remove(job);
    // Every row read before the final checkpoint reached the sink (no windows hold rows back).
    expectContiguousFrom(before, 1);
    EXPECT_EQ(before.back(), readFirst);
    expectContiguousFrom(after, readFirst + 1);
}

// A bounded source that ends stops the checkpoints: the metrics say so.
TEST(CliRun, AnEndedSourceStopsTheCheckpointsAndTheMetricsSaySo) {
    const fs::path dir = fs::temp_directory_path() / ("sw-cli-ended-" + std::to_string(::getpid()));
    const fs::path metrics = dir.string() + ".jsonl";
    fs::remove_all(dir);
    const RunOutput run = runCliSeparately("run " + example("datagen-to-print.json") +
                                           " --max-records 500 --checkpoint-dir " + dir.string() + " --metrics-out " +
                                           metrics.string());
    fs::remove_all(dir);
    ASSERT_EQ(run.exitCode, 0) << run.stderrText;
    std::ifstream metricsIn(metrics);
    std::string lastLine;
    for (std::string line; std::getline(metricsIn, line);) lastLine = line;
    fs::remove(metrics);
    EXPECT_NE(lastLine.find("\"stopped\":true"), std::string::npos) << lastLine;
}

TEST(CliRun, APreviewPrintsWhatTheSinkCapturedInsteadOfItsRows) {
    const RunOutput run = runCliSeparately("run " + example("datagen-to-print.json") + " --preview --max-records 200");
    ASSERT_EQ(run.exitCode, 0) << run.stderrText;
    EXPECT_EQ(run.stdoutText.find("orders> "), std::string::npos) << run.stdoutText;
    const std::regex heading(R"(sink 'out' would have appended (\d+) row\(s\); the last 20:\n)");
    std::smatch m;
    ASSERT_TRUE(std::regex_search(run.stdoutText, m, heading)) << run.stdoutText;
    EXPECT_NE(run.stdoutText.find("order_id | city"), std::string::npos) << run.stdoutText;
    EXPECT_NE(run.stderrText.find("finished: 200 record(s) read, " + m[1].str() + " captured by sinks"), std::string::npos)
        << run.stderrText;
}

TEST(CliRun, UsageErrors) {
    for (const char* args : {"run", "run a.json --duration 0", "run a.json --max-records x",
                             "run a.json --duration 1 --max-records 5", "run a.json --metrics-out"}) {
        const RunOutput run = runCliSeparately(args);
        EXPECT_EQ(run.exitCode, 2) << args << "\n" << run.stderrText;
        EXPECT_NE(run.stderrText.find("Usage:"), std::string::npos) << args;
    }
}

}  // namespace
