// Function rules: a built-in the job's engine lacks is an error at the field that calls it,
// naming the release that has it; the same job on an engine that has it is clean.

#include "rule_case.h"

namespace sw::validate::test {
namespace {

using kinds::Dialect;

std::function<void(JobBuilder&)> shapeOutput(std::string expression, std::string engine = {}) {
    return [=](JobBuilder& b) {
        b.node("shape").outputs[1] = {"user_name", expression};
        b.job().settings.engine = engine;
    };
}

std::vector<RuleCase> functionCases() {
    return {
        // SPLIT is Flink 1.20's (sql_functions.yml): VVR 8.0 is Flink 1.17, VVR 11 is Flink 1.20.
        {"NewerThanEngine", "function-not-on-engine", "shape", "outputs[1]",
         shapeOutput("ARRAY_JOIN(SPLIT(user_name, ','), '-')", "vvr-8.0"),
         shapeOutput("ARRAY_JOIN(SPLIT(user_name, ','), '-')", "vvr-11")},
        // BTRIM is Flink 2.0's; the apache-flink dialect defaults to Flink 2.0.
        {"NewerThanNamedFlink", "function-not-on-engine", "shape", "outputs[1]",
         shapeOutput("BTRIM(user_name)", "flink-1.20"), shapeOutput("BTRIM(user_name)"),
         analysis::Severity::Error, [] { return lookupPipeline(); }, Dialect::ApacheFlink},
        // KEYVALUE is Alibaba VVR's own built-in: fine on VVR, an error for Apache Flink.
        {"VvrOnlyInApacheFlink", "function-not-on-engine", "shape", "outputs[1]",
         shapeOutput("KEYVALUE(user_name, ';', '=', 'k')", "flink-2.0"),
         shapeOutput("KEYVALUE(user_name, ';', '=', 'k')", "vvr-11")},
        {"InFilterCondition", "function-not-on-engine", "keep", "condition",
         [](JobBuilder& b) {
             b.node("keep").options["condition"] = "ARRAY_CONTAINS(SPLIT(user_name, ','), 'x')";
             b.job().settings.engine = "flink-1.19";
         },
         [](JobBuilder& b) {
             b.node("keep").options["condition"] = "ARRAY_CONTAINS(SPLIT(user_name, ','), 'x')";
             b.job().settings.engine = "flink-1.20";
         }},
    };
}

class FunctionRules : public ::testing::TestWithParam<RuleCase> {};

TEST_P(FunctionRules, FiresOnBrokenJob) { expectRuleFires(GetParam()); }
TEST_P(FunctionRules, SilentAfterFix) { expectRuleFixed(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Validate, FunctionRules, ::testing::ValuesIn(functionCases()), caseName);

TEST(FunctionRules, MessageNamesTheReleaseAndTheEngine) {
    JobBuilder b = lookupPipeline();
    shapeOutput("UPPER(SPLIT_INDEX(user_name, ',', 0)) || CAST(CARDINALITY(SPLIT(user_name, ',')) AS STRING)",
                "vvr-8.0")(b);
    auto found = withCode(validateJob(b.job(), Dialect::AliyunVvr), "function-not-on-engine");
    ASSERT_EQ(found.size(), 1u) << describe(found);  // SPLIT only: the others are older
    EXPECT_EQ(found[0].message,
              "Node 'shape': SPLIT needs Flink 1.20 or later, but the job targets Alibaba Cloud VVR 8.0 (Flink 1.17)");
}

TEST(FunctionRules, VvrOnlyFunctionMessageSaysWhereItExists) {
    JobBuilder b = lookupPipeline();
    shapeOutput("KEYVALUE(user_name, ';', '=', 'k')")(b);
    auto found = withCode(validateJob(b.job(), Dialect::ApacheFlink), "function-not-on-engine");
    ASSERT_EQ(found.size(), 1u) << describe(found);
    EXPECT_NE(found[0].message.find("KEYVALUE is a built-in of Alibaba Cloud VVR; Apache Flink has no such function"),
              std::string::npos)
        << found[0].message;
    EXPECT_TRUE(withCode(validateJob(b.job(), Dialect::AliyunVvr), "function-not-on-engine").empty());
}

}  // namespace
}  // namespace sw::validate::test
