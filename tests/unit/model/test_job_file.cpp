#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "model/job_file.h"

using namespace sw::model;
using namespace std::chrono_literals;

namespace {

JobGraph sampleJob() {
    JobGraph job;
    job.name = "orders → cities \"quoted\"";
    job.description = "line one\nline two";
    job.settings.checkpointInterval = 30s;
    job.settings.miniBatchEnabled = false;
    job.settings.networkMemoryFraction = 0.15;
    job.settings.extra = {{"table.exec.sink.not-null-enforcer", "DROP"}, {"a.key", "v"}};
    job.settings.functions = {{"mask_phone", "com.example.udf.MaskPhone",
                               {*FlinkType::parse("STRING"), *FlinkType::parse("INT NOT NULL")},
                               *FlinkType::parse("VARCHAR(20)")},
                              {"now_ms", "com.example.udf.NowMs", {}, *FlinkType::parse("BIGINT")}};

    Node source;
    source.id = "orders";
    source.kind = "kafka-source";
    source.name = "orders`; DROP";
    source.position = {10.5, -20};
    source.options = {{"topic", "orders"}, {"sasl.password", "${secret.kafka_pw}"}};
    source.schema.columns = {{"order_id", *FlinkType::parse("BIGINT NOT NULL"), "the key"},
                             {"amount", *FlinkType::parse("DECIMAL(10, 2)"), ""},
                             {"ts", *FlinkType::parse("TIMESTAMP(3)"), ""},
                             {"tags", *FlinkType::parse("MAP<STRING, ARRAY<INT>>"), ""}};
    source.schema.primaryKey = {"order_id"};
    source.schema.watermark = Watermark{"ts", 5s};
    source.schema.procTimeColumn = "proc_time";

    Node lookup;
    lookup.id = "users";
    lookup.kind = "mysql-lookup";
    lookup.name = "users";
    lookup.joinKeys = {{"user_id", "id"}};

    Node agg;
    agg.id = "per-city";
    agg.kind = "window-aggregate";
    agg.name = "per_city";
    agg.groupBy = {"city"};
    agg.outputs = {{"revenue", "SUM(amount)"}, {"n", "COUNT(*)"}};

    job.nodes = {source, lookup, agg};
    job.edges = {{"orders", "out", "users", "probe"}, {"users", "out", "per-city", "in"}};
    return job;
}

TEST(JobFile, RoundTripIsIdentical) {
    const JobGraph job = sampleJob();
    const std::string text = serializeJob(job);
    auto loaded = parseJob(text);
    ASSERT_TRUE(loaded) << loaded.error().toString();
    EXPECT_EQ(*loaded, job);
    EXPECT_EQ(serializeJob(*loaded), text);
}

TEST(JobFile, KeyOrderIsStable) {
    const std::string text = serializeJob(sampleJob());
    const auto at = [&](const char* key) { return text.find(key); };
    EXPECT_LT(at("\"format\""), at("\"version\""));
    EXPECT_LT(at("\"version\""), at("\"settings\""));
    EXPECT_LT(at("\"settings\""), at("\"nodes\""));
    EXPECT_LT(at("\"nodes\""), at("\"edges\""));
    EXPECT_LT(at("\"sasl.password\""), at("\"topic\""));  // options sorted
    EXPECT_EQ(text.back(), '\n');
}

TEST(JobFile, MissingSettingsTakeDefaults) {
    auto job = parseJob(R"({"format": "streamwright-job", "version": 1, "name": "x"})");
    ASSERT_TRUE(job) << job.error().toString();
    EXPECT_EQ(job->settings, JobSettings{});
    EXPECT_EQ(job->settings.checkpointInterval, 60s);
    EXPECT_EQ(job->settings.stateTtl, 1h);
}

struct BadFile {
    const char* json;
    const char* location;
    const char* messagePart;
};

class JobFileErrors : public testing::TestWithParam<BadFile> {};

TEST_P(JobFileErrors, NamesThePath) {
    const auto& c = GetParam();
    auto job = parseJob(c.json);
    ASSERT_FALSE(job);
    EXPECT_EQ(job.error().location, c.location) << job.error().toString();
    EXPECT_NE(job.error().message.find(c.messagePart), std::string::npos) << job.error().message;
}

#define HEAD R"({"format": "streamwright-job", "version": 1, )"

INSTANTIATE_TEST_SUITE_P(
    Model, JobFileErrors,
    testing::Values(
        BadFile{"{\"format\": \"streamwright-job\",\n  \"version\": 1,,}", "line 2, column 16", "malformed JSON"},
        BadFile{"[]", "(document)", "expected an object"},
        BadFile{R"({"format": "other", "version": 1})", "format", "not a Streamwright job"},
        BadFile{R"({"format": "streamwright-job", "version": 7})", "version", "unsupported job format version 7"},
        BadFile{HEAD R"("nodes": [{"id": "a", "kind": "filter"}]})", "nodes[0].name", "missing required key"},
        BadFile{HEAD R"("nodes": [{"id": "a", "kind": "filter", "name": "a", "optins": {}}]})", "nodes[0].optins",
                "unknown key 'optins'"},
        BadFile{HEAD R"("nodes": [{"id": "a", "kind": "k", "name": "a", "options": {"port": 3306}}]})",
                "nodes[0].options.port", "expected a string value"},
        BadFile{HEAD R"("nodes": [{"id": "a", "kind": "k", "name": "a", "schema": {"columns": [{"name": "c", "type": "BIGGINT"}]}}]})",
                "nodes[0].schema.columns[0].type", "unknown type 'BIGGINT'"},
        BadFile{HEAD R"("nodes": [{"id": "a", "kind": "k", "name": "a", "schema": {"watermark": {"column": "ts", "delay": "5 parsecs"}}}]})",
                "nodes[0].schema.watermark.delay", "unknown duration unit"},
        BadFile{HEAD R"("settings": {"checkpoint": {"mode": "SOMETIMES"}}})", "settings.checkpoint.mode",
                "EXACTLY_ONCE or AT_LEAST_ONCE"},
        BadFile{HEAD R"("settings": {"parallelism": 1.5}})", "settings.parallelism", "expected an integer"},
        BadFile{HEAD R"("settings": {"functions": [{"name": "f", "class": "a.F", "returns": "STRNG"}]}})",
                "settings.functions[0].returns", "unknown type 'STRNG'"},
        BadFile{HEAD R"("settings": {"functions": [{"name": "f", "class": "a.F", "arguments": ["INT", 3], "returns": "INT"}]}})",
                "settings.functions[0].arguments[1]", "expected a type name, found 3"},
        BadFile{HEAD R"("settings": {"functions": [{"name": "f", "returns": "INT"}]}})", "settings.functions[0].class",
                "missing required key"},
        BadFile{HEAD R"("settings": {"functions": {"name": "f"}}})", "settings.functions", "expected an array"},
        BadFile{HEAD R"("edges": [{"from": "a", "fromPort": "out", "to": "b"}]})", "edges[0].toPort",
                "missing required key"},
        BadFile{HEAD R"("settings": {"parallelism": 1e999}})", "line 1, column 74", "number out of range: 1e999"},
        BadFile{HEAD R"("settings": {"parallelism": -1E400}})", "line 1, column 74", "number out of range: -1E400"}));

TEST(JobFile, RefusesDeepValuesAndCutsTheOnesItShows) {
    // Too deep for the reader: refused while parsing, before any message could print the value.
    const std::string tooDeep = std::string(100'000, '[') + std::string(100'000, ']');
    auto refused = parseJob(HEAD R"("settings": {"parallelism": )" + tooDeep + "}}");
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().message.find("nested deeper than"), std::string::npos) << refused.error().message;

    // Within the limit, a value of the wrong type is named by its start only.
    const std::string deep = std::string(60, '[') + std::string(60, ']');
    std::string wide = "[1";
    for (int i = 0; i < 50'000; ++i) wide += ",1";
    wide += "]";
    for (const std::string& value : {deep, wide}) {
        auto wrongType = parseJob(HEAD R"("settings": {"parallelism": )" + value + "}}");
        ASSERT_FALSE(wrongType);
        EXPECT_EQ(wrongType.error().location, "settings.parallelism");
        EXPECT_LT(wrongType.error().message.size(), 100u) << wrongType.error().message;
        auto wrongOption = parseJob(HEAD R"("nodes": [{"id": "a", "kind": "k", "name": "a", "options": {"o": )" + value + "}}]}");
        ASSERT_FALSE(wrongOption);
        EXPECT_EQ(wrongOption.error().location, "nodes[0].options.o");
        EXPECT_LT(wrongOption.error().message.size(), 100u) << wrongOption.error().message;
    }
}

TEST(JobFile, SaveIsAtomicAndLoadNamesTheFile) {
    const auto dir = std::filesystem::temp_directory_path() / ("sw-jobfile-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const auto path = dir / "job.json";
    ASSERT_TRUE(saveJobFile(sampleJob(), path));
    EXPECT_FALSE(std::filesystem::exists(path.string() + ".tmp"));
    auto loaded = loadJobFile(path);
    ASSERT_TRUE(loaded) << loaded.error().toString();
    EXPECT_EQ(*loaded, sampleJob());

    std::ofstream(dir / "bad.json") << "{\"format\": 1}";
    auto bad = loadJobFile(dir / "bad.json");
    ASSERT_FALSE(bad);
    EXPECT_TRUE(bad.error().location.starts_with((dir / "bad.json").string() + ": format"));
    auto missing = loadJobFile(dir / "missing.json");
    ASSERT_FALSE(missing);
    EXPECT_NE(missing.error().message.find("cannot open"), std::string::npos);
    std::filesystem::remove_all(dir);
}

TEST(JobFile, LoadRefusesDirectoriesAndEndlessFiles) {
    const auto dir = std::filesystem::temp_directory_path() / ("sw-jobfile-dir-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    auto directory = loadJobFile(dir);
    ASSERT_FALSE(directory);
    EXPECT_EQ(directory.error().location, dir.string());
    EXPECT_NE(directory.error().message.find("is a directory"), std::string::npos) << directory.error().message;

    // One byte over the limit is refused by size, not parsed.
    const auto big = dir / "big.json";
    std::ofstream(big) << std::string(kMaxJobFileBytes + 1, ' ');
    auto oversized = loadJobFile(big);
    ASSERT_FALSE(oversized);
    EXPECT_NE(oversized.error().message.find("limit for a job file"), std::string::npos) << oversized.error().message;
    std::filesystem::remove_all(dir);

    auto endless = loadJobFile("/dev/zero");
    ASSERT_FALSE(endless);
    EXPECT_EQ(endless.error().location, "/dev/zero");
    EXPECT_NE(endless.error().message.find("larger than 16 MiB"), std::string::npos) << endless.error().message;
}

}  // namespace
