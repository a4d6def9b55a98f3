// Option rules: required, enum, int, duration, secrets, Kafka topic and delivery combinations.

#include "rule_case.h"
#include "validate/option_rules.h"

namespace sw::validate::test {
namespace {

constexpr const char* kRelocatedPlain =
    "org.apache.flink.kafka.shaded.org.apache.kafka.common.security.plain.PlainLoginModule required ";

std::function<void(JobBuilder&)> setOption(std::string node, std::string id, std::string value) {
    return [=](JobBuilder& b) { b.node(node).options[id] = value; };
}

std::function<void(JobBuilder&)> eraseOption(std::string node, std::string id) {
    return [=](JobBuilder& b) { b.node(node).options.erase(id); };
}

JobBuilder withKafkaSink() {
    JobBuilder b = lookupPipeline();
    b.kafkaSink("audit");
    b.connect("shape", "audit");
    return b;
}

std::vector<RuleCase> optionCases() {
    return {
        {"MissingOption", "missing-option", "users", "hostname", eraseOption("users", "hostname"),
         setOption("users", "hostname", "rm-abc123.mysql.rds.aliyuncs.com")},
        {"BadEnumValue", "bad-enum-value", "users", "join.type", setOption("users", "join.type", "left"),
         setOption("users", "join.type", "LEFT"), analysis::Severity::Error, lookupPipeline,
         kinds::Dialect::AliyunVvr, "LEFT"},
        {"BadInteger", "bad-integer", "users", "port", setOption("users", "port", "33o6"),
         setOption("users", "port", "3306")},
        {"IntOutOfRange", "int-out-of-range", "users", "port", setOption("users", "port", "70000"),
         setOption("users", "port", "3306")},
        {"BadDuration", "bad-duration", "users", "lookup.cache.ttl",
         [](JobBuilder& b) {
             b.node("users").options["lookup.cache"] = "LRU";
             b.node("users").options["lookup.cache.ttl"] = "ten minutes";
         },
         setOption("users", "lookup.cache.ttl", "10 min")},
        {"ClearTextSecret", "clear-text-secret", "users", "password", setOption("users", "password", "hunter2"),
         setOption("users", "password", "${secret.rds_pw}")},
        {"ClearTextPasswordInJaas", "clear-text-password", "src", "sasl.jaas.config",
         [](JobBuilder& b) {
             b.node("src").options["security.protocol"] = "SASL_SSL";
             b.node("src").options["sasl.jaas.config"] =
                 std::string(kRelocatedPlain) + "username=\"app\" password=\"hunter2\";";
         },
         setOption("src", "sasl.jaas.config",
                   std::string(kRelocatedPlain) + "username=\"${secret.u}\" password=\"${secret.p}\";")},
        {"KafkaTopicMissing", "kafka-topic", "src", "topic", eraseOption("src", "topic"),
         setOption("src", "topic-pattern", "orders-.*")},
        {"KafkaTopicAndPattern", "kafka-topic", "src", "topic", setOption("src", "topic-pattern", "orders-.*"),
         eraseOption("src", "topic-pattern")},
        {"ExactlyOnceNeedsPrefix", "exactly-once-needs-prefix", "audit", "sink.transactional-id-prefix",
         setOption("audit", "sink.delivery-guarantee", "exactly-once"),
         setOption("audit", "sink.transactional-id-prefix", "streamwright-audit"), analysis::Severity::Error, withKafkaSink},
        {"CacheAllBecomesPartial", "cache-all-becomes-partial", "users", "lookup.cache",
         setOption("users", "lookup.cache", "ALL"), setOption("users", "lookup.cache", "LRU"), analysis::Severity::Warning,
         lookupPipeline, kinds::Dialect::ApacheFlink},
        {"UnknownPerColumnOption", "unknown-column", "gen", "fields.nope.kind",
         [](JobBuilder& b) {
             model::Node& gen = b.add("gen", "datagen-source", {{"fields.nope.kind", "sequence"}});
             gen.schema.columns = columns({{"id", "BIGINT"}});
             b.add("dump", "print-sink");
             b.connect("gen", "dump");
         },
         [](JobBuilder& b) {
             b.node("gen").options.erase("fields.nope.kind");
             b.node("gen").options["fields.id.kind"] = "sequence";
         }},
    };
}

class OptionRules : public ::testing::TestWithParam<RuleCase> {};

TEST_P(OptionRules, FiresOnBrokenJob) { expectRuleFires(GetParam()); }
TEST_P(OptionRules, SilentAfterFix) { expectRuleFixed(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Validate, OptionRules, ::testing::ValuesIn(optionCases()), caseName);

TEST(OptionRules, CacheAllIsFineForAliyun) {
    JobBuilder b = lookupPipeline();
    b.node("users").options["lookup.cache"] = "ALL";
    EXPECT_TRUE(withCode(validateJob(b.job(), kinds::Dialect::AliyunVvr), "cache-all-becomes-partial").empty());
}

TEST(OptionRules, HiddenOptionsAreNotRequiredOrChecked) {
    JobBuilder b = lookupPipeline();
    // SASL fields only apply under a SASL protocol; the default protocol is PLAINTEXT.
    b.node("src").options["sasl.password"] = "not-a-reference";
    EXPECT_TRUE(withCode(validateJob(b.job(), kinds::Dialect::AliyunVvr), "clear-text-secret").empty());
}

struct PasswordText {
    const char* text;
    bool clear;
};

TEST(OptionRules, ClearTextPasswordDetection) {
    const PasswordText table[] = {
        {"jdbc:mysql://h:3306/db?user=a&password=secret", true},
        {"jdbc:mysql://h:3306/db?user=a&PASSWORD = secret", true},
        {"x required username=\"u\" password=\"p\";", true},
        {"x required username=\"u\" password=\"${secret.p}\";", false},
        {"x required password='${secret_values.p}';", false},
        {"jdbc:mysql://h:3306/db?password=&useSSL=true", false},
        {"password policy is strict", false},
        {"", false},
    };
    for (const auto& row : table) EXPECT_EQ(containsClearTextPassword(row.text), row.clear) << row.text;
}

}  // namespace
}  // namespace sw::validate::test
