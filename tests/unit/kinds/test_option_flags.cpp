// Table-driven check of the agreed option contract: ids other engineers use, types, required
// flags, defaults and the SQL key each connector receives.

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

#include "kinds/catalog.h"

namespace sw::kinds {
namespace {

struct FlagCase {
    const char* kind;
    const char* option;
    ValueType type;
    bool required;
    const char* defaultValue;
};

// clang-format off
const std::vector<FlagCase> kFlagCases{
    // Kafka
    {"kafka-source", "topic", ValueType::String, false, ""},
    {"kafka-source", "topic-pattern", ValueType::String, false, ""},
    {"kafka-source", "bootstrap.servers", ValueType::String, true, ""},
    {"kafka-source", "group.id", ValueType::String, false, ""},
    {"kafka-source", "scan.startup.mode", ValueType::Enum, false, "group-offsets"},
    {"kafka-source", "scan.startup.timestamp-millis", ValueType::Int, false, ""},
    {"kafka-source", "scan.startup.specific-offsets", ValueType::String, false, ""},
    {"kafka-source", "format", ValueType::Enum, false, "json"},
    {"kafka-source", "json.ignore-parse-errors", ValueType::Bool, false, "false"},
    {"kafka-source", "json.fail-on-missing-field", ValueType::Bool, false, "false"},
    {"kafka-source", "security.protocol", ValueType::Enum, false, "PLAINTEXT"},
    {"kafka-source", "sasl.mechanism", ValueType::Enum, false, "PLAIN"},
    {"kafka-source", "sasl.username", ValueType::Secret, false, ""},
    {"kafka-source", "sasl.password", ValueType::Secret, false, ""},
    {"kafka-source", "sasl.jaas.config", ValueType::String, false, ""},
    {"kafka-source", "ssl.ca.location", ValueType::Path, false, ""},
    {"kafka-sink", "topic", ValueType::String, true, ""},
    {"kafka-sink", "bootstrap.servers", ValueType::String, true, ""},
    {"kafka-sink", "format", ValueType::Enum, false, "json"},
    {"kafka-sink", "sink.partitioner", ValueType::Enum, false, "default"},
    {"kafka-sink", "sink.delivery-guarantee", ValueType::Enum, false, "at-least-once"},
    {"kafka-sink", "sink.transactional-id-prefix", ValueType::String, false, ""},
    {"kafka-sink", "sasl.password", ValueType::Secret, false, ""},
    {"upsert-kafka-sink", "topic", ValueType::String, true, ""},
    {"upsert-kafka-sink", "bootstrap.servers", ValueType::String, true, ""},
    {"upsert-kafka-sink", "key.format", ValueType::Enum, true, "json"},
    {"upsert-kafka-sink", "value.format", ValueType::Enum, true, "json"},
    {"upsert-kafka-sink", "sasl.username", ValueType::Secret, false, ""},
    // MySQL
    {"mysql-lookup", "connector", ValueType::Enum, false, "mysql"},
    {"mysql-lookup", "hostname", ValueType::String, true, ""},
    {"mysql-lookup", "port", ValueType::Int, false, "3306"},
    {"mysql-lookup", "database-name", ValueType::String, true, ""},
    {"mysql-lookup", "table-name", ValueType::String, true, ""},
    {"mysql-lookup", "username", ValueType::String, true, ""},
    {"mysql-lookup", "password", ValueType::Secret, true, ""},
    {"mysql-lookup", "ssl.mode", ValueType::Enum, false, "REQUIRED"},
    {"mysql-lookup", "ssl.ca", ValueType::Path, false, ""},
    {"mysql-lookup", "lookup.cache", ValueType::Enum, false, "None"},
    {"mysql-lookup", "lookup.cache.max-rows", ValueType::Int, false, "100000"},
    {"mysql-lookup", "lookup.cache.ttl", ValueType::Duration, false, ""},
    {"mysql-lookup", "lookup.cache.expire-after-access", ValueType::Duration, false, ""},
    {"mysql-lookup", "lookup.cache.caching-missing-key", ValueType::Bool, false, "true"},
    {"mysql-lookup", "lookup.max-retries", ValueType::Int, false, "3"},
    {"mysql-lookup", "join.type", ValueType::Enum, false, "LEFT"},
    {"mysql-sink", "connector", ValueType::Enum, false, "mysql"},
    {"mysql-sink", "password", ValueType::Secret, true, ""},
    {"mysql-sink", "sink.buffer-flush.max-rows", ValueType::Int, false, "100"},
    {"mysql-sink", "sink.buffer-flush.interval", ValueType::Duration, false, "1 s"},
    {"mysql-sink", "sink.max-retries", ValueType::Int, false, "3"},
    {"mysql-sink", "sink.ignore-delete", ValueType::Bool, false, "false"},
    // JDBC
    {"jdbc-lookup", "url", ValueType::String, true, ""},
    {"jdbc-lookup", "table-name", ValueType::String, true, ""},
    {"jdbc-lookup", "username", ValueType::String, false, ""},
    {"jdbc-lookup", "password", ValueType::Secret, false, ""},
    {"jdbc-lookup", "driver", ValueType::String, false, ""},
    {"jdbc-lookup", "lookup.cache", ValueType::Enum, false, "None"},
    {"jdbc-lookup", "join.type", ValueType::Enum, false, "LEFT"},
    {"jdbc-sink", "url", ValueType::String, true, ""},
    {"jdbc-sink", "password", ValueType::Secret, false, ""},
    {"jdbc-sink", "sink.max-retries", ValueType::Int, false, "3"},
    // Local connectors
    {"datagen-source", "rows-per-second", ValueType::Int, false, "10000"},
    {"datagen-source", "number-of-rows", ValueType::Int, false, ""},
    {"datagen-source", "fields.#.kind", ValueType::Enum, false, "random"},
    {"datagen-source", "fields.#.min", ValueType::String, false, ""},
    {"datagen-source", "fields.#.max", ValueType::String, false, ""},
    {"datagen-source", "fields.#.length", ValueType::Int, false, ""},
    {"datagen-source", "fields.#.start", ValueType::Int, false, ""},
    {"datagen-source", "fields.#.end", ValueType::Int, false, ""},
    {"print-sink", "print-identifier", ValueType::String, false, ""},
    {"print-sink", "standard-error", ValueType::Bool, false, "false"},
    // Transforms
    {"filter", "condition", ValueType::Expression, true, ""},
    {"window-aggregate", "window.kind", ValueType::Enum, false, "TUMBLE"},
    {"window-aggregate", "window.time-column", ValueType::Column, true, ""},
    {"window-aggregate", "window.size", ValueType::Duration, true, ""},
    {"window-aggregate", "window.slide", ValueType::Duration, false, ""},
};
// clang-format on

void PrintTo(const FlagCase& c, std::ostream* os) { *os << c.kind << " / " << c.option; }

class OptionFlagTest : public ::testing::TestWithParam<FlagCase> {};

TEST_P(OptionFlagTest, MatchesTheAgreedContract) {
    const FlagCase& c = GetParam();
    const NodeKind* kind = Catalog::instance().find(c.kind);
    ASSERT_NE(kind, nullptr) << c.kind;
    const OptionDescriptor* option = kind->option(c.option);
    ASSERT_NE(option, nullptr) << c.kind << " lacks " << c.option;
    EXPECT_EQ(toString(option->type), std::string(toString(c.type)));
    EXPECT_EQ(option->required, c.required);
    EXPECT_EQ(option->isSecret(), c.type == ValueType::Secret);
    EXPECT_EQ(option->defaultValue, c.defaultValue);
}

INSTANTIATE_TEST_SUITE_P(Contract, OptionFlagTest, ::testing::ValuesIn(kFlagCases));

TEST(OptionFlags, KindsWithoutOptionsHaveNone) {
    for (const char* id : {"project", "union", "blackhole-sink"}) {
        const NodeKind* kind = Catalog::instance().find(id);
        ASSERT_NE(kind, nullptr) << id;
        EXPECT_TRUE(kind->options.empty()) << id;
    }
}

struct KeyCase {
    const char* kind;
    const char* option;
    const char* connector;
    const char* key;  // "" = this connector must not receive the option
};

// clang-format off
const std::vector<KeyCase> kKeyCases{
    {"kafka-source", "topic", "kafka", "topic"},
    {"kafka-source", "bootstrap.servers", "kafka", "properties.bootstrap.servers"},
    {"kafka-source", "group.id", "kafka", "properties.group.id"},
    {"kafka-source", "security.protocol", "kafka", "properties.security.protocol"},
    {"kafka-source", "sasl.mechanism", "kafka", "properties.sasl.mechanism"},
    {"kafka-source", "sasl.jaas.config", "kafka", "properties.sasl.jaas.config"},
    {"kafka-source", "sasl.username", "kafka", ""},
    {"kafka-source", "sasl.password", "kafka", ""},
    {"kafka-source", "ssl.ca.location", "kafka", ""},
    {"upsert-kafka-sink", "topic", "upsert-kafka", "topic"},
    {"upsert-kafka-sink", "key.format", "upsert-kafka", "key.format"},
    {"upsert-kafka-sink", "security.protocol", "upsert-kafka", "properties.security.protocol"},
    {"mysql-lookup", "connector", "mysql", ""},
    {"mysql-lookup", "hostname", "mysql", "hostname"},
    {"mysql-lookup", "hostname", "rds", ""},
    {"mysql-lookup", "hostname", "jdbc", ""},
    {"mysql-lookup", "port", "mysql", "port"},
    {"mysql-lookup", "database-name", "mysql", "database-name"},
    {"mysql-lookup", "table-name", "rds", "tableName"},
    {"mysql-lookup", "table-name", "jdbc", "table-name"},
    {"mysql-lookup", "username", "rds", "userName"},
    {"mysql-lookup", "password", "rds", "password"},
    {"mysql-lookup", "ssl.mode", "mysql", ""},
    {"mysql-lookup", "lookup.cache", "mysql", "lookup.cache.strategy"},
    {"mysql-lookup", "lookup.cache", "rds", "cache"},
    {"mysql-lookup", "lookup.cache", "jdbc", "lookup.cache"},
    {"mysql-lookup", "lookup.cache.max-rows", "rds", "cacheSize"},
    {"mysql-lookup", "lookup.cache.max-rows", "jdbc", "lookup.partial-cache.max-rows"},
    {"mysql-lookup", "lookup.cache.ttl", "rds", "cacheTTLMs"},
    {"mysql-lookup", "lookup.cache.ttl", "jdbc", "lookup.partial-cache.expire-after-write"},
    {"mysql-lookup", "lookup.cache.expire-after-access", "mysql", ""},
    {"mysql-lookup", "lookup.cache.caching-missing-key", "rds", ""},
    {"mysql-lookup", "lookup.max-retries", "rds", "maxRetryTimes"},
    {"mysql-lookup", "join.type", "mysql", ""},
    {"mysql-sink", "sink.buffer-flush.max-rows", "rds", "batchSize"},
    {"mysql-sink", "sink.buffer-flush.interval", "rds", "flushIntervalMs"},
    {"mysql-sink", "sink.max-retries", "rds", "maxRetryTimes"},
    {"mysql-sink", "sink.ignore-delete", "mysql", "sink.ignore-delete"},
    {"mysql-sink", "sink.ignore-delete", "jdbc", ""},
    {"jdbc-lookup", "url", "jdbc", "url"},
    {"jdbc-lookup", "driver", "jdbc", "driver"},
    {"jdbc-lookup", "lookup.cache.expire-after-access", "jdbc",
     "lookup.partial-cache.expire-after-access"},
    {"jdbc-sink", "sink.buffer-flush.interval", "jdbc", "sink.buffer-flush.interval"},
    {"datagen-source", "fields.#.kind", "datagen", "fields.#.kind"},
    {"datagen-source", "rows-per-second", "datagen", "rows-per-second"},
    {"print-sink", "standard-error", "print", "standard-error"},
};
// clang-format on

void PrintTo(const KeyCase& c, std::ostream* os) {
    *os << c.kind << " / " << c.option << " -> " << c.connector;
}

class SqlKeyTest : public ::testing::TestWithParam<KeyCase> {};

TEST_P(SqlKeyTest, ConnectorReceivesTheAgreedKey) {
    const KeyCase& c = GetParam();
    const NodeKind* kind = Catalog::instance().find(c.kind);
    ASSERT_NE(kind, nullptr) << c.kind;
    const OptionDescriptor* option = kind->option(c.option);
    ASSERT_NE(option, nullptr) << c.kind << " lacks " << c.option;
    auto it = option->sqlKeys.find(c.connector);
    if (std::string(c.key).empty()) {
        EXPECT_EQ(it, option->sqlKeys.end()) << c.option << " must not go to " << c.connector;
    } else {
        ASSERT_NE(it, option->sqlKeys.end()) << c.option << " has no key for " << c.connector;
        EXPECT_EQ(it->second, c.key);
    }
}

INSTANTIATE_TEST_SUITE_P(Contract, SqlKeyTest, ::testing::ValuesIn(kKeyCases));

TEST(OptionFlags, JdbcCacheValuesAreTranslated) {
    const OptionDescriptor* cache = Catalog::instance().find("mysql-lookup")->option("lookup.cache");
    ASSERT_NE(cache, nullptr);
    const auto& jdbc = cache->sqlValues.at("jdbc");
    EXPECT_EQ(jdbc.at("None"), "NONE");
    EXPECT_EQ(jdbc.at("LRU"), "PARTIAL");
    EXPECT_EQ(jdbc.at("ALL"), "PARTIAL");
    EXPECT_FALSE(cache->sqlValues.contains("mysql"));  // the mysql connector takes our spelling
}

TEST(OptionFlags, RdsTakesDurationsAsMilliseconds) {
    const NodeKind* lookup = Catalog::instance().find("mysql-lookup");
    const NodeKind* sink = Catalog::instance().find("mysql-sink");
    ASSERT_NE(lookup, nullptr);
    ASSERT_NE(sink, nullptr);
    const std::vector<std::string> rdsOnly{"rds"};
    EXPECT_EQ(lookup->option("lookup.cache.ttl")->durationAsMillisFor, rdsOnly);
    EXPECT_EQ(sink->option("sink.buffer-flush.interval")->durationAsMillisFor, rdsOnly);
    // The jdbc kinds share the builders but never emit rds, so they carry no rds rule.
    EXPECT_TRUE(Catalog::instance().find("jdbc-lookup")->option("lookup.cache.ttl")
                    ->durationAsMillisFor.empty());
}

TEST(OptionFlags, StartupAndFormatOptionsAreAlwaysEmitted) {
    const NodeKind* source = Catalog::instance().find("kafka-source");
    const NodeKind* upsert = Catalog::instance().find("upsert-kafka-sink");
    EXPECT_TRUE(source->option("scan.startup.mode")->alwaysEmit);
    EXPECT_TRUE(source->option("format")->alwaysEmit);
    EXPECT_TRUE(upsert->option("key.format")->alwaysEmit);
    EXPECT_TRUE(upsert->option("value.format")->alwaysEmit);
    EXPECT_FALSE(source->option("group.id")->alwaysEmit);
}

struct VisibilityCase {
    const char* kind;
    const char* option;
    const char* controller;
    std::vector<std::string> values;
};

void PrintTo(const VisibilityCase& c, std::ostream* os) { *os << c.kind << " / " << c.option; }

class VisibilityTest : public ::testing::TestWithParam<VisibilityCase> {};

TEST_P(VisibilityTest, ShownOnlyForTheAgreedValues) {
    const VisibilityCase& c = GetParam();
    const OptionDescriptor* option = Catalog::instance().find(c.kind)->option(c.option);
    ASSERT_NE(option, nullptr) << c.option;
    EXPECT_EQ(option->visibleWhenOption, c.controller);
    EXPECT_EQ(option->visibleWhenValues, c.values);
}

INSTANTIATE_TEST_SUITE_P(
    Contract, VisibilityTest,
    ::testing::Values(
        VisibilityCase{"kafka-source", "sasl.mechanism", "security.protocol",
                       {"SASL_PLAINTEXT", "SASL_SSL"}},
        VisibilityCase{"kafka-sink", "sasl.username", "security.protocol",
                       {"SASL_PLAINTEXT", "SASL_SSL"}},
        VisibilityCase{"kafka-source", "scan.startup.timestamp-millis", "scan.startup.mode",
                       {"timestamp"}},
        VisibilityCase{"kafka-source", "scan.startup.specific-offsets", "scan.startup.mode",
                       {"specific-offsets"}},
        VisibilityCase{"kafka-source", "json.ignore-parse-errors", "format", {"json"}},
        VisibilityCase{"kafka-sink", "sink.transactional-id-prefix", "sink.delivery-guarantee",
                       {"exactly-once"}},
        VisibilityCase{"mysql-lookup", "lookup.cache.max-rows", "lookup.cache", {"LRU"}},
        VisibilityCase{"mysql-lookup", "lookup.cache.ttl", "lookup.cache", {"LRU", "ALL"}},
        VisibilityCase{"window-aggregate", "window.slide", "window.kind", {"HOP"}},
        VisibilityCase{"window-aggregate", "window.time-column", "window.kind", {"TUMBLE", "HOP"}},
        VisibilityCase{"window-aggregate", "window.size", "window.kind", {"TUMBLE", "HOP"}},
        VisibilityCase{"mysql-lookup", "lookup.max-retries", "", {}}));

}  // namespace
}  // namespace sw::kinds
