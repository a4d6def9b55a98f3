// Running jobs against the outage MariaDB server of scripts/start-services.sh (TLS on): a real
// restart of the server mid-run is ridden out by the lookup join and the upsert sink with their
// default retries, and the final table is exactly what the input implies; a server that stays
// down longer than the retries fails the job with a message naming the node and the cause.
#include <cppconn/connection.h>
#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "../../unit/runtime/job_builder.h"
#include "model/secret_ref.h"
#include "mysql_admin.h"
#include "mysql_server_switch.h"
#include "plan_polling.h"
#include "runtime/mysql/mysql_connection_factory.h"
#include "runtime/engine/plan.h"
#include "test_endpoints.h"

namespace sw::runtime {
namespace {

using test::column;
using test::eventually;
using test::recordsIn;
using test::JobBuilder;

constexpr const char* kSecret = "swtest.outage";
constexpr int kDimRows = 40;  // dim holds ids 1..40; keys 0 and 41..59 have no row
constexpr int kKeys = 60;

class MysqlOutageTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto endpoints = testing::TestEndpoints::fromEnvironment();
        ASSERT_TRUE(endpoints.ok()) << endpoints.error().toString();
        SW_REQUIRE_ENDPOINT(endpoints->mysqlOutage(), testing::TestEndpoints::kMysqlOutageVariable);
        server_ = endpoints->mysqlOutage()->server;
        switch_.emplace(endpoints->mysqlOutage()->serverCommand);
        ::setenv(SecretResolver::variableFor(kSecret).c_str(), server_.password.c_str(), 1);
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        database_ = "swtest_outage_" + std::to_string(std::hash<std::string>{}(info->name()) % 1000000007u);
        connectAdmin(server_.database);
        execute("DROP DATABASE IF EXISTS " + database_);
        execute("CREATE DATABASE " + database_);
        admin_->setSchema(database_);
        execute("CREATE TABLE dim (id BIGINT PRIMARY KEY, name VARCHAR(32))");
        std::string rows;
        for (int id = 1; id <= kDimRows; ++id) rows += (id > 1 ? "," : "") + ("(" + std::to_string(id) + ",'n" + std::to_string(id) + "')");
        execute("INSERT INTO dim VALUES " + rows);
        execute("CREATE TABLE enriched (seq BIGINT PRIMARY KEY, k BIGINT, name VARCHAR(32))");
    }

    void TearDown() override {
        // Whatever happened, the next test finds the server up.
        if (stopped_) {
            EXPECT_TRUE(switch_->start().ok());
        }
        if (switch_) {
            connectAdmin(database_);
            execute("DROP DATABASE IF EXISTS " + database_);
        }
    }

    // The admin session dies with every restart: a new one each time.
    void connectAdmin(const std::string& database) {
        model::Node admin = mysqlNode("admin", "mysql-sink", "dim");
        admin.options["database-name"] = database;
        auto factory = MysqlConnectionFactory::fromNode(admin, SecretResolver());
        ASSERT_TRUE(factory.ok()) << factory.error().toString();
        auto connection = factory->connect();
        ASSERT_TRUE(connection.ok()) << connection.error().toString();
        admin_ = std::move(*connection);
    }

    void execute(const std::string& sql) { testing::executeSql(*admin_, sql); }
    std::vector<std::string> query(const std::string& sql) { return testing::queryLines(*admin_, sql); }

    model::Node mysqlNode(const std::string& id, const std::string& kind, const std::string& table) const {
        model::Node node;
        node.id = node.name = id;
        node.kind = kind;
        node.options = {{"hostname", server_.host},      {"port", std::to_string(server_.port)},
                        {"database-name", database_},    {"table-name", table},
                        {"username", server_.user},      {"password", model::secretReference(kSecret)},
                        {"ssl.mode", "VERIFY_CA"},       {"ssl.ca", server_.properties.at("sslCA")}};
        return node;
    }

    // datagen seq 0..rows-1 -> k = seq % 60 -> LEFT lookup dim (no cache: every batch queries)
    // -> `sinkKind` ("mysql-sink" = upsert into enriched, or "print-sink").
    JobBuilder enrichJob(int rows, const std::string& rate, const std::string& sinkKind) {
        JobBuilder job;
        job.sequence("orders", 0, rows - 1, rate).schema.procTimeColumn = "pt";
        job.add("keys", "project").outputs = {{"seq", "id"}, {"k", "id % " + std::to_string(kKeys)}, {"pt", "pt"}};
        model::Node lookup = mysqlNode("users", "mysql-lookup", "dim");
        lookup.schema.columns = {column("id", "BIGINT"), column("name", "STRING")};
        lookup.schema.primaryKey = {"id"};
        lookup.joinKeys = {{"k", "id"}};
        job.add("users", "mysql-lookup") = lookup;
        model::Node& sink = job.add("out", sinkKind);
        if (sinkKind == "mysql-sink") sink = mysqlNode("out", sinkKind, "enriched");
        sink.schema.columns = {column("seq", "BIGINT NOT NULL"), column("k", "BIGINT"), column("name", "STRING")};
        if (sinkKind == "mysql-sink") sink.schema.primaryKey = {"seq"};
        job.connect("orders", "keys").connect("keys", "users").connect("users", "out");
        return job;
    }

