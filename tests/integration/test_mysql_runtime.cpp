// The MySQL/JDBC lookup join and sink against the per-run MariaDB (SW_TEST_MYSQL): cache
// strategies and their hit counts, LEFT/INNER, batched misses, upsert/append sinks, errors, TLS.
#include <cppconn/connection.h>
#include <cppconn/resultset.h>
#include <cppconn/statement.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <thread>
#include <map>
#include <sstream>

#include "../unit/runtime/job_builder.h"
#include "checkpointed_cli_run.h"
#include "expr/eval/value_text.h"
#include "model/job_file.h"
#include "model/secret_ref.h"
#include "runtime/mysql/mysql_connection_factory.h"
#include "runtime/mysql/mysql_lookup_join.h"
#include "runtime/mysql/mysql_sink.h"
#include "runtime/engine/plan.h"
#include "mysql_admin.h"
#include "test_endpoints.h"

namespace sw::runtime {
namespace {

using test::column;
using test::JobBuilder;

constexpr const char* kSecret = "swtest.mysql";

class MysqlRuntimeTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto parsed = testing::TestEndpoints::fromEnvironment();
        ASSERT_TRUE(parsed.ok()) << parsed.error().toString();
        endpoints_ = std::move(*parsed);
        if (!endpoints_.mysql()) return;  // each test skips through SW_REQUIRE_ENDPOINT
        const auto& endpoint = *endpoints_.mysql();
        ::setenv(SecretResolver::variableFor(kSecret).c_str(), endpoint.password.c_str(), 1);
        model::Node admin = mysqlNode("admin", "mysql-sink", "dim");
        admin.options["database-name"] = endpoint.database;
        auto factory = MysqlConnectionFactory::fromNode(admin, SecretResolver());
        ASSERT_TRUE(factory.ok()) << factory.error().toString();
        auto connection = factory->connect();
        ASSERT_TRUE(connection.ok()) << connection.error().toString();
        admin_ = std::move(*connection);
        // ctest runs tests in parallel: each test gets a database of its own.
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        database_ = "swtest_mr_" + std::to_string(std::hash<std::string>{}(std::string(info->name())) % 1000000007u);
        execute("DROP DATABASE IF EXISTS " + database_);
        execute("CREATE DATABASE " + database_);
        admin_->setSchema(database_);
    }

    void TearDown() override {
        if (admin_) execute("DROP DATABASE IF EXISTS " + database_);
    }

    void execute(const std::string& sql) { testing::executeSql(*admin_, sql); }
    std::vector<std::string> query(const std::string& sql) { return testing::queryLines(*admin_, sql); }

    // A node of `kind` pointing at the test server (mysql-* form, TLS verified with the test CA).
    model::Node mysqlNode(const std::string& id, const std::string& kind, const std::string& table) const {
        const auto& endpoint = *endpoints_.mysql();
        model::Node node;
        node.id = id;
        node.name = id;
        node.kind = kind;
        node.options = {{"hostname", endpoint.host},        {"port", std::to_string(endpoint.port)},
                        {"database-name", database_},       {"table-name", table},
                        {"username", endpoint.user},        {"password", model::secretReference(kSecret)},
                        {"ssl.mode", "VERIFY_CA"},          {"ssl.ca", endpoint.properties.at("sslCA")}};
        return node;
    }

    // Fills a dimension table dim(id BIGINT PRIMARY KEY, name VARCHAR) with ids 1..50.
    void createDim() {
        execute("CREATE TABLE dim (id BIGINT PRIMARY KEY, name VARCHAR(32))");
        std::string sql = "INSERT INTO dim VALUES ";
        for (int i = 1; i <= 50; ++i) sql += (i > 1 ? "," : "") + ("(" + std::to_string(i) + ",'n" + std::to_string(i) + "')");
        execute(sql);
    }

    // The lookup "users" on dim by the probe column k = id, its probe columns and what it joins.
    model::Node dimLookupNode() const {
        model::Node node = mysqlNode("users", "mysql-lookup", "dim");
        node.schema.columns = {column("id", "BIGINT"), column("name", "STRING")};
        node.joinKeys = {{"k", "id"}};
        return node;
    }
    static std::vector<model::Column> dimProbe() { return {column("k", "BIGINT")}; }
    static std::vector<model::Column> dimJoined() {
        return {column("k", "BIGINT"), column("id", "BIGINT"), column("name", "STRING")};
    }

    // seq 0..399 -> k = seq % 100 -> lookup dim on k = id -> print seq, k, name.
    struct JoinRun {
        Status status = Ok{};
        std::vector<std::string> lines;
        NodeMetrics lookup;
    };
    JoinRun runJoin(std::map<std::string, std::string> lookupOptions) {
        JobBuilder jobs;
        model::Node& source = jobs.sequence("src", 0, 399);
        source.schema.procTimeColumn = "pt";
        model::Node& project = jobs.add("keys", "project");
        project.outputs = {{"seq", "id"}, {"k", "id % 100"}, {"pt", "pt"}};
        model::Node& lookup = jobs.add("users", "mysql-lookup");
        const model::Node base = dimLookupNode();
        lookup.options = base.options;
        for (const auto& [key, value] : lookupOptions) lookup.options[key] = value;
        lookup.schema.columns = base.schema.columns;
        lookup.schema.primaryKey = {"id"};
        lookup.joinKeys = base.joinKeys;
        model::Node& sink = jobs.add("out", "print-sink");
        sink.schema.columns = {column("seq", "BIGINT"), column("k", "BIGINT"), column("name", "STRING")};
        jobs.connect("src", "keys").connect("keys", "users").connect("users", "out");
        // The lookup's input port is "probe".
        auto job = jobs.job();
        for (auto& edge : job.edges)
            if (edge.toNode == "users") edge.toPort = "probe";

        std::ostringstream printed;
        PlanOptions options;
        options.batchRows = 100;  // keys repeat every 100 rows: no key twice in one batch
        options.standardOut = &printed;
        JoinRun run;
        auto plan = Plan::build(job, options);
        if (!plan) {
            run.status = plan.error();
            return run;
        }
        run.status = (*plan)->run();
        std::istringstream in(printed.str());
        for (std::string line; std::getline(in, line);) run.lines.push_back(line);
        for (const auto& node : (*plan)->metrics().snapshot().nodes)
            if (node.nodeId == "users") run.lookup = node;
        return run;
    }

    testing::TestEndpoints endpoints_;
    std::unique_ptr<sql::Connection> admin_;
    std::string database_;  // this test's own database
};

