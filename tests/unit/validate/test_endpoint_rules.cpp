// Endpoint rules: relocated JAAS login module, Alibaba Cloud endpoints, Kafka port/protocol pairs.

#include "rule_case.h"

namespace sw::validate::test {
namespace {

constexpr const char* kUnrelocatedJaas =
    "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"${secret.u}\" "
    "password=\"${secret.p}\";";
constexpr const char* kRelocatedJaas =
    "org.apache.flink.kafka.shaded.org.apache.kafka.common.security.plain.PlainLoginModule required "
    "username=\"${secret.u}\" password=\"${secret.p}\";";

std::function<void(JobBuilder&)> setOption(std::string node, std::string id, std::string value) {
    return [=](JobBuilder& b) { b.node(node).options[id] = value; };
}

std::function<void(JobBuilder&)> kafkaEndpoint(std::string servers, std::string protocol) {
    return [=](JobBuilder& b) {
        b.node("src").options["bootstrap.servers"] = servers;
        b.node("src").options["security.protocol"] = protocol;
    };
}

const char* kInternetHost = "alikafka-pre-cn-x-1.alikafka.aliyuncs.com";
const char* kVpcHost = "alikafka-pre-cn-x-1-vpc.alikafka.aliyuncs.com";

std::vector<RuleCase> endpointCases() {
    const std::string internet = kInternetHost;
    const std::string vpc = kVpcHost;
    return {
        {"UnrelocatedLoginModule", "unrelocated-login-module", "src", "sasl.jaas.config",
         [](JobBuilder& b) {
             b.node("src").options["security.protocol"] = "SASL_PLAINTEXT";
             b.node("src").options["bootstrap.servers"] = std::string(kVpcHost) + ":9094";
             b.node("src").options["sasl.jaas.config"] = kUnrelocatedJaas;
         },
         setOption("src", "sasl.jaas.config", kRelocatedJaas), analysis::Severity::Error, lookupPipeline,
         kinds::Dialect::AliyunVvr, kRelocatedJaas},
        {"UnrelocatedLoginModuleApacheFlink", "unrelocated-login-module", "src", "sasl.jaas.config",
         setOption("src", "sasl.jaas.config", kUnrelocatedJaas), setOption("src", "sasl.jaas.config", kRelocatedJaas),
         analysis::Severity::Error, lookupPipeline, kinds::Dialect::ApacheFlink, kRelocatedJaas},
        {"KafkaNotAliyun", "not-aliyun-endpoint", "src", "bootstrap.servers",
         setOption("src", "bootstrap.servers", "10.0.0.5:9092,kafka.example.com:9092"),
         setOption("src", "bootstrap.servers", "10.0.0.5:9092,172.20.1.9:9092"), analysis::Severity::Warning},
        {"MysqlNotAliyun", "not-aliyun-endpoint", "users", "hostname", setOption("users", "hostname", "db.example.com"),
         setOption("users", "hostname", "192.168.1.20"), analysis::Severity::Warning},
        {"PublicIpNotAliyun", "not-aliyun-endpoint", "out", "hostname", setOption("out", "hostname", "172.32.0.1"),
         setOption("out", "hostname", "172.31.0.1"), analysis::Severity::Warning},
        {"SaslPlaintextOverInternet", "plaintext-over-internet", "src", "security.protocol",
         kafkaEndpoint(internet + ":9094", "SASL_PLAINTEXT"), kafkaEndpoint(internet + ":9093", "SASL_SSL"),
         analysis::Severity::Warning, lookupPipeline, kinds::Dialect::AliyunVvr, "SASL_SSL"},
        {"PortProtocolMismatch", "port-protocol-mismatch", "src", "security.protocol",
         kafkaEndpoint(vpc + ":9094", "PLAINTEXT"), kafkaEndpoint(vpc + ":9094", "SASL_PLAINTEXT"),
         analysis::Severity::Warning, lookupPipeline, kinds::Dialect::AliyunVvr, "SASL_PLAINTEXT"},
        {"MysqlTlsNotExported", "mysql-tls-not-exported", "users", "ssl.mode",
         setOption("users", "ssl.mode", "VERIFY_CA"), setOption("users", "connector", "rds"),
         analysis::Severity::Warning},
        {"MysqlTlsDisabledIsSilent", "mysql-tls-not-exported", "out", "ssl.mode",
         setOption("out", "ssl.mode", "REQUIRED"), setOption("out", "ssl.mode", "DISABLED"), analysis::Severity::Warning},
        {"SslPortWithPlaintext", "port-protocol-mismatch", "src", "security.protocol",
         kafkaEndpoint(vpc + ":9095", "SASL_PLAINTEXT"), kafkaEndpoint(vpc + ":9095", "SASL_SSL"), analysis::Severity::Warning,
         lookupPipeline, kinds::Dialect::AliyunVvr, "SASL_SSL"},
    };
}

class EndpointRules : public ::testing::TestWithParam<RuleCase> {};

TEST_P(EndpointRules, FiresOnBrokenJob) { expectRuleFires(GetParam()); }
TEST_P(EndpointRules, SilentAfterFix) { expectRuleFixed(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Validate, EndpointRules, ::testing::ValuesIn(endpointCases()), caseName);

TEST(EndpointRules, AliyunEndpointChecksOnlyApplyToTheAliyunDialect) {
    JobBuilder b = lookupPipeline();
    b.node("src").options["bootstrap.servers"] = std::string(kInternetHost) + ":9094";
    b.node("users").options["hostname"] = "db.example.com";
    b.node("out").options["ssl.mode"] = "VERIFY_IDENTITY";
    const auto aliyun = validateJob(b.job(), kinds::Dialect::AliyunVvr);
    const auto flink = validateJob(b.job(), kinds::Dialect::ApacheFlink);
    for (const char* code : {"not-aliyun-endpoint", "plaintext-over-internet", "port-protocol-mismatch",
                             "mysql-tls-not-exported"}) {
        EXPECT_TRUE(withCode(flink, code).empty()) << code << "\n" << describe(flink);
    }
    EXPECT_FALSE(withCode(aliyun, "not-aliyun-endpoint").empty()) << describe(aliyun);
    EXPECT_FALSE(withCode(aliyun, "plaintext-over-internet").empty()) << describe(aliyun);
}

TEST(EndpointRules, ApplyingTheOneClickFixClearsTheJaasFinding) {
    JobBuilder b = lookupPipeline();
    b.node("src").options["sasl.jaas.config"] =
        "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"${secret.u}\" "
        "password=\"${secret.p}\";";
    auto hits = withCode(validateJob(b.job(), kinds::Dialect::AliyunVvr), "unrelocated-login-module");
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_TRUE(hits[0].fixValue.starts_with("org.apache.flink.kafka.shaded.org.apache.kafka.common.security.scram."));
    b.node("src").options["sasl.jaas.config"] = hits[0].fixValue;
    EXPECT_TRUE(withCode(validateJob(b.job(), kinds::Dialect::AliyunVvr), "unrelocated-login-module").empty());
}

}  // namespace
}  // namespace sw::validate::test
