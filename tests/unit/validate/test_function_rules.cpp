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

model::UserFunction maskPhone(std::string name = "mask_phone", std::string className = "com.example.udf.MaskPhone") {
    return {std::move(name), std::move(className), {*model::FlinkType::parse("STRING")}, *model::FlinkType::parse("STRING")};
}

// The project calls the declared function; `declare` sets the declarations.
std::function<void(JobBuilder&)> withFunctions(std::vector<model::UserFunction> functions) {
    return [=](JobBuilder& b) {
        b.job().settings.functions = functions;
        b.node("shape").outputs[1] = {"user_name", "mask_phone(user_name)"};
    };
}

std::vector<RuleCase> declarationCases() {
    return {
        {"NameNotAnIdentifier", "setting-function", "", "functions[0].name", withFunctions({maskPhone("mask phone")}),
         withFunctions({maskPhone()})},
        {"NameOfABuiltin", "setting-function", "", "functions[1].name",
         withFunctions({maskPhone(), maskPhone("md5")}), withFunctions({maskPhone(), maskPhone("my_md5")})},
        {"DeclaredTwice", "setting-function", "", "functions[1].name",
         withFunctions({maskPhone(), maskPhone("MASK_PHONE")}), withFunctions({maskPhone(), maskPhone("mask_phone2")})},
        {"ClassNotJava", "setting-function", "", "functions[0].class",
         withFunctions({maskPhone("mask_phone", "com.example.'; DROP")}), withFunctions({maskPhone("mask_phone", "com.example.Outer$Inner")})},
    };
}

class FunctionDeclarationRules : public ::testing::TestWithParam<RuleCase> {};

TEST_P(FunctionDeclarationRules, FiresOnBrokenJob) { expectRuleFires(GetParam()); }
TEST_P(FunctionDeclarationRules, SilentAfterFix) { expectRuleFixed(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Validate, FunctionDeclarationRules, ::testing::ValuesIn(declarationCases()), caseName);

// An expression may call a declared function; one that is not declared is a bad expression.
TEST(FunctionRules, DeclaredFunctionsAreCallable) {
    JobBuilder b = lookupPipeline();
    withFunctions({maskPhone()})(b);
    EXPECT_TRUE(validateJob(b.job(), Dialect::AliyunVvr).empty()) << describe(validateJob(b.job(), Dialect::AliyunVvr));
    b.job().settings.functions.clear();
    auto found = withCode(validateJob(b.job(), Dialect::AliyunVvr), "bad-expression");
    ASSERT_EQ(found.size(), 1u) << describe(found);
    EXPECT_NE(found[0].message.find("unknown function mask_phone"), std::string::npos) << found[0].message;
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