// What the joined stream must print, computed from the table's definition, not from the code.
std::vector<std::string> expectedJoin(bool inner) {
    std::vector<std::string> lines;
    for (int seq = 0; seq < 400; ++seq) {
        const int k = seq % 100;
        const bool match = k >= 1 && k <= 50;
        if (!match && inner) continue;
        lines.push_back("+I[" + std::to_string(seq) + ", " + std::to_string(k) + ", " +
                        (match ? "n" + std::to_string(k) : std::string("NULL")) + "]");
    }
    return lines;
}

TEST_F(MysqlRuntimeTest, CacheStrategiesJoinTheSameRowsWithTheExpectedHits) {
    SW_REQUIRE_ENDPOINT(endpoints_.mysql(), testing::TestEndpoints::kMysqlVariable);
    createDim();
    struct Case {
        const char* name;
        std::map<std::string, std::string> options;
        std::uint64_t hits;
        std::uint64_t misses;
    };
    // 400 probe rows, 100 distinct keys each seen 4 times, 50 of them in the table.
    const std::vector<Case> cases = {
        {"None", {{"lookup.cache", "None"}}, 0, 400},
        {"LRU", {{"lookup.cache", "LRU"}, {"lookup.cache.max-rows", "1000"}}, 300, 100},
        {"LRU without missing keys",
         {{"lookup.cache", "LRU"}, {"lookup.cache.max-rows", "1000"}, {"lookup.cache.caching-missing-key", "false"}},
         150, 250},
        // A batch's misses are stored after the whole batch was probed: the last 10 keys of one
        // batch (90..99) are still cached when the next batch reaches them.
        {"LRU smaller than the keys", {{"lookup.cache", "LRU"}, {"lookup.cache.max-rows", "10"}}, 30, 370},
        {"ALL", {{"lookup.cache", "ALL"}, {"lookup.cache.ttl", "1 h"}}, 400, 0},
    };
    for (const Case& c : cases) {
        for (const bool inner : {false, true}) {
            auto options = c.options;
            options["join.type"] = inner ? "INNER" : "LEFT";
            const JoinRun run = runJoin(options);
            ASSERT_TRUE(run.status.ok()) << c.name << ": " << run.status.error().toString();
            EXPECT_EQ(run.lines, expectedJoin(inner)) << c.name << (inner ? " INNER" : " LEFT");
            EXPECT_EQ(run.lookup.cacheHits, c.hits) << c.name;
            EXPECT_EQ(run.lookup.cacheMisses, c.misses) << c.name;
            EXPECT_GE(run.lookup.externalRequests, 1u) << c.name;
        }
    }
}

// Drives the operator directly so the batch composition is exact.
TEST_F(MysqlRuntimeTest, AllMissesOfABatchGoInOneQueryPerChunk) {
    SW_REQUIRE_ENDPOINT(endpoints_.mysql(), testing::TestEndpoints::kMysqlVariable);
    createDim();
    model::Node node = dimLookupNode();
    node.options["lookup.cache"] = "LRU";
    node.options["lookup.cache.max-rows"] = "100000";
    auto join = MysqlLookupJoin::create(node, dimProbe(), dimJoined(), SecretResolver(), nullptr);
    ASSERT_TRUE(join.ok()) << join.error().toString();

    struct Step {
        std::int64_t firstKey;
        std::size_t rows;
        std::uint64_t newQueries;  // ceil(distinct misses / 500)
    };
    // Keys beyond 50 are not in the table; NULL keys never query.
    for (const Step& step : {Step{0, 300, 1}, Step{0, 300, 0}, Step{1000, 1200, 3}, Step{300, 500, 1}}) {
        Batch batch;
        for (std::size_t i = 0; i < step.rows; ++i) batch.append({expr::Value(step.firstKey + static_cast<std::int64_t>(i))});
        batch.append({expr::Value()});
        const std::uint64_t before = (*join)->queries();
        ASSERT_TRUE((*join)->process(batch).ok());
        EXPECT_EQ((*join)->queries() - before, step.newQueries) << "first key " << step.firstKey;
        ASSERT_EQ(batch.size(), step.rows + 1);  // LEFT keeps every row
        for (const auto& row : batch.rows) {
            const bool match = !row[0].isNull() && row[0].as<std::int64_t>() >= 1 && row[0].as<std::int64_t>() <= 50;
            EXPECT_EQ(!row[2].isNull(), match);
            if (match) {
                EXPECT_EQ(row[2].as<std::string>(), "n" + std::to_string(row[0].as<std::int64_t>()));
            }
        }
    }
}

// The soak benchmark (docs/benchmarks.md) found one prepared statement per batch size kept on the
// connection (522 after 5 minutes, ~8 MB, and as many server statements): batches of every size
// from 1 to 100 keys / rows must keep only the power-of-two sizes prepared, with the same result.
TEST_F(MysqlRuntimeTest, BatchesOfEverySizeKeepAFewStatementsPrepared) {
    SW_REQUIRE_ENDPOINT(endpoints_.mysql(), testing::TestEndpoints::kMysqlVariable);
    createDim();
    model::Node node = dimLookupNode();
    node.options["lookup.cache"] = "None";
    auto join = MysqlLookupJoin::create(node, dimProbe(), dimJoined(), SecretResolver(), nullptr);
    ASSERT_TRUE(join.ok()) << join.error().toString();
    const std::size_t setUp = (*join)->preparedStatements();
    for (std::int64_t size = 1; size <= 100; ++size) {
        Batch batch;
        for (std::int64_t key = 0; key < size; ++key) batch.append({expr::Value(key * 3)});  // 0..297: 1..50 match
        ASSERT_TRUE((*join)->process(batch).ok()) << size;
        for (const auto& row : batch.rows) {
            const std::int64_t key = row[0].as<std::int64_t>();
            ASSERT_EQ(!row[2].isNull(), key >= 1 && key <= 50) << size << " key " << key;
            if (!row[2].isNull()) {
                EXPECT_EQ(row[2].as<std::string>(), "n" + std::to_string(key));
            }
        }
    }
    EXPECT_EQ((*join)->queries(), 100u);  // still one query per batch
    EXPECT_EQ((*join)->preparedStatements() - setUp, 8u);  // 1, 2, 4, ..., 128 keys

    execute("CREATE TABLE sized (k BIGINT PRIMARY KEY, v BIGINT)");
    model::Node sinkNode = mysqlNode("sized", "mysql-sink", "sized");
    sinkNode.options["sink.buffer-flush.max-rows"] = "0";
    sinkNode.schema.primaryKey = {"k"};
    auto sink = MysqlSink::create(sinkNode, {column("k", "BIGINT NOT NULL"), column("v", "BIGINT")}, SecretResolver(), nullptr);
    ASSERT_TRUE(sink.ok()) << sink.error().toString();
    const std::size_t sinkSetUp = (*sink)->preparedStatements();
    std::int64_t next = 0;
    for (std::int64_t size = 1; size <= 100; ++size) {
        Batch batch;
        for (std::int64_t i = 0; i < size; ++i, ++next) batch.append({expr::Value(next), expr::Value(next * 10)});
        ASSERT_TRUE((*sink)->process(batch).ok()) << size;
        ASSERT_TRUE((*sink)->finish().ok()) << size;  // one flush of `size` rows
    }
    EXPECT_EQ(query("SELECT COUNT(*), SUM(v) FROM sized"),
              std::vector<std::string>{std::to_string(next) + "," + std::to_string(10 * next * (next - 1) / 2)});
    EXPECT_EQ((*sink)->preparedStatements() - sinkSetUp, 7u);  // 1, 2, 4, ..., 64 rows
}