    static Result<std::unique_ptr<Plan>> build(JobBuilder& job, std::ostringstream& printed) {
        auto graph = job.job();
        for (auto& edge : graph.edges)
            if (edge.toNode == "users") edge.toPort = "probe";  // the lookup's input port
        PlanOptions options;
        options.standardOut = &printed;
        return Plan::build(graph, options);
    }

    testing::MysqlEndpoint server_;
    std::optional<testing::MysqlServerSwitch> switch_;
    bool stopped_ = false;
    std::unique_ptr<sql::Connection> admin_;
    std::string database_;
};

TEST_F(MysqlOutageTest, LookupAndSinksRideOutAServerRestart) {
    constexpr int kRows = 1800;
    JobBuilder job = enrichJob(kRows, "300", "mysql-sink");
    // The same rows also go to an append sink (no primary key).
    execute("CREATE TABLE enriched_log (seq BIGINT, k BIGINT, name VARCHAR(32))");
    model::Node& log = job.add("log", "mysql-sink");
    log = mysqlNode("log", "mysql-sink", "enriched_log");
    log.schema.columns = {column("seq", "BIGINT"), column("k", "BIGINT"), column("name", "STRING")};
    job.connect("users", "log");
    std::ostringstream printed;
    auto plan = build(job, printed);
    ASSERT_TRUE(plan.ok()) << plan.error().toString();
    (*plan)->start();
    ASSERT_TRUE(eventually([&] { return recordsIn(**plan, "out") > 0; })) << "no row reached the sink";
    EXPECT_LT(recordsIn(**plan, "out"), static_cast<std::uint64_t>(kRows)) << "the restart must come mid-run";

    const Status restarted = switch_->restart();
    ASSERT_TRUE(restarted.ok()) << restarted.error().toString();
    EXPECT_FALSE((*plan)->waitFor(std::chrono::milliseconds(0))) << "the job ended before the server was back";

    ASSERT_TRUE((*plan)->waitFor(std::chrono::seconds(120))) << "the job did not end";
    const Status status = (*plan)->wait();
    ASSERT_TRUE(status.ok()) << status.error().toString();

    std::vector<std::string> expected;
    for (int seq = 0; seq < kRows; ++seq) {
        const int k = seq % kKeys;
        expected.push_back(std::to_string(seq) + "," + std::to_string(k) + "," +
                           (k >= 1 && k <= kDimRows ? "n" + std::to_string(k) : std::string("NULL")));
    }
    connectAdmin(database_);
    EXPECT_EQ(query("SELECT seq, k, name FROM enriched ORDER BY seq"), expected);
    // Append is at-least-once: a batch whose commit was not acknowledged is written again.
    EXPECT_EQ(query("SELECT DISTINCT seq, k, name FROM enriched_log ORDER BY seq"), expected);
    const std::vector<std::string> logged = query("SELECT COUNT(*) FROM enriched_log");
    ASSERT_EQ(logged.size(), 1u);
    EXPECT_GE(std::stoi(logged[0]), kRows);
}

TEST_F(MysqlOutageTest, AServerDownLongerThanTheRetriesFailsTheJobNamingTheNode) {
    // The lookup (with a print sink) and the sink (fed without a lookup) each meet the outage alone.
    for (const std::string failing : {"users", "out"}) {
        SCOPED_TRACE(failing);
        JobBuilder job = failing == "users" ? enrichJob(1000000, "200", "print-sink") : JobBuilder();
        if (failing == "out") {
            job.sequence("orders", 0, 999999, "200");
            job.add("keys", "project").outputs = {{"seq", "id"}, {"k", "id % 7"}, {"name", "'x'"}};
            model::Node& sink = job.add("out", "mysql-sink");
            sink = mysqlNode("out", "mysql-sink", "enriched");
            sink.options["sink.max-retries"] = "1";  // the lookup shows the default; this keeps the test short
            sink.schema.columns = {column("seq", "BIGINT NOT NULL"), column("k", "BIGINT"), column("name", "STRING")};
            sink.schema.primaryKey = {"seq"};
            job.connect("orders", "keys").connect("keys", "out");
        }
        std::ostringstream printed;
        auto plan = build(job, printed);
        ASSERT_TRUE(plan.ok()) << plan.error().toString();
        (*plan)->start();
        ASSERT_TRUE(eventually([&] { return recordsIn(**plan, failing) > 0; }));

        ASSERT_TRUE(switch_->stop().ok());
        stopped_ = true;
        // Retries (lookup: the default 3, pauses of 1, 2 and 3 s; sink: 1), then the job fails on its own.
        ASSERT_TRUE((*plan)->waitFor(std::chrono::seconds(60))) << "the job did not give up";
        const Status status = (*plan)->wait();
        ASSERT_FALSE(status.ok());
        const Error& error = status.error();
        EXPECT_EQ(error.location, "node '" + failing + "'");
        const std::string server = server_.host + ":" + std::to_string(server_.port);
        EXPECT_NE(error.message.find("cannot reach MySQL at " + server), std::string::npos) << error.toString();
        EXPECT_NE(error.message.find(failing == "users" ? "looking keys up" : "writing rows"), std::string::npos)
            << error.toString();
        EXPECT_NE(error.message.find(failing == "users" ? "gave up after 3 retries, 6 s of pauses"
                                                        : "gave up after 1 retry, 1 s of pauses"),
                  std::string::npos)
            << error.toString();
        EXPECT_EQ(error.toString().find(server_.password), std::string::npos);

        ASSERT_TRUE(switch_->start().ok());
        stopped_ = false;
    }
}

}  // namespace
}  // namespace sw::runtime
