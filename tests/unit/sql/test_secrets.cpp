// Secrets: references become the dialect's placeholders, clear text never reaches the output,
// and the Kafka JAAS string uses the relocated login module with placeholders inside.
#include <gtest/gtest.h>

#include "job_builder.h"

namespace sw::sql::testing {
namespace {

using kinds::Dialect;

constexpr const char* kClearPassword = "Hunter2-ClearText!";
constexpr const char* kClearUser = "alice-clear-user";

JobBuilder kafkaSaslJob(const std::string& mechanism, std::map<std::string, std::string> extra = {}) {
    JobBuilder b;
    std::map<std::string, std::string> options{{"topic", "t"},
                                               {"bootstrap.servers", "k:9094"},
                                               {"security.protocol", "SASL_SSL"},
                                               {"sasl.mechanism", mechanism},
                                               {"sasl.username", "${secret.kafka_user}"},
                                               {"sasl.password", "${secret.kafka_pw}"}};
    for (auto& [key, value] : extra) options[key] = value;
    b.add("kafka-source", "events", options).schema.columns = {column("id", "BIGINT")};
    return b;
}

class Secrets : public ::testing::TestWithParam<Dialect> {};

TEST_P(Secrets, ClearTextNeverAppears) {
    JobBuilder b;
    b.add("mysql-lookup", "my db!", {{"hostname", "h"}, {"database-name", "d"}, {"table-name", "t"},
                                     {"username", "u"}, {"password", kClearPassword}})
        .schema.columns = {column("id", "BIGINT")};
    b.add("kafka-sink", "out", {{"topic", "t"}, {"bootstrap.servers", "k:9094"}, {"security.protocol", "SASL_PLAINTEXT"},
                                {"sasl.username", kClearUser}, {"sasl.password", kClearPassword}});
    addOrdersSource(b);
    b.connect("orders", "out");
    const GeneratedSql sql = b.generate(GetParam());
    EXPECT_FALSE(contains(sql.text, kClearPassword)) << sql.text;
    EXPECT_FALSE(contains(sql.text, kClearUser)) << sql.text;
    EXPECT_FALSE(contains(sql.deploymentYaml, kClearPassword));
    const bool aliyun = GetParam() == Dialect::AliyunVvr;
    const std::string prefix = aliyun ? "${secret_values." : "${";
    // Placeholders named after node and option, sanitised to [A-Za-z0-9_].
    EXPECT_TRUE(contains(sql.text, "'password' = '" + prefix + "my_db__password}'")) << sql.text;
    EXPECT_TRUE(contains(sql.text, "username=\"" + prefix + "out_sasl_username}\"")) << sql.text;
    EXPECT_TRUE(contains(sql.text, "password=\"" + prefix + "out_sasl_password}\"")) << sql.text;
}

TEST_P(Secrets, ReferencesBecomePlaceholdersListedInTheHeader) {
    const GeneratedSql sql = kafkaSaslJob("PLAIN").generate(GetParam());
    const bool aliyun = GetParam() == Dialect::AliyunVvr;
    const std::string user = aliyun ? "${secret_values.kafka_user}" : "${kafka_user}";
    const std::string password = aliyun ? "${secret_values.kafka_pw}" : "${kafka_pw}";
    EXPECT_TRUE(contains(sql.text, "username=\"" + user + "\" password=\"" + password + "\";'")) << sql.text;
    EXPECT_FALSE(contains(sql.text, "${secret."));
    const std::string header = sql.text.substr(0, sql.text.find("\n\n") + 1);
    EXPECT_TRUE(contains(header, "--   " + user + "\n")) << header;
    EXPECT_TRUE(contains(header, "--   " + password + "\n")) << header;
}

INSTANTIATE_TEST_SUITE_P(Dialects, Secrets, ::testing::Values(Dialect::AliyunVvr, Dialect::ApacheFlink));

struct JaasCase {
    const char* mechanism;
    const char* loginModule;
};

class JaasConfig : public ::testing::TestWithParam<JaasCase> {};

TEST_P(JaasConfig, UsesTheRelocatedLoginModule) {
    const std::string text = kafkaSaslJob(GetParam().mechanism).generate(Dialect::AliyunVvr).text;
    const std::string expected = std::string("'properties.sasl.jaas.config' = ") +
                                 "'org.apache.flink.kafka.shaded.org.apache.kafka.common.security." +
                                 GetParam().loginModule + " required username=";
    EXPECT_TRUE(contains(text, expected)) << text;
    EXPECT_TRUE(contains(text, std::string("'properties.sasl.mechanism' = '") + GetParam().mechanism + "'"));
    EXPECT_TRUE(contains(text, "'properties.security.protocol' = 'SASL_SSL'"));
    // Every mention of the Kafka client's security package is the shaded one.
    for (std::size_t at = text.find("org.apache.kafka.common.security"); at != std::string::npos;
         at = text.find("org.apache.kafka.common.security", at + 1)) {
        ASSERT_GE(at, 30u);
        EXPECT_EQ(text.substr(at - 30, 30), "org.apache.flink.kafka.shaded.");
    }
}

INSTANTIATE_TEST_SUITE_P(Mechanisms, JaasConfig,
                         ::testing::Values(JaasCase{"PLAIN", "plain.PlainLoginModule"},
                                           JaasCase{"SCRAM-SHA-256", "scram.ScramLoginModule"},
                                           JaasCase{"SCRAM-SHA-512", "scram.ScramLoginModule"}));

TEST(JaasConfigRules, NoJaasWithoutSasl) {
    JobBuilder b = kafkaSaslJob("PLAIN", {{"security.protocol", "SSL"}});
    EXPECT_FALSE(contains(b.generate(Dialect::AliyunVvr).text, "jaas"));
}

TEST(JaasConfigRules, HandWrittenOverrideIsKeptWithReferencesReplaced) {
    const std::string own = "com.example.Login required user=\"${secret.kafka_user}\";";
    const std::string text = kafkaSaslJob("PLAIN", {{"sasl.jaas.config", own}}).generate(Dialect::AliyunVvr).text;
    EXPECT_TRUE(contains(text, "'properties.sasl.jaas.config' = 'com.example.Login required "
                               "user=\"${secret_values.kafka_user}\";'"))
        << text;
    EXPECT_FALSE(contains(text, "PlainLoginModule"));
    EXPECT_EQ(text.find("sasl.jaas.config"), text.rfind("sasl.jaas.config"));  // written once
}

}  // namespace
}  // namespace sw::sql::testing
