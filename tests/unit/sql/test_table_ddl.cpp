// Connector DDL per kind and dialect: the WITH clause follows the descriptors (keys, value
// mappings, durations, composed url, per-column options) and the table clauses follow the schema.
#include <gtest/gtest.h>

#include "job_builder.h"

namespace sw::sql::testing {
namespace {

using kinds::Dialect;
using Options = std::map<std::string, std::string>;

struct DdlCase {
    const char* label;
    const char* kind;
    Dialect dialect;
    Options options;
    std::vector<std::string> expected;
    std::vector<std::string> absent;
};

const Options kMysql{{"hostname", "rm-1.mysql.rds.aliyuncs.com"}, {"database-name", "shop"},
                     {"table-name", "customers"}, {"username", "flink"}, {"password", "${secret.rds_pw}"}};

Options with(Options base, const Options& more) {
    for (const auto& [key, value] : more) base[key] = value;
    return base;
}

std::vector<DdlCase> ddlCases() {
    return {
        {"rds lookup with LRU cache", "mysql-lookup", Dialect::AliyunVvr,
         with(kMysql, {{"connector", "rds"}, {"lookup.cache", "LRU"}, {"lookup.cache.ttl", "1 min"},
                       {"lookup.cache.max-rows", "5000"}}),
         {"CREATE TEMPORARY TABLE `dim__dim` (", "'connector' = 'rds'",
          "'url' = 'jdbc:mysql://rm-1.mysql.rds.aliyuncs.com:3306/shop?useSSL=true&requireSSL=true'",
          "'tableName' = 'customers'", "'userName' = 'flink'", "'cache' = 'LRU'", "'cacheSize' = '5000'",
          "'cacheTTLMs' = '60000'", "'password' = '${secret_values.rds_pw}'"},
         {"'hostname'", "'database-name'", "'table-name'", "'lookup.cache.ttl'"}},
        {"mysql lookup with ALL cache", "mysql-lookup", Dialect::AliyunVvr,
         with(kMysql, {{"lookup.cache", "ALL"}, {"lookup.cache.ttl", "10 min"}, {"port", "3307"}}),
         {"'connector' = 'mysql'", "'hostname' = 'rm-1.mysql.rds.aliyuncs.com'", "'port' = '3307'",
          "'database-name' = 'shop'", "'table-name' = 'customers'", "'lookup.cache.strategy' = 'ALL'",
          "'lookup.cache.ttl' = '10 min'"},
         {"'url'", "useSSL", "'lookup.cache.max-rows'"}},
        {"mysql lookup on apache-flink becomes jdbc", "mysql-lookup", Dialect::ApacheFlink,
         with(kMysql, {{"connector", "rds"}, {"lookup.cache", "LRU"}, {"lookup.cache.ttl", "30 s"}}),
         {"CREATE TABLE `dim__dim` (", "'connector' = 'jdbc'",
          "'url' = 'jdbc:mysql://rm-1.mysql.rds.aliyuncs.com:3306/shop?useSSL=true&requireSSL=true'",
          "'lookup.cache' = 'PARTIAL'", "'lookup.partial-cache.expire-after-write' = '30 s'",
          "'password' = '${rds_pw}'"},
         {"TEMPORARY TABLE", "'cache'", "'hostname'", "secret_values"}},
        {"jdbc cache None maps to NONE", "mysql-lookup", Dialect::ApacheFlink,
         with(kMysql, {{"lookup.cache", "None"}}), {"'lookup.cache' = 'NONE'"}, {"'lookup.cache' = 'None'"}},
        {"TLS disabled", "mysql-sink", Dialect::ApacheFlink, with(kMysql, {{"ssl.mode", "DISABLED"}}),
         {"'url' = 'jdbc:mysql://rm-1.mysql.rds.aliyuncs.com:3306/shop?useSSL=false'"}, {"requireSSL"}},
        {"TLS verify CA", "mysql-sink", Dialect::AliyunVvr,
         with(kMysql, {{"connector", "rds"}, {"ssl.mode", "VERIFY_CA"}}),
         {"?useSSL=true&requireSSL=true&verifyServerCertificate=true'"}, {}},
        {"TLS verify identity", "mysql-sink", Dialect::ApacheFlink, with(kMysql, {{"ssl.mode", "VERIFY_IDENTITY"}}),
         {"?useSSL=true&requireSSL=true&verifyServerCertificate=true'"}, {}},
        {"rds sink buffer in millis", "mysql-sink", Dialect::AliyunVvr,
         with(kMysql, {{"connector", "rds"}, {"sink.buffer-flush.interval", "2 s"}, {"sink.buffer-flush.max-rows", "500"}}),
         {"CREATE TEMPORARY TABLE `dim` (", "'flushIntervalMs' = '2000'", "'batchSize' = '500'"},
         {"'sink.buffer-flush.interval'"}},
        {"mysql sink buffer as duration text", "mysql-sink", Dialect::AliyunVvr,
         with(kMysql, {{"sink.buffer-flush.interval", "2000 ms"}}), {"'sink.buffer-flush.interval' = '2 s'"}, {}},
        {"jdbc lookup keeps its own url", "jdbc-lookup", Dialect::ApacheFlink,
         {{"url", "jdbc:postgresql://pg:5432/db"}, {"table-name", "t"}, {"password", "${secret.pg}"}},
         {"'connector' = 'jdbc'", "'url' = 'jdbc:postgresql://pg:5432/db'", "'password' = '${pg}'"},
         {"jdbc:mysql"}},
        {"kafka source defaults that always emit", "kafka-source", Dialect::AliyunVvr,
         {{"topic", "orders"}, {"bootstrap.servers", "k:9092"}},
         {"'connector' = 'kafka'", "'topic' = 'orders'", "'properties.bootstrap.servers' = 'k:9092'",
          "'scan.startup.mode' = 'group-offsets'", "'format' = 'json'"},
         {"'json.ignore-parse-errors'", "'properties.security.protocol'", "'properties.sasl"}},
        {"kafka sink", "kafka-sink", Dialect::ApacheFlink,
         {{"topic", "out"}, {"bootstrap.servers", "k:9092"}, {"sink.delivery-guarantee", "at-least-once"}},
         {"CREATE TABLE `dim` (", "'connector' = 'kafka'", "'sink.delivery-guarantee' = 'at-least-once'"}, {}},
        {"upsert kafka sink", "upsert-kafka-sink", Dialect::AliyunVvr, {{"topic", "out"}, {"bootstrap.servers", "k:9092"}},
         {"'connector' = 'upsert-kafka'", "'key.format' = 'json'", "'value.format' = 'json'",
          "PRIMARY KEY (`id`) NOT ENFORCED"},
         {}},
        {"print sink", "print-sink", Dialect::AliyunVvr, {{"print-identifier", "dbg"}},
         {"'connector' = 'print'", "'print-identifier' = 'dbg'"}, {}},
        {"blackhole sink", "blackhole-sink", Dialect::ApacheFlink, {}, {"'connector' = 'blackhole'\n)"}, {}},
        {"datagen per-column options", "datagen-source", Dialect::AliyunVvr,
         {{"rows-per-second", "5"}, {"fields.id.kind", "sequence"}, {"fields.id.start", "1"}, {"fields.id.end", "9"},
          {"fields.id.min", "3"}, {"fields.name.length", "8"}},
         {"'connector' = 'datagen'", "'rows-per-second' = '5'", "'fields.id.kind' = 'sequence'",
          "'fields.id.start' = '1'", "'fields.id.end' = '9'", "'fields.name.length' = '8'"},
         // min belongs to random generators only; name's kind is random by default but not emitted.
         {"'fields.id.min'", "'fields.name.kind'"}},
    };
}

class TableDdl : public ::testing::TestWithParam<DdlCase> {};

TEST_P(TableDdl, WritesExpectedOptions) {
    const DdlCase& c = GetParam();
    JobBuilder b;
    model::Node& node = b.add(c.kind, "dim", c.options);
    node.schema.columns = {column("id", "BIGINT"), column("name", "STRING")};
    node.schema.primaryKey = {"id"};
    if (std::string(c.kind).ends_with("-sink")) {
        addOrdersSource(b, "src");
        b.connect("src", "dim");
    }
    const std::string text = b.generate(c.dialect).text;
    for (const std::string& part : c.expected) EXPECT_TRUE(contains(text, part)) << "missing: " << part << "\n" << text;
    for (const std::string& part : c.absent) EXPECT_FALSE(contains(text, part)) << "unexpected: " << part << "\n" << text;
}

INSTANTIATE_TEST_SUITE_P(Kinds, TableDdl, ::testing::ValuesIn(ddlCases()),
                         [](const auto& info) {
                             std::string name;
                             for (char ch : std::string(info.param.label)) name += std::isalnum(static_cast<unsigned char>(ch)) ? ch : '_';
                             return name;
                         });

TEST(TableDdlClauses, ConnectorComesFirstAndOptionsFollowDescriptorOrder) {
    JobBuilder b;
    b.add("mysql-lookup", "dim", with(kMysql, {{"lookup.cache", "LRU"}, {"lookup.max-retries", "5"}}))
        .schema.columns = {column("id", "BIGINT")};
    const std::string text = b.generate(Dialect::AliyunVvr).text;
    const std::size_t with = text.find(") WITH (\n");
    ASSERT_NE(with, std::string::npos);
    EXPECT_EQ(text.substr(with + 9, 26), "  'connector' = 'mysql',\n ");
    EXPECT_LT(text.find("'hostname'"), text.find("'table-name'"));
    EXPECT_LT(text.find("'lookup.cache.strategy'"), text.find("'lookup.max-retries' = '5'"));
}

TEST(TableDdlClauses, SourceDeclaresProcTimeWatermarkAndKey) {
    JobBuilder b;
    model::Node& source = addOrdersSource(b);
    source.schema.primaryKey = {"id", "ts"};
    source.schema.columns[1].comment = "gross, in 'CNY'";
    const std::string text = b.generate(Dialect::AliyunVvr).text;
    EXPECT_TRUE(contains(text, "  `amount` DECIMAL(10, 2) COMMENT 'gross, in ''CNY''',\n"));
    EXPECT_TRUE(contains(text, "  `proc_time` AS PROCTIME(),\n"));
    EXPECT_TRUE(contains(text, "  WATERMARK FOR `ts` AS `ts` - INTERVAL '5' SECOND,\n"));
    EXPECT_TRUE(contains(text, "  PRIMARY KEY (`id`, `ts`) NOT ENFORCED\n) WITH (\n"));
}

TEST(TableDdlClauses, SinkWithoutSchemaTakesItsInputColumnsAsPlainTypes) {
    JobBuilder b;
    addOrdersSource(b);
    b.add("print-sink", "out");
    b.connect("orders", "out");
    const std::string text = b.generate(Dialect::ApacheFlink).text;
    const std::size_t sink = text.find("CREATE TABLE `out` (");
    ASSERT_NE(sink, std::string::npos) << text;
    const std::string ddl = text.substr(sink, text.find(");", sink) - sink);
    EXPECT_TRUE(contains(ddl, "`id` BIGINT,\n  `amount` DECIMAL(10, 2),\n  `ts` TIMESTAMP(3),\n  `proc_time` TIMESTAMP_LTZ(3)"))
        << ddl;
    EXPECT_FALSE(contains(ddl, "PROCTIME()"));
    EXPECT_FALSE(contains(ddl, "WATERMARK"));
}

}  // namespace
}  // namespace sw::sql::testing
