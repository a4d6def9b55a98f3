// Console variable rule: a `${` the Alibaba Cloud console would substitute, named by node and field.

#include "rule_case.h"

namespace sw::validate::test {
namespace {

std::function<void(JobBuilder&)> setOption(std::string node, std::string id, std::string value) {
    return [=](JobBuilder& b) { b.node(node).options[id] = value; };
}

std::function<void(JobBuilder&)> setName(std::string node, std::string name) {
    return [=](JobBuilder& b) { b.node(node).name = name; };
}

std::function<void(JobBuilder&)> setOutput(std::string expression) {
    return [=](JobBuilder& b) { b.node("shape").outputs[1].expression = expression; };
}

std::function<void(JobBuilder&)> setJobName(std::string name) {
    return [=](JobBuilder& b) { b.job().name = name; };
}

std::vector<RuleCase> consoleVariableCases() {
    const auto warning = analysis::Severity::Warning;
    return {
        {"NodeName", "console-variable", "out", "name", setName("out", "orders_${env}"), setName("out", "orders_prod"),
         warning},
        {"Topic", "console-variable", "src", "topic", setOption("src", "topic", "orders-${env}"),
         setOption("src", "topic", "orders-prod"), warning},
        {"TableName", "console-variable", "out", "table-name", setOption("out", "table-name", "orders_${day}"),
         setOption("out", "table-name", "orders_today"), warning},
        {"ConditionLiteral", "console-variable", "keep", "condition",
         setOption("keep", "condition", "user_name <> '${nobody}'"), setOption("keep", "condition", "user_name <> 'nobody'"),
         warning},
        {"OutputExpression", "console-variable", "shape", "outputs[1]", setOutput("CONCAT(user_name, '${suffix}')"),
         setOutput("user_name"), warning},
        {"ColumnName", "console-variable", "users", "schema.columns[2].name",
         [](JobBuilder& b) { b.node("users").schema.columns[2].name = "level_${x}"; },
         [](JobBuilder& b) { b.node("users").schema.columns[2].name = "level"; }, warning},
        {"JobName", "console-variable", "", "name", setJobName("orders ${env}"), setJobName("orders prod"), warning},
        {"UnclosedBrace", "console-variable", "src", "group.id", setOption("src", "group.id", "designer-${"),
         setOption("src", "group.id", "designer"), warning},
    };
}

class ConsoleVariableRules : public ::testing::TestWithParam<RuleCase> {};

TEST_P(ConsoleVariableRules, FiresOnBrokenJob) { expectRuleFires(GetParam()); }
TEST_P(ConsoleVariableRules, SilentAfterFix) { expectRuleFixed(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Validate, ConsoleVariableRules, ::testing::ValuesIn(consoleVariableCases()), caseName);

TEST(ConsoleVariableRules, SecretReferencesAreNotConsoleVariables) {
    JobBuilder b = lookupPipeline();
    b.node("src").options["security.protocol"] = "SASL_PLAINTEXT";
    b.node("src").options["bootstrap.servers"] = "alikafka-pre-cn-x-1-vpc.alikafka.aliyuncs.com:9094";
    b.node("src").options["sasl.jaas.config"] =
        "org.apache.flink.kafka.shaded.org.apache.kafka.common.security.plain.PlainLoginModule required "
        "username=\"${secret.u}\" password=\"${secret.p}\";";
    const auto all = validateJob(b.job(), kinds::Dialect::AliyunVvr);
    EXPECT_TRUE(withCode(all, "console-variable").empty()) << describe(all);
}

TEST(ConsoleVariableRules, OnlyTheAliyunDialectWarns) {
    JobBuilder b = lookupPipeline();
    b.job().name = "orders ${env}";
    b.node("src").options["topic"] = "orders-${env}";
    b.node("out").name = "orders_${env}";
    const auto flink = validateJob(b.job(), kinds::Dialect::ApacheFlink);
    EXPECT_TRUE(withCode(flink, "console-variable").empty()) << describe(flink);
    const auto aliyun = validateJob(b.job(), kinds::Dialect::AliyunVvr);
    EXPECT_EQ(withCode(aliyun, "console-variable").size(), 3u) << describe(aliyun);
}

}  // namespace
}  // namespace sw::validate::test
