// KafkaClientConfig: librdkafka keys per security combination and role; secrets resolved from the
// injected environment and never shown in describe() or in any error.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "runtime/kafka/kafka_client_config.h"

namespace sw::runtime {
namespace {

const std::string kUser = "alice-user-7731";
const std::string kPassword = "pa55-w0rd-s3cret-9154";

SecretResolver fakeEnvironment() {
    return SecretResolver([](const std::string& variable) -> std::optional<std::string> {
        if (variable == "SW_SECRET_KAFKA_USER") return kUser;
        if (variable == "SW_SECRET_KAFKA_PASSWORD") return kPassword;
        return std::nullopt;
    });
}

model::Node kafkaNode(std::map<std::string, std::string> options, std::string kind = "kafka-source") {
    model::Node node;
    node.id = "n1";
    node.kind = std::move(kind);
    node.name = "orders";
    node.options = std::move(options);
    node.options.emplace("bootstrap.servers", "127.0.0.1:9092");
    return node;
}

struct SecurityCase {
    std::string name;
    std::map<std::string, std::string> options;
    std::map<std::string, std::string> expected;  // key -> value that must be present
    std::vector<std::string> absent;              // keys that must not be set
};

class KafkaSecurityTest : public ::testing::TestWithParam<SecurityCase> {};

TEST_P(KafkaSecurityTest, BuildsTheExpectedKeys) {
    const SecurityCase& c = GetParam();
    for (const auto role : {KafkaClientRole::Consumer, KafkaClientRole::Producer}) {
        auto config = KafkaClientConfig::fromNode(kafkaNode(c.options), role, fakeEnvironment());
        ASSERT_TRUE(config.ok()) << config.error().toString();
        for (const auto& [key, value] : c.expected) EXPECT_EQ(config->value(key), value) << key;
        for (const auto& key : c.absent) EXPECT_FALSE(config->value(key).has_value()) << key;
        // librdkafka itself accepts every key and value we build.
        auto conf = config->toLibrdkafka();
        EXPECT_TRUE(conf.ok()) << conf.error().toString();
        const std::string described = config->describe();
        EXPECT_EQ(described.find(kPassword), std::string::npos) << described;
        EXPECT_EQ(described.find(kUser), std::string::npos) << described;
    }
}

const std::string kJaas = "org.apache.kafka.common.security.plain.PlainLoginModule required "
                          "username=\"${secret.kafka.user}\" password=\"${secret.kafka.password}\";";

INSTANTIATE_TEST_SUITE_P(
    Combinations, KafkaSecurityTest,
    ::testing::Values(
        SecurityCase{"DefaultPlaintext", {}, {{"security.protocol", "PLAINTEXT"}, {"bootstrap.servers", "127.0.0.1:9092"}},
                     {"sasl.mechanisms", "sasl.username", "sasl.password", "ssl.ca.location"}},
        SecurityCase{"SaslPlaintextPlain",
                     {{"security.protocol", "SASL_PLAINTEXT"},
                      {"sasl.username", "${secret.kafka.user}"},
                      {"sasl.password", "${secret.kafka.password}"}},
                     {{"security.protocol", "SASL_PLAINTEXT"},
                      {"sasl.mechanisms", "PLAIN"},
                      {"sasl.username", kUser},
                      {"sasl.password", kPassword}},
                     {"ssl.ca.location", "enable.ssl.certificate.verification"}},
        SecurityCase{"SaslSslScram",
                     {{"security.protocol", "SASL_SSL"},
                      {"sasl.mechanism", "SCRAM-SHA-256"},
                      {"sasl.username", "${secret.kafka.user}"},
                      {"sasl.password", "${secret.kafka.password}"},
                      {"ssl.ca.location", "/etc/ssl/ca.pem"}},
                     {{"security.protocol", "SASL_SSL"},
                      {"sasl.mechanisms", "SCRAM-SHA-256"},
                      {"sasl.password", kPassword},
                      {"ssl.ca.location", "/etc/ssl/ca.pem"},
                      {"enable.ssl.certificate.verification", "true"}},
                     {}},
        SecurityCase{"SslOnly",
                     {{"security.protocol", "SSL"}, {"ssl.ca.location", "/tmp/ca.pem"}},
                     {{"security.protocol", "SSL"}, {"ssl.ca.location", "/tmp/ca.pem"},
                      {"enable.ssl.certificate.verification", "true"}},
                     {"sasl.mechanisms", "sasl.username", "sasl.password"}},
        SecurityCase{"SaslFromJaasReferences",
                     {{"security.protocol", "SASL_PLAINTEXT"}, {"sasl.mechanism", "SCRAM-SHA-512"}, {"sasl.jaas.config", kJaas}},
                     {{"sasl.mechanisms", "SCRAM-SHA-512"}, {"sasl.username", kUser}, {"sasl.password", kPassword}},
                     {"sasl.jaas.config"}}),
    [](const auto& info) { return info.param.name; });

struct RefusalCase {
    std::string name;
    std::map<std::string, std::string> options;
    std::string location;    // where the error must point
    std::string mentions;    // text the message must contain
};

class KafkaRefusalTest : public ::testing::TestWithParam<RefusalCase> {};

TEST_P(KafkaRefusalTest, RefusesWithoutShowingSecrets) {
    const RefusalCase& c = GetParam();
    auto config = KafkaClientConfig::fromNode(kafkaNode(c.options), KafkaClientRole::Consumer, fakeEnvironment());
    ASSERT_FALSE(config.ok());
    const std::string text = config.error().toString();
    EXPECT_NE(config.error().location.find(c.location), std::string::npos) << text;
    EXPECT_NE(text.find(c.mentions), std::string::npos) << text;
    for (const std::string& secret : {kUser, kPassword, std::string("literal-pw-1234")})
        EXPECT_EQ(text.find(secret), std::string::npos) << text;
}

INSTANTIATE_TEST_SUITE_P(
    Mistakes, KafkaRefusalTest,
    ::testing::Values(
        RefusalCase{"LiteralJaasPassword",
                    {{"security.protocol", "SASL_SSL"},
                     {"sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required "
                                          "username=\"bob\" password=\"literal-pw-1234\";"}},
                    "sasl.jaas.config", "${secret.NAME}"},
        RefusalCase{"JaasWithoutPassword",
                    {{"security.protocol", "SASL_SSL"},
                     {"sasl.jaas.config", "PlainLoginModule required username=\"${secret.kafka.user}\";"}},
                    "sasl.jaas.config", "password"},
        RefusalCase{"SaslWithoutPassword",
                    {{"security.protocol", "SASL_PLAINTEXT"}, {"sasl.username", "${secret.kafka.user}"}},
                    "sasl.password", "password"},
        RefusalCase{"MissingSecretVariable",
                    {{"security.protocol", "SASL_PLAINTEXT"},
                     {"sasl.username", "${secret.kafka.user}"},
                     {"sasl.password", "${secret.other-pw}"}},
                    "sasl.password", "SW_SECRET_OTHER_PW"},
        RefusalCase{"UnknownProtocol", {{"security.protocol", "KERBEROS"}}, "security.protocol", "KERBEROS"}),
    [](const auto& info) { return info.param.name; });

TEST(KafkaClientConfigTest, ConsumerCommitsItselfAndPrefetchesEnough) {
    struct ModeCase {
        std::string mode;
        std::string reset;
    };
    for (const ModeCase& c : {ModeCase{"earliest-offset", "earliest"}, ModeCase{"latest-offset", "latest"},
                              ModeCase{"group-offsets", "error"}, ModeCase{"timestamp", "earliest"}}) {
        auto config = KafkaClientConfig::fromNode(kafkaNode({{"group.id", "g1"}, {"scan.startup.mode", c.mode}}),
                                                  KafkaClientRole::Consumer, fakeEnvironment());
        ASSERT_TRUE(config.ok());
        EXPECT_EQ(config->value("auto.offset.reset"), c.reset) << c.mode;
        EXPECT_EQ(config->value("enable.auto.commit"), "false");
        EXPECT_EQ(config->value("group.id"), "g1");
        EXPECT_EQ(config->value("session.timeout.ms"), "6000");
        EXPECT_GE(std::stoll(config->value("queued.min.messages").value_or("0")), 100000);
        EXPECT_GE(std::stoll(config->value("queued.max.messages.kbytes").value_or("0")), 65536);
    }
}

TEST(KafkaClientConfigTest, ProducerHashesKeysLikeJava) {
    auto config = KafkaClientConfig::fromNode(kafkaNode({{"group.id", "ignored"}}, "kafka-sink"),
                                              KafkaClientRole::Producer, fakeEnvironment());
    ASSERT_TRUE(config.ok());
    EXPECT_EQ(config->value("partitioner"), "murmur2_random");
    EXPECT_FALSE(config->value("group.id").has_value());
    EXPECT_FALSE(config->value("enable.auto.commit").has_value());
}

TEST(KafkaClientConfigTest, MissingBootstrapServersIsAnError) {
    model::Node node;
    node.kind = "kafka-sink";
    auto config = KafkaClientConfig::fromNode(node, KafkaClientRole::Producer, fakeEnvironment());
    ASSERT_FALSE(config.ok());
    EXPECT_EQ(config.error().location, "option bootstrap.servers");
}

}  // namespace
}  // namespace sw::runtime