TEST_F(MysqlRuntimeTest, UpsertSinkEndsWithTheLastValuePerKey) {
    SW_REQUIRE_ENDPOINT(endpoints_.mysql(), testing::TestEndpoints::kMysqlVariable);
    execute("CREATE TABLE totals (k BIGINT PRIMARY KEY, v BIGINT, label VARCHAR(16))");
    JobBuilder jobs;
    jobs.sequence("src", 0, 999);
    model::Node& project = jobs.add("keyed", "project");
    project.outputs = {{"k", "id % 37"}, {"v", "id"}, {"label", "CAST(id AS STRING)"}};
    model::Node& sink = jobs.add("totals", "mysql-sink");
    sink.options = mysqlNode("totals", "mysql-sink", "totals").options;
    sink.options["sink.buffer-flush.max-rows"] = "50";
    sink.schema.columns = {column("k", "BIGINT NOT NULL"), column("v", "BIGINT"), column("label", "STRING")};
    sink.schema.primaryKey = {"k"};
    jobs.connect("src", "keyed").connect("keyed", "totals");
    auto plan = Plan::build(jobs.job());
    ASSERT_TRUE(plan.ok()) << plan.error().toString();
    auto status = (*plan)->run();
    ASSERT_TRUE(status.ok()) << status.error().toString();

    std::map<int, int> last;  // the expectation: later rows overwrite earlier ones
    for (int id = 0; id <= 999; ++id) last[id % 37] = id;
    std::vector<std::string> expected;
    for (const auto& [k, v] : last) expected.push_back(std::to_string(k) + "," + std::to_string(v) + "," + std::to_string(v));
    EXPECT_EQ(query("SELECT k, v, label FROM totals ORDER BY k"), expected);

    // The server's count of the session's bytes: at least every final row's three values went
    // out (8-byte integers and the label), and the answers to the statements came back.
    std::uint64_t finalRowBytes = 0;
    for (const auto& [k, v] : last) finalRowBytes += 8 + 8 + std::to_string(v).size();
    const MetricsSnapshot metrics = (*plan)->metrics().snapshot();
    const auto totals = std::ranges::find(metrics.nodes, std::string("totals"), &NodeMetrics::nodeId);
    ASSERT_NE(totals, metrics.nodes.end());
    EXPECT_GE(totals->bytesWritten, finalRowBytes);
    EXPECT_GT(totals->bytesRead, 0u);
}

// Issue 3's kill-and-resume: the real CLI is SIGKILLed at several moments and resumed from its
// checkpoints each time; the upsert sink ends with exactly the rows of one clean run.
TEST_F(MysqlRuntimeTest, KilledAndResumedContinuousAggregateEndsWithExactlyTheCleanResult) {
    SW_REQUIRE_ENDPOINT(endpoints_.mysql(), testing::TestEndpoints::kMysqlVariable);
    execute("CREATE TABLE totals (k BIGINT PRIMARY KEY, n BIGINT, total BIGINT)");
    constexpr long kRows = 20000;
    constexpr long kKeys = 13;
    JobBuilder jobs;
    jobs.sequence("src", 1, kRows, "5000");  // about 4 s of input per full run
    jobs.add("keyed", "project").outputs = {{"k", "id % " + std::to_string(kKeys)}, {"id", "id"}};
    model::Node& group = jobs.add("agg", "window-aggregate");
    group.options = {{"window.kind", "NONE"}};
    group.groupBy = {"k"};
    group.outputs = {{"n", "COUNT(*)"}, {"total", "SUM(id)"}};
    model::Node& sink = jobs.add("totals", "mysql-sink");
    sink.options = mysqlNode("totals", "mysql-sink", "totals").options;
    sink.schema.columns = {column("k", "BIGINT NOT NULL"), column("n", "BIGINT"), column("total", "BIGINT")};
    sink.schema.primaryKey = {"k"};
    jobs.connect("src", "keyed").connect("keyed", "agg").connect("agg", "totals");
    model::JobGraph job = jobs.job();
    job.settings.checkpointInterval = std::chrono::milliseconds(200);
    const std::string file = ::testing::TempDir() + "/" + database_ + "-job.json";
    ASSERT_TRUE(model::saveJobFile(job, file).ok());

    test::CheckpointedCliRun run(file, ::testing::TempDir() + "/" + database_ + "-checkpoints");
    using Crash = test::CheckpointedCliRun::Crash;
    using std::chrono::milliseconds;
    // After a checkpoint, right after the start of a resumed run, and at later moments.
    for (const Crash& crash : {Crash{true, milliseconds(0)}, Crash{false, milliseconds(150)},
                               Crash{true, milliseconds(120)}, Crash{true, milliseconds(370)}}) {
        run.crashOnce(crash);
        if (HasFatalFailure()) return;
    }
    testing::ChildProcess last = run.start();
    const auto code = last.waitFor(std::chrono::minutes(3));
    ASSERT_EQ(code, 0) << run.log();
    std::remove(file.c_str());

    std::vector<std::string> expected;  // "k,n,total" rows
    for (const auto& [k, countAndSum] : test::countAndSumByKey(kRows, kKeys)) {
        std::string row = std::to_string(k) + "," + countAndSum;
        row.erase(std::remove(row.begin(), row.end(), ' '), row.end());
        expected.push_back(row);
    }
    EXPECT_EQ(query("SELECT k, n, total FROM totals ORDER BY k"), expected);
    EXPECT_NE(run.log().find("resuming from checkpoint"), std::string::npos);
}

