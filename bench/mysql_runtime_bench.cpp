// MySQL runtime benchmark, one thread, against the MariaDB of scripts/start-services.sh
// (SW_TEST_MYSQL): LRU memory at 1M rows, lookup join at 95 % cache hits, the batched miss path,
// and the upsert sink with multi-row vs single-row statements. Prints one line per measurement.
#include <cppconn/connection.h>
#include <cppconn/statement.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <string>

#include "bench_support.h"
#include "model/secret_ref.h"
#include "runtime/mysql/lookup_cache.h"
#include "runtime/mysql/lookup_cache_codec.h"
#include "runtime/mysql/mysql_connection_factory.h"
#include "runtime/mysql/mysql_lookup_join.h"
#include "runtime/mysql/mysql_sink.h"
#include "test_endpoints.h"

namespace {

using namespace sw;
using Clock = std::chrono::steady_clock;

constexpr const char* kDatabase = "swtest_bench";
constexpr int kDimRows = 100000;

using bench::column;
using bench::orDie;

long rssKb() {
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
    return 0;
}

double seconds(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

// 1M LRU rows whose packed value is ~100 bytes (a BIGINT, a DOUBLE and an 80-character string).
void cacheMemory() {
    const long before = rssKb();
    runtime::LookupCacheConfig config;
    config.strategy = runtime::LookupCacheStrategy::Lru;
    config.maxRows = 1000000;
    runtime::LookupCache cache(config);
    std::string value;
    const auto start = Clock::now();
    for (std::int64_t i = 0; i < 1000000; ++i) {
        value.clear();
        runtime::LookupCacheCodec::appendRow(value, {expr::Value(i), expr::Value(0.5 * static_cast<double>(i)),
                                                     expr::Value(std::string(80, static_cast<char>('a' + i % 26)))});
        cache.put(runtime::LookupCacheCodec::packKey({expr::Value(i)}, {0}), value);
    }
    const double putSeconds = seconds(start);
    std::printf("lru-1M: rows=%zu value=%zu B rss=%.1f MB (growth %.1f MB) put=%.0f rows/s\n", cache.size(),
                value.size(), rssKb() / 1024.0, (rssKb() - before) / 1024.0, 1e6 / putSeconds);
}

struct Bench {
    testing::MysqlEndpoint endpoint;
    std::unique_ptr<sql::Connection> admin;

    model::Node node(const std::string& kind, const std::string& table) const {
        model::Node n;
        n.id = n.name = table;
        n.kind = kind;
        n.options = {{"hostname", endpoint.host},  {"port", std::to_string(endpoint.port)},
                     {"database-name", kDatabase}, {"table-name", table},
                     {"username", endpoint.user},  {"password", model::secretReference("swbench")},
                     {"ssl.mode", "VERIFY_CA"},    {"ssl.ca", endpoint.properties.at("sslCA")}};
        return n;
    }
    void execute(const std::string& sql) {
        std::unique_ptr<sql::Statement> statement(admin->createStatement());
        statement->execute(sql);
    }
};

void prepareDim(Bench& bench) {
    // name: MariaDB's default utf8mb4 collation (case-insensitive, PAD SPACE), indexed.
    bench.execute("CREATE TABLE dim (id BIGINT PRIMARY KEY, name VARCHAR(64) CHARACTER SET utf8mb4 COLLATE "
                  "utf8mb4_general_ci, score DOUBLE, KEY (name))");
    for (int first = 0; first < kDimRows; first += 1000) {
        std::string sql = "INSERT INTO dim VALUES ";
        for (int i = first; i < first + 1000; ++i)
            sql += (i > first ? "," : "") + ("(" + std::to_string(i) + ",'name-" + std::to_string(i) + "'," + std::to_string(i) + ".5)");
        bench.execute(sql);
    }
}

// Probe rows are (k, payload); k is joined to the dimension column `key` ("id" or "name").
std::unique_ptr<runtime::MysqlLookupJoin> lookupJoin(Bench& bench, const char* strategy, const std::string& key = "id") {
    model::Node n = bench.node("mysql-lookup", "dim");
    n.options["lookup.cache"] = strategy;
    n.options["lookup.cache.max-rows"] = "200000";
    n.schema.columns = {column("id", "BIGINT"), column("name", "STRING"), column("score", "DOUBLE")};
    n.joinKeys = {{"k", key}};
    const std::vector<model::Column> probe = {column("k", key == "id" ? "BIGINT" : "STRING"), column("payload", "STRING")};
    std::vector<model::Column> output = probe;
    output.insert(output.end(), n.schema.columns.begin(), n.schema.columns.end());
    return orDie(runtime::MysqlLookupJoin::create(n, probe, output, runtime::SecretResolver(), nullptr), "lookup");
}

// Probe rows whose keys are hot (already cached) with probability `hitShare`, else never seen.
void lookupHits(Bench& bench) {
    auto join = lookupJoin(bench, "LRU");
    constexpr std::int64_t kHot = 10000;
    runtime::Batch warm;
    for (std::int64_t k = 0; k < kHot; ++k) warm.append({expr::Value(k), expr::Value("p")});
    orDie(join->process(warm), "warm");
    const std::uint64_t warmHits = join->cache().hits();
    const std::uint64_t warmMisses = join->cache().misses();
    std::mt19937_64 random(7);
    std::int64_t cold = kHot;
    constexpr int kBatches = 1000;
    std::uint64_t records = 0;
    const auto start = Clock::now();
    for (int b = 0; b < kBatches; ++b) {
        runtime::Batch batch;
        for (int i = 0; i < 1024; ++i) {
            const bool hit = random() % 100 < 95;
            const std::int64_t key = hit ? static_cast<std::int64_t>(random() % kHot) : cold++ % kDimRows;
            batch.append({expr::Value(key), expr::Value("payload")});
        }
        records += batch.size();
        orDie(join->process(batch), "lookup");
    }
    const double elapsed = seconds(start);
    std::printf("lookup-95%%-hits: %.0f records/s (%llu records, hit rate %.3f, %llu queries)\n", records / elapsed,
                static_cast<unsigned long long>(records),
                static_cast<double>(join->cache().hits() - warmHits) /
                    static_cast<double>(join->cache().hits() - warmHits + join->cache().misses() - warmMisses),
                static_cast<unsigned long long>(join->queries()));
}

// Cache None, every key distinct: by the BIGINT primary key, or by the indexed VARCHAR `name`
// (compared in its collation, spelled in upper case so only the collation makes them match).
void lookupMisses(Bench& bench, const std::string& key) {
    auto join = lookupJoin(bench, "None", key);
    std::uint64_t keys = 0;
    std::uint64_t matched = 0;
    const auto start = Clock::now();
    for (std::int64_t first = 0; first < kDimRows; first += 1024) {
        runtime::Batch batch;
        for (std::int64_t k = first; k < first + 1024; ++k)
            batch.append({key == "id" ? expr::Value(k) : expr::Value("NAME-" + std::to_string(k)), expr::Value("payload")});
        keys += batch.size();
        orDie(join->process(batch), "lookup");
        for (const auto& row : batch.rows) matched += row[3].isNull() ? 0 : 1;
    }
    const double elapsed = seconds(start);
    std::printf("lookup-misses by %s: %.0f keys/s (%llu keys, %llu matched, %llu queries of <= %zu keys)\n",
                key.c_str(), keys / elapsed, static_cast<unsigned long long>(keys),
                static_cast<unsigned long long>(matched), static_cast<unsigned long long>(join->queries()),
                runtime::MysqlLookupJoin::kChunkKeys);
}

void sinkRate(Bench& bench, const char* maxRows, std::int64_t rows) {
    bench.execute("DROP TABLE IF EXISTS sink");
    bench.execute("CREATE TABLE sink (k BIGINT PRIMARY KEY, v BIGINT, label VARCHAR(32))");
    model::Node n = bench.node("mysql-sink", "sink");
    n.options["sink.buffer-flush.max-rows"] = maxRows;
    n.schema.primaryKey = {"k"};
    const std::vector<model::Column> columns = {column("k", "BIGINT NOT NULL"), column("v", "BIGINT"), column("label", "STRING")};
    auto sink = orDie(runtime::MysqlSink::create(n, columns, runtime::SecretResolver(), nullptr), "sink");
    const auto start = Clock::now();
    for (std::int64_t first = 0; first < rows; first += 1024) {
        runtime::Batch batch;
        // Keys repeat every 50k rows, so later rows update (ON DUPLICATE KEY UPDATE) earlier ones.
        for (std::int64_t i = first; i < std::min(rows, first + 1024); ++i)
            batch.append({expr::Value(i % 50000), expr::Value(i), expr::Value("label-" + std::to_string(i))});
        orDie(sink->process(batch), "sink");
    }
    orDie(sink->finish(), "finish");
    const double elapsed = seconds(start);
    std::printf("upsert-sink max-rows=%s: %.0f rows/s (%lld rows, %llu flushes)\n", maxRows, rows / elapsed,
                static_cast<long long>(rows), static_cast<unsigned long long>(sink->flushes()));
}

}  // namespace

int main() {
    cacheMemory();  // first, before the driver allocates anything
    auto endpoints = orDie(testing::TestEndpoints::fromEnvironment(), "SW_TEST_MYSQL");
    if (!endpoints.mysql()) {
        std::fprintf(stderr, "SW_TEST_MYSQL is not set: source STATE_DIR/env after scripts/start-services.sh\n");
        return 1;
    }
    Bench bench{*endpoints.mysql(), {}};
    ::setenv("SW_SECRET_SWBENCH", bench.endpoint.password.c_str(), 1);
    model::Node admin = bench.node("mysql-sink", "dim");
    admin.options["database-name"] = bench.endpoint.database;
    auto factory = orDie(runtime::MysqlConnectionFactory::fromNode(admin, runtime::SecretResolver()), "factory");
    bench.admin = orDie(factory.connect(), "connect");
    bench.execute(std::string("DROP DATABASE IF EXISTS ") + kDatabase);
    bench.execute(std::string("CREATE DATABASE ") + kDatabase);
    bench.admin->setSchema(kDatabase);
    prepareDim(bench);
    lookupHits(bench);
    lookupMisses(bench, "id");
    lookupMisses(bench, "name");
    sinkRate(bench, "500", 200000);
    sinkRate(bench, "1", 10000);
    bench.execute(std::string("DROP DATABASE ") + kDatabase);
    return 0;
}