TEST_F(MysqlRuntimeTest, UpsertSinkAppliesChangeKindsAsFlinkDoes) {
    SW_REQUIRE_ENDPOINT(endpoints_.mysql(), testing::TestEndpoints::kMysqlVariable);
    execute("CREATE TABLE kv (k BIGINT PRIMARY KEY, v VARCHAR(16))");
    execute("INSERT INTO kv VALUES (1,'old1'),(2,'old2'),(3,'old3')");
    struct Case {
        bool ignoreDelete;
        std::vector<std::string> expected;
    };
    for (const Case& c : {Case{false, {"1,new1", "4,d"}}, Case{true, {"1,new1", "2,old2", "3,c", "4,d"}}}) {
        execute("DELETE FROM kv WHERE k > 3");
        execute("REPLACE INTO kv VALUES (1,'old1'),(2,'old2'),(3,'old3')");
        model::Node node = mysqlNode("kv", "mysql-sink", "kv");
        node.options["sink.ignore-delete"] = c.ignoreDelete ? "true" : "false";
        node.schema.primaryKey = {"k"};
        const std::vector<model::Column> columns = {column("k", "BIGINT NOT NULL"), column("v", "STRING")};
        auto sink = MysqlSink::create(node, columns, SecretResolver(), nullptr);
        ASSERT_TRUE(sink.ok()) << sink.error().toString();
        Batch batch;
        batch.append({expr::Value(1), expr::Value("old1")}, ChangeKind::UpdateBefore);  // ignored
        batch.append({expr::Value(1), expr::Value("new1")}, ChangeKind::UpdateAfter);
        batch.append({expr::Value(2), expr::Value("x")}, ChangeKind::Delete);
        batch.append({expr::Value(4), expr::Value("a")}, ChangeKind::Insert);
        batch.append({expr::Value(4), expr::Value("b")}, ChangeKind::Delete);
        batch.append({expr::Value(4), expr::Value("d")}, ChangeKind::Insert);  // last change of key 4 wins
        batch.append({expr::Value(3), expr::Value("c")}, ChangeKind::Insert);
        batch.append({expr::Value(3), expr::Value("c")}, ChangeKind::Delete);
        ASSERT_TRUE((*sink)->process(batch).ok());
        ASSERT_TRUE((*sink)->finish().ok());
        EXPECT_EQ(query("SELECT k, v FROM kv ORDER BY k"), c.expected) << "ignore-delete " << c.ignoreDelete;
    }
}

TEST_F(MysqlRuntimeTest, AppendSinkInsertsEveryRowAndRefusesChanges) {
    SW_REQUIRE_ENDPOINT(endpoints_.mysql(), testing::TestEndpoints::kMysqlVariable);
    execute("CREATE TABLE log (k BIGINT, v BIGINT)");
    JobBuilder jobs;
    jobs.sequence("src", 1, 250);
    model::Node& project = jobs.add("rows", "project");
    project.outputs = {{"k", "id % 3"}, {"v", "id"}};
    model::Node& sink = jobs.add("log", "jdbc-sink");
    const auto& endpoint = *endpoints_.mysql();
    sink.options = {{"url", "jdbc:mysql://" + endpoint.host + ":" + std::to_string(endpoint.port) + "/" + database_ +
                                "?useSSL=true&requireSSL=true"},
                    {"table-name", "log"},
                    {"username", endpoint.user},
                    {"password", model::secretReference(kSecret)}};
    sink.schema.columns = {column("k", "BIGINT"), column("v", "BIGINT")};
    jobs.connect("src", "rows").connect("rows", "log");
    auto plan = Plan::build(jobs.job());
    ASSERT_TRUE(plan.ok()) << plan.error().toString();
    auto status = (*plan)->run();
    ASSERT_TRUE(status.ok()) << status.error().toString();
    EXPECT_EQ(query("SELECT COUNT(*), SUM(v), SUM(k) FROM log"),
              std::vector<std::string>{"250," + std::to_string(250 * 251 / 2) + "," + std::to_string([] {
                                           int sum = 0;
                                           for (int id = 1; id <= 250; ++id) sum += id % 3;
                                           return sum;
                                       }())});

    model::Node node = mysqlNode("log", "mysql-sink", "log");
    auto direct = MysqlSink::create(node, {column("k", "BIGINT"), column("v", "BIGINT")}, SecretResolver(), nullptr);
    ASSERT_TRUE(direct.ok()) << direct.error().toString();
    Batch batch;
    batch.append({expr::Value(1), expr::Value(1)}, ChangeKind::Delete);
    auto refused = (*direct)->process(batch);
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("primary key"), std::string::npos) << refused.error().message;
}

TEST_F(MysqlRuntimeTest, ConnectionErrorsAreClearAndNameTheNode) {
    SW_REQUIRE_ENDPOINT(endpoints_.mysql(), testing::TestEndpoints::kMysqlVariable);
    createDim();
    const std::string password = endpoints_.mysql()->password;
    struct Case {
        const char* name;
        std::function<void(model::Node&)> change;
        std::string expected;
    };
    const std::vector<Case> cases = {
        {"wrong password", [](model::Node& n) { n.options["password"] = model::secretReference("swtest.wrong"); },
         "refused the login"},
        {"missing table", [](model::Node& n) { n.options["table-name"] = "nope"; }, "table 'nope' does not exist"},
        {"missing database", [](model::Node& n) { n.options["database-name"] = "swtest_nope"; }, "does not exist"},
        {"refused port", [](model::Node& n) { n.options["port"] = "1"; }, "cannot reach MySQL"},
        // TEST-NET-1 (RFC 5737): nothing answers; the connect timeout bounds the wait.
        {"silent host", [](model::Node& n) { n.options["hostname"] = "192.0.2.1"; }, "cannot reach MySQL"},
        {"missing secret", [](model::Node& n) { n.options["password"] = model::secretReference("swtest.unset"); },
         "SW_SECRET_SWTEST_UNSET"},
        {"TLS against a wrong CA", [](model::Node& n) { n.options["ssl.ca"] = "/etc/ssl/certs/ca-certificates.crt"; },
         "TLS"},
    };
    ::setenv("SW_SECRET_SWTEST_WRONG", (password + "-wrong").c_str(), 1);
    ::unsetenv("SW_SECRET_SWTEST_UNSET");
    for (const Case& c : cases) {
        model::Node node = dimLookupNode();
        c.change(node);
        const auto started = std::chrono::steady_clock::now();
        auto join = MysqlLookupJoin::create(node, dimProbe(), dimJoined(), SecretResolver(), nullptr);
        ASSERT_FALSE(join.ok()) << c.name;
        EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(10)) << c.name;
        const std::string text = join.error().toString();
        EXPECT_NE(text.find(c.expected), std::string::npos) << c.name << ": " << text;
        EXPECT_NE(text.find("'users'"), std::string::npos) << c.name << ": " << text;
        EXPECT_EQ(text.find(password), std::string::npos) << c.name << " leaks the password";
    }
}

std::string textOf(const expr::Value& value) {
    if (value.isNull()) return "NULL";
    if (const auto* text = std::get_if<std::string>(&value.storage())) return *text;
    return std::to_string(value.as<std::int64_t>());
}

std::string sqlLiteral(const expr::Value& value) {
    if (value.isNull()) return "NULL";
    if (const auto* text = std::get_if<std::string>(&value.storage())) return "'" + *text + "'";
    return std::to_string(value.as<std::int64_t>());
}

// Each output row as "probe key values|v" (v: the dimension column at `vColumn`), sorted: the
// matches of one key come in the database's order.
std::vector<std::string> joinedLines(const Batch& batch, std::size_t keyColumns, std::size_t vColumn) {
    std::vector<std::string> lines;
    for (const auto& row : batch.rows) {
        std::string line;
        for (std::size_t k = 0; k < keyColumns; ++k) line += (k ? "," : "") + textOf(row[k]);
        lines.push_back(line + "|" + textOf(row[vColumn]));
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

// What the join must emit for `probes`, given the values of v each probe matches.
std::vector<std::string> expectedLines(const std::vector<expr::Row>& probes,
                                       const std::vector<std::vector<std::string>>& matches, bool inner) {
    std::vector<std::string> lines;
    for (std::size_t p = 0; p < probes.size(); ++p) {
        std::string key;
        for (std::size_t k = 0; k < probes[p].size(); ++k) key += (k ? "," : "") + textOf(probes[p][k]);
        if (matches[p].empty() && !inner) lines.push_back(key + "|NULL");
        for (const std::string& v : matches[p]) lines.push_back(key + "|" + v);
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

// Flink's lookup asks `SELECT ... WHERE k1 = ? AND k2 = ?` per key, so the database decides what
// matches. The expectation is that very query per probe, asked of the server (a NULL key gives
// no rows there too).
using SqlQuery = std::function<std::vector<std::string>(const std::string&)>;
std::vector<std::vector<std::string>> matchesPerKeyQuery(const SqlQuery& query, const std::string& table,
                                                         const std::vector<std::string>& keyColumns,
                                                         const std::vector<expr::Row>& probes) {
    std::vector<std::vector<std::string>> matches;
    for (const expr::Row& probe : probes) {
        std::string where;
        for (std::size_t k = 0; k < keyColumns.size(); ++k)
            where += (k ? " AND " : "") + keyColumns[k] + " = " + sqlLiteral(probe[k]);
        matches.push_back(query("SELECT v FROM " + table + " WHERE " + where + " ORDER BY v"));
    }
    return matches;
}

// A case-insensitive PAD SPACE column (MariaDB's default utf8mb4 collation) and a utf8mb4_bin
// one: the joined rows are those of the per-key query for None and LRU (whose second pass is
// answered from the cache, each spelling under its own entry), LEFT and INNER. ALL matches its
// loaded rows by exact value, as Flink's ALL cache does (a hash map of key rows).
TEST_F(MysqlRuntimeTest, StringKeysMatchAsTheColumnsCollationSays) {
    SW_REQUIRE_ENDPOINT(endpoints_.mysql(), testing::TestEndpoints::kMysqlVariable);
    execute("CREATE TABLE people (name VARCHAR(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,"
            " exact VARCHAR(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin, v INT, KEY (name), KEY (exact))");
    execute("INSERT INTO people VALUES ('Alice', 'Alice', 1), ('bob  ', 'bob  ', 2)");
    std::vector<expr::Row> probes;
    for (const char* name : {"alice", "ALICE", "Alice", "bob", "carol"}) probes.push_back({expr::Value(name)});
    probes.push_back({expr::Value()});
    auto sqlQuery = [this](const std::string& sql) { return query(sql); };

    for (const std::string keyColumn : {"name", "exact"}) {
        const auto perKeyQuery = matchesPerKeyQuery(sqlQuery, "people", {keyColumn}, probes);
        // The server's rules this test is about: otherwise it would prove nothing.
        ASSERT_EQ(perKeyQuery[1].size(), keyColumn == "name" ? 1u : 0u) << "'ALICE' = 'Alice' in " << keyColumn;
        ASSERT_EQ(perKeyQuery[3].size(), 1u) << "'bob' = 'bob  ' (PAD SPACE) in " << keyColumn;
        std::vector<std::vector<std::string>> exactMatches;
        const auto stored = query("SELECT " + keyColumn + ", v FROM people ORDER BY v");
        for (const expr::Row& probe : probes) {
            auto& matches = exactMatches.emplace_back();
            for (const std::string& line : stored) {
                const std::size_t comma = line.rfind(',');  // "<stored key>,<v>"
                if (!probe[0].isNull() && line.substr(0, comma) == probe[0].as<std::string>())
                    matches.push_back(line.substr(comma + 1));
            }
        }
        for (const char* strategy : {"None", "LRU", "ALL"}) {
            const bool all = std::string(strategy) == "ALL";
            for (const bool inner : {false, true}) {
                model::Node node = mysqlNode("people", "mysql-lookup", "people");
                node.options["lookup.cache"] = strategy;
                node.options["join.type"] = inner ? "INNER" : "LEFT";
                node.schema.columns = {column("name", "STRING"), column("exact", "STRING"), column("v", "INT")};
                node.joinKeys = {{"p", keyColumn}};
                const std::vector<model::Column> probe = {column("p", "STRING")};
                std::vector<model::Column> output = probe;
                output.insert(output.end(), node.schema.columns.begin(), node.schema.columns.end());
                auto join = MysqlLookupJoin::create(node, probe, output, SecretResolver(), nullptr);
                ASSERT_TRUE(join.ok()) << join.error().toString();
                for (int pass = 0; pass < 2; ++pass) {
                    Batch batch;
                    for (const expr::Row& row : probes) batch.append(row);
                    ASSERT_TRUE((*join)->process(batch).ok());
                    EXPECT_EQ(joinedLines(batch, 1, 3), expectedLines(probes, all ? exactMatches : perKeyQuery, inner))
                        << keyColumn << " " << strategy << (inner ? " INNER" : " LEFT") << " pass " << pass;
                }
                // One query for all spellings of the first pass; LRU answers the second from the cache.
                EXPECT_EQ((*join)->queries(), std::string(strategy) == "None" ? 2u : 1u) << keyColumn << " " << strategy;
            }
        }
    }
}

// A string + INT key: each part compares as the database says ('bob' matches 'bob  ' and 'Bob'
// under utf8mb4_general_ci, so one probe joins two rows; one row joins several spellings).
TEST_F(MysqlRuntimeTest, CompositeKeysWithAStringPartMatchAsTheDatabaseSays) {
    SW_REQUIRE_ENDPOINT(endpoints_.mysql(), testing::TestEndpoints::kMysqlVariable);
    execute("CREATE TABLE pairs (name VARCHAR(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci, n INT, v INT,"
            " KEY (name, n))");
    execute("INSERT INTO pairs VALUES ('Alice', 1, 10), ('Alice', 2, 20), ('bob  ', 1, 30), ('Bob', 1, 31)");
    const std::vector<expr::Row> probes = {
        {expr::Value("ALICE"), expr::Value(1)}, {expr::Value("alice"), expr::Value(2)},
        {expr::Value("alice"), expr::Value(1)}, {expr::Value("bob"), expr::Value(1)},
        {expr::Value("BOB"), expr::Value(2)},   {expr::Value("carol"), expr::Value(1)},
        {expr::Value("Alice"), expr::Value()}};
    const auto perKeyQuery = matchesPerKeyQuery([this](const std::string& sql) { return query(sql); }, "pairs",
                                                {"name", "n"}, probes);
    ASSERT_EQ(perKeyQuery[3].size(), 2u) << "'bob' = 'bob  ' = 'Bob' under utf8mb4_general_ci";
    for (const char* strategy : {"None", "LRU"}) {
        for (const bool inner : {false, true}) {
            model::Node node = mysqlNode("pairs", "mysql-lookup", "pairs");
            node.options["lookup.cache"] = strategy;
            node.options["join.type"] = inner ? "INNER" : "LEFT";
            node.schema.columns = {column("name", "STRING"), column("n", "INT"), column("v", "INT")};
            node.joinKeys = {{"pname", "name"}, {"pn", "n"}};
            const std::vector<model::Column> probe = {column("pname", "STRING"), column("pn", "INT")};
            std::vector<model::Column> output = probe;
            output.insert(output.end(), node.schema.columns.begin(), node.schema.columns.end());
            auto join = MysqlLookupJoin::create(node, probe, output, SecretResolver(), nullptr);
            ASSERT_TRUE(join.ok()) << join.error().toString();
            for (int pass = 0; pass < 2; ++pass) {
                Batch batch;
                for (const expr::Row& row : probes) batch.append(row);
                ASSERT_TRUE((*join)->process(batch).ok());
                EXPECT_EQ(joinedLines(batch, 2, 4), expectedLines(probes, perKeyQuery, inner))
                    << strategy << (inner ? " INNER" : " LEFT") << " pass " << pass;
            }
        }
    }
}

// DECIMAL and TIMESTAMP keys (bound as text) compare as the column's type, not as strings:
// 1.5 equals the stored 1.50, and a timestamp matches to the millisecond.
TEST_F(MysqlRuntimeTest, DecimalAndTimestampKeysCompareAsTheirType) {
    SW_REQUIRE_ENDPOINT(endpoints_.mysql(), testing::TestEndpoints::kMysqlVariable);
    execute("CREATE TABLE amounts (amount DECIMAL(10,2), at DATETIME(3), v INT, KEY (amount, at))");
    execute("INSERT INTO amounts VALUES (1.50, '2026-01-02 03:04:05.678', 1), (2.00, '2026-01-02 03:04:05', 2)");
    model::Node node = mysqlNode("amounts", "mysql-lookup", "amounts");
    node.options["join.type"] = "INNER";
    node.schema.columns = {column("amount", "DECIMAL(10, 2)"), column("at", "TIMESTAMP(3)"), column("v", "INT")};
    node.joinKeys = {{"pamount", "amount"}, {"pat", "at"}};
    const std::vector<model::Column> probe = {column("pamount", "DECIMAL(10, 2)"), column("pat", "TIMESTAMP(3)"),
                                              column("expected", "INT")};
    std::vector<model::Column> output = probe;
    output.insert(output.end(), node.schema.columns.begin(), node.schema.columns.end());
    auto join = MysqlLookupJoin::create(node, probe, output, SecretResolver(), nullptr);
    ASSERT_TRUE(join.ok()) << join.error().toString();
    auto value = [](const char* text, const model::Column& type) {
        auto parsed = expr::parseValue(text, type.type);
        EXPECT_TRUE(parsed.ok()) << text;
        return parsed.ok() ? *parsed : expr::Value();
    };
    Batch batch;
    // (amount, at, v of the row it must join; 0: none)
    batch.append({value("1.5", probe[0]), value("2026-01-02 03:04:05.678", probe[1]), expr::Value(1)});
    batch.append({value("2", probe[0]), value("2026-01-02 03:04:05", probe[1]), expr::Value(2)});
    batch.append({value("1.5", probe[0]), value("2026-01-02 03:04:05", probe[1]), expr::Value(0)});
    batch.append({value("2.01", probe[0]), value("2026-01-02 03:04:05", probe[1]), expr::Value(0)});
    ASSERT_TRUE((*join)->process(batch).ok());
    ASSERT_EQ(batch.size(), 2u);  // INNER: the two probes without a row are dropped
    for (const auto& row : batch.rows) EXPECT_EQ(row[5].as<std::int64_t>(), row[2].as<std::int64_t>());
}

// Two-column keys; a non-unique key yields one row per match, in
// both the query path (None) and the whole-table path (ALL).
TEST_F(MysqlRuntimeTest, CompositeAndNonUniqueKeys) {
    SW_REQUIRE_ENDPOINT(endpoints_.mysql(), testing::TestEndpoints::kMysqlVariable);
    execute("CREATE TABLE pairs (a INT, b VARCHAR(8), v INT)");
    execute("INSERT INTO pairs VALUES (1,'x',10),(1,'y',11),(2,'x',20),(2,'x',21)");
    for (const char* strategy : {"None", "ALL"}) {
        model::Node node = mysqlNode("pairs", "jdbc-lookup", "pairs");
        const auto& endpoint = *endpoints_.mysql();
        node.options = {{"url", "jdbc:mysql://" + endpoint.host + ":" + std::to_string(endpoint.port) + "/" + database_},
                        {"table-name", "pairs"},
                        {"username", endpoint.user},
                        {"password", model::secretReference(kSecret)},
                        {"lookup.cache", strategy},
                        {"join.type", "INNER"}};
        node.schema.columns = {column("a", "INT"), column("b", "STRING"), column("v", "INT")};
        node.joinKeys = {{"pa", "a"}, {"pb", "b"}};
        const std::vector<model::Column> probe = {column("pa", "INT"), column("pb", "STRING")};
        std::vector<model::Column> output = probe;
        output.insert(output.end(), node.schema.columns.begin(), node.schema.columns.end());
        auto join = MysqlLookupJoin::create(node, probe, output, SecretResolver(), nullptr);
        ASSERT_TRUE(join.ok()) << join.error().toString();
        Batch batch;
        batch.append({expr::Value(2), expr::Value("x")});
        batch.append({expr::Value(1), expr::Value("y")});
        batch.append({expr::Value(1), expr::Value("z")});  // no such pair: dropped (INNER)
        batch.append({expr::Value(), expr::Value("x")});   // NULL key: never matches
        ASSERT_TRUE((*join)->process(batch).ok());
        std::vector<std::string> got;
        for (const auto& row : batch.rows)
            got.push_back(std::to_string(row[0].as<std::int64_t>()) + row[1].as<std::string>() + ":" +
                          std::to_string(row[4].as<std::int64_t>()));
        // The matches of one key come in the database's order.
        if (got.size() >= 2) std::sort(got.begin(), got.begin() + 2);
        EXPECT_EQ(got, (std::vector<std::string>{"2x:20", "2x:21", "1y:11"})) << strategy;
        EXPECT_EQ((*join)->queries(), 1u) << strategy;
    }
}

// When every dimension column is a key named like its probe column, the join adds no column:
// a match must still keep the probe row (once per matching row, as a join does) and INNER must
// drop only the keys the table lacks.
TEST_F(MysqlRuntimeTest, AJoinThatAddsNoColumnStillKeepsItsMatches) {
    SW_REQUIRE_ENDPOINT(endpoints_.mysql(), testing::TestEndpoints::kMysqlVariable);
    execute("CREATE TABLE members (id BIGINT)");
    execute("INSERT INTO members VALUES (1),(3),(3)");
    for (const char* strategy : {"None", "LRU", "ALL"}) {
        model::Node node = mysqlNode("members", "mysql-lookup", "members");
        node.options["lookup.cache"] = strategy;
        node.options["join.type"] = "INNER";
        node.schema.columns = {column("id", "BIGINT")};
        node.joinKeys = {{"id", "id"}};
        const std::vector<model::Column> probe = {column("id", "BIGINT")};
        auto join = MysqlLookupJoin::create(node, probe, probe, SecretResolver(), nullptr);
        ASSERT_TRUE(join.ok()) << join.error().toString();
        for (int pass = 0; pass < 2; ++pass) {  // the second pass is answered by LRU's cache
            Batch batch;
            for (std::int64_t id : {1, 2, 3}) batch.append({expr::Value(id)});
            ASSERT_TRUE((*join)->process(batch).ok());
            std::vector<std::int64_t> got;
            for (const auto& row : batch.rows) got.push_back(row[0].as<std::int64_t>());
            EXPECT_EQ(got, (std::vector<std::int64_t>{1, 3, 3})) << strategy << " pass " << pass;
        }
    }
}

// ALL reloads the whole table once the TTL has passed (driven by an injected clock).
TEST_F(MysqlRuntimeTest, AllStrategyReloadsAfterTheTtl) {
    SW_REQUIRE_ENDPOINT(endpoints_.mysql(), testing::TestEndpoints::kMysqlVariable);
    createDim();
    model::Node node = dimLookupNode();
    node.options["lookup.cache"] = "ALL";
    node.options["lookup.cache.ttl"] = "10 min";
    auto now = std::chrono::steady_clock::now();
    auto join = MysqlLookupJoin::create(node, dimProbe(), dimJoined(), SecretResolver(), nullptr,
                                        [&now] { return now; });
    ASSERT_TRUE(join.ok()) << join.error().toString();
    auto nameOf = [&](std::int64_t key) {
        Batch batch;
        batch.append({expr::Value(key)});
        EXPECT_TRUE((*join)->process(batch).ok());
        return batch.rows[0][2].isNull() ? std::string("NULL") : batch.rows[0][2].as<std::string>();
    };
    EXPECT_EQ(nameOf(7), "n7");
    execute("INSERT INTO dim VALUES (77, 'late')");
    execute("UPDATE dim SET name = 'renamed' WHERE id = 7");
    now += std::chrono::minutes(9);
    EXPECT_EQ(nameOf(77), "NULL");  // not in the loaded table, and no query for it
    EXPECT_EQ(nameOf(7), "n7");
    EXPECT_EQ((*join)->queries(), 1u);
    now += std::chrono::minutes(1);
    EXPECT_EQ(nameOf(77), "late");
    EXPECT_EQ(nameOf(7), "renamed");
    EXPECT_EQ((*join)->queries(), 2u);
}

// sink.buffer-flush.interval: checked when a batch arrives and at the end; max-rows 0 = no row trigger.
// (The stage also calls the sink's timer while no batch arrives: see the idle-stream test below.)
TEST_F(MysqlRuntimeTest, SinkFlushesOnTheIntervalAndAtTheEnd) {
    SW_REQUIRE_ENDPOINT(endpoints_.mysql(), testing::TestEndpoints::kMysqlVariable);
    execute("CREATE TABLE timed (k BIGINT PRIMARY KEY, v BIGINT)");
    model::Node node = mysqlNode("timed", "mysql-sink", "timed");
    node.options["sink.buffer-flush.max-rows"] = "0";
    node.options["sink.buffer-flush.interval"] = "300 ms";
    node.schema.primaryKey = {"k"};
    auto sink = MysqlSink::create(node, {column("k", "BIGINT NOT NULL"), column("v", "BIGINT")}, SecretResolver(), nullptr);
    ASSERT_TRUE(sink.ok()) << sink.error().toString();
    auto send = [&](int k) {
        Batch batch;
        batch.append({expr::Value(k), expr::Value(k * 10)});
        ASSERT_TRUE((*sink)->process(batch).ok());
    };
    const auto count = [&] { return query("SELECT COUNT(*) FROM timed").front(); };
    send(1);
    send(2);
    EXPECT_EQ(count(), "0");  // buffered: no trigger yet
    std::this_thread::sleep_for(std::chrono::milliseconds(350));
    send(3);  // the interval has passed: this batch flushes all three
    EXPECT_EQ(count(), "3");
    send(4);
    EXPECT_EQ(count(), "3");
    ASSERT_TRUE((*sink)->finish().ok());
    EXPECT_EQ(count(), "4");
    EXPECT_EQ((*sink)->flushes(), 2u);
}

// sink.buffer-flush.interval on a timer: once the stream reaching the sink goes idle (the filter
// passes only the first rows; the source keeps running), the buffered rows still reach the table
// while the job runs, not only when it ends.
TEST_F(MysqlRuntimeTest, AnIdleStreamsBufferedRowsReachTheTableWhileTheJobRuns) {
    SW_REQUIRE_ENDPOINT(endpoints_.mysql(), testing::TestEndpoints::kMysqlVariable);
    execute("CREATE TABLE idle (id BIGINT PRIMARY KEY)");
    JobBuilder jobs;
    jobs.sequence("src", 1, 1'000'000'000, "1000");
    jobs.add("first", "filter").options["condition"] = "id <= 5";
    model::Node& sink = jobs.add("out", "mysql-sink");
    sink.options = mysqlNode("out", "mysql-sink", "idle").options;
    sink.options["sink.buffer-flush.max-rows"] = "1000";  // never reached
    sink.options["sink.buffer-flush.interval"] = "200 ms";
    sink.schema.columns = {column("id", "BIGINT NOT NULL")};
    sink.schema.primaryKey = {"id"};
    jobs.connect("src", "first").connect("first", "out");
    auto plan = Plan::build(jobs.job());
    ASSERT_TRUE(plan.ok()) << plan.error().toString();
    (*plan)->start();
    // Generous: the assertion is "eventually, while the run is still going", not a duration.
    const auto giveUp = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    std::string count = "0";
    while (count != "5" && std::chrono::steady_clock::now() < giveUp) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        count = query("SELECT COUNT(*) FROM idle").front();
    }
    const bool stillRunning = !(*plan)->waitFor(std::chrono::milliseconds(0));
    (*plan)->stop();
    const Status status = (*plan)->wait();
    ASSERT_TRUE(status.ok()) << status.error().toString();
    EXPECT_EQ(count, "5");
    EXPECT_TRUE(stillRunning);
}

// The server drops every session of the lookup and the sink between two batches: both reconnect
// and redo their statement (max-retries), so no row is lost or wrong.
TEST_F(MysqlRuntimeTest, LostConnectionsAreReopenedAndTheWorkRedone) {
    SW_REQUIRE_ENDPOINT(endpoints_.mysql(), testing::TestEndpoints::kMysqlVariable);
    createDim();
    execute("CREATE TABLE copy (k BIGINT PRIMARY KEY, name VARCHAR(32))");
    auto join = MysqlLookupJoin::create(dimLookupNode(), dimProbe(), dimJoined(), SecretResolver(), nullptr);
    ASSERT_TRUE(join.ok()) << join.error().toString();
    model::Node sinkNode = mysqlNode("copy", "mysql-sink", "copy");
    sinkNode.schema.primaryKey = {"k"};
    auto sink = MysqlSink::create(sinkNode, {column("k", "BIGINT NOT NULL"), column("name", "STRING")},
                                  SecretResolver(), nullptr);
    ASSERT_TRUE(sink.ok()) << sink.error().toString();

    for (int round = 0; round < 2; ++round) {
        // Kill the lookup's and the sink's sessions.
        // Only this test's sessions: other tests run in parallel against the same server.
        for (const std::string& id : query("SELECT ID FROM information_schema.PROCESSLIST WHERE ID <> CONNECTION_ID() "
                                           "AND DB = '" + database_ + "'"))
            execute("KILL " + id);
        Batch batch;
        for (int k = 1; k <= 10; ++k) batch.append({expr::Value(std::int64_t{round * 10 + k})});
        auto looked = (*join)->process(batch);
        ASSERT_TRUE(looked.ok()) << "round " << round << ": " << looked.error().toString();
        Batch written;
        for (const auto& row : batch.rows) written.append({row[0], row[2]});
        ASSERT_TRUE((*sink)->process(written).ok()) << "round " << round;
        ASSERT_TRUE((*sink)->finish().ok()) << "round " << round;
    }
    std::vector<std::string> expected;
    for (int k = 1; k <= 20; ++k) expected.push_back(std::to_string(k) + ",n" + std::to_string(k));
    EXPECT_EQ(query("SELECT k, name FROM copy ORDER BY k"), expected);
}

// Through Plan::build, as the CLI and GUI see it: the run is refused before any thread starts.
TEST_F(MysqlRuntimeTest, PlanRefusesAWrongPasswordNamingTheNode) {
    SW_REQUIRE_ENDPOINT(endpoints_.mysql(), testing::TestEndpoints::kMysqlVariable);
    createDim();
    ::setenv("SW_SECRET_SWTEST_WRONG", (endpoints_.mysql()->password + "-wrong").c_str(), 1);
    const JoinRun run = runJoin({{"password", model::secretReference("swtest.wrong")}});
    ASSERT_FALSE(run.status.ok());
    EXPECT_EQ(run.status.error().location, "node 'users'");
    EXPECT_NE(run.status.error().message.find("refused the login of user '" + endpoints_.mysql()->user + "'"),
              std::string::npos)
        << run.status.error().toString();
    EXPECT_EQ(run.status.error().toString().find(endpoints_.mysql()->password), std::string::npos);
    EXPECT_TRUE(run.lines.empty());
}

TEST_F(MysqlRuntimeTest, TlsModesReallyEncrypt) {
    SW_REQUIRE_ENDPOINT(endpoints_.mysql(), testing::TestEndpoints::kMysqlVariable);
    const auto& endpoint = *endpoints_.mysql();
    const std::string jdbcBase = "jdbc:mysql://" + endpoint.host + ":" + std::to_string(endpoint.port) + "/" + database_;
    struct Case {
        const char* name;
        std::string kind;
        std::map<std::string, std::string> options;
        bool encrypted;
    };
    const std::vector<Case> cases = {
        {"REQUIRED", "mysql-sink", {{"ssl.mode", "REQUIRED"}}, true},
        {"VERIFY_CA", "mysql-sink", {{"ssl.mode", "VERIFY_CA"}}, true},
        {"VERIFY_IDENTITY", "mysql-sink", {{"ssl.mode", "VERIFY_IDENTITY"}}, true},
        {"DISABLED", "mysql-sink", {{"ssl.mode", "DISABLED"}}, false},
        {"jdbc useSSL+requireSSL", "jdbc-sink", {{"url", jdbcBase + "?useSSL=true&requireSSL=true"}}, true},
        {"jdbc verifyServerCertificate", "jdbc-sink",
         {{"url", jdbcBase + "?useSSL=true&verifyServerCertificate=true&serverSslCert=" + endpoint.properties.at("sslCA")}},
         true},
        {"jdbc useSSL=false", "jdbc-sink", {{"url", jdbcBase + "?useSSL=false"}}, false},
    };
    for (const Case& c : cases) {
        model::Node node = mysqlNode("tls", c.kind, "t");
        for (const auto& [key, value] : c.options) node.options[key] = value;
        auto factory = MysqlConnectionFactory::fromNode(node, SecretResolver());
        ASSERT_TRUE(factory.ok()) << c.name << ": " << factory.error().toString();
        auto connection = factory->connect();
        ASSERT_TRUE(connection.ok()) << c.name << ": " << connection.error().toString();
        std::unique_ptr<sql::Statement> statement((*connection)->createStatement());
        std::unique_ptr<sql::ResultSet> rows(statement->executeQuery("SHOW STATUS LIKE 'Ssl_cipher'"));
        ASSERT_TRUE(rows->next());
        EXPECT_EQ(!std::string(rows->getString(2)).empty(), c.encrypted) << c.name;
    }
}

}  // namespace
}  // namespace sw::runtime
