// Rules found while inferring relations: expressions, join keys, windows, unions, sinks, and the
// stream rules that read inferred relations (processing time for lookups, updates into sinks).

#include "rule_case.h"

namespace sw::validate::test {
namespace {

std::function<void(JobBuilder&)> condition(std::string text) {
    return [=](JobBuilder& b) { b.node("keep").options["condition"] = text; };
}

std::function<void(JobBuilder&)> shapeOutput(std::size_t index, std::string expression) {
    return [=](JobBuilder& b) { b.node("shape").outputs[index].expression = expression; };
}

std::function<void(JobBuilder&)> aggOutput(std::size_t index, std::string name, std::string expression) {
    return [=](JobBuilder& b) {
        auto& outputs = b.node("agg").outputs;
        outputs.resize(std::max(outputs.size(), index + 1));
        outputs[index] = {name, expression};
    };
}

// src -> g, src2 -> g: the second source's columns differ unless fixed.
JobBuilder unionPipeline() {
    JobBuilder b;
    b.kafkaSource("src");
    b.kafkaSource("src2");
    b.add("both", "union");
    b.add("sink", "print-sink");
    b.connect("src", "both").connect("src2", "both").connect("both", "sink");
    return b;
}

JobBuilder continuousToMysql() {
    JobBuilder b = windowPipeline("NONE");
    b.job().nodes.pop_back();
    b.job().edges.pop_back();
    b.mysqlSink("totals").schema = {};
    b.connect("agg", "totals");
    return b;
}

JobBuilder continuousToKafka() {
    JobBuilder b = windowPipeline("NONE");
    b.kafkaSink("feed");
    b.connect("agg", "feed");
    return b;
}

void swapSinkKind(JobBuilder& b, const char* kind) { b.node("feed").kind = kind; }

std::vector<RuleCase> relationCases() {
    return {
        {"BadExpression", "bad-expression", "keep", "condition", condition("amount >"), condition("amount > 10")},
        {"AggregateInProject", "bad-expression", "shape", "outputs[2]", shapeOutput(2, "SUM(amount)"),
         shapeOutput(2, "amount")},
        {"UnknownColumnInCondition", "unknown-column", "keep", "condition", condition("amt > 10"),
         condition("amount > 10")},
        {"UnknownColumnInOutput", "unknown-column", "shape", "outputs[1]", shapeOutput(1, "username"),
         shapeOutput(1, "user_name")},
        {"DuplicateOutputName", "duplicate-column", "shape", "outputs[1]",
         [](JobBuilder& b) { b.node("shape").outputs[1].name = "order_id"; },
         [](JobBuilder& b) { b.node("shape").outputs[1].name = "user_name"; }},
        {"ConditionNotBoolean", "condition-not-boolean", "keep", "condition", condition("amount + 1"),
         condition("amount + 1 > 2")},
        {"MissingJoinKey", "missing-join-key", "users", "joinKeys",
         [](JobBuilder& b) { b.node("users").joinKeys.clear(); },
         [](JobBuilder& b) { b.node("users").joinKeys = {{"user_id", "user_id"}}; }},
        {"UnknownJoinKeyColumn", "unknown-column", "users", "joinKeys[0]",
         [](JobBuilder& b) { b.node("users").joinKeys[0].probeColumn = "uid"; },
         [](JobBuilder& b) { b.node("users").joinKeys[0].probeColumn = "user_id"; }},
        {"JoinKeyTypeMismatch", "join-key-type-mismatch", "users", "joinKeys[0]",
         [](JobBuilder& b) { b.node("users").schema.columns[0].type = type("STRING"); },
         [](JobBuilder& b) { b.node("users").schema.columns[0].type = type("INT"); }},
        {"ColumnNameCollision", "column-name-collision", "users", "schema.columns[3]",
         [](JobBuilder& b) { b.node("users").schema.columns.push_back({"amount", type("DOUBLE"), {}}); },
         [](JobBuilder& b) { b.node("users").schema.columns.back().name = "credit"; }},
        {"UnknownGroupByColumn", "unknown-column", "agg", "groupBy[0]",
         [](JobBuilder& b) { b.node("agg").groupBy = {"customer"}; },
         [](JobBuilder& b) { b.node("agg").groupBy = {"user_id"}; }, analysis::Severity::Error, [] { return windowPipeline(); }},
        {"UnknownWindowTimeColumn", "unknown-column", "agg", "window.time-column",
         [](JobBuilder& b) { b.node("agg").options["window.time-column"] = "event_time"; },
         [](JobBuilder& b) { b.node("agg").options["window.time-column"] = "ts"; }, analysis::Severity::Error,
         [] { return windowPipeline(); }},
        {"NonGroupedColumn", "non-grouped-column", "agg", "outputs[2]", aggOutput(2, "first_order", "order_id"),
         aggOutput(2, "first_order", "MIN(order_id)"), analysis::Severity::Error, [] { return windowPipeline(); }},
        {"WindowNeedsWatermark", "window-needs-watermark", "agg", "window.time-column",
         [](JobBuilder& b) { b.node("agg").options["window.time-column"] = "proc_time"; },
         [](JobBuilder& b) { b.node("agg").options["window.time-column"] = "ts"; }, analysis::Severity::Error,
         [] { return windowPipeline("HOP"); }},
        {"UnionMismatch", "union-mismatch", "both", "edges[1]",
         [](JobBuilder& b) { b.node("src2").schema.columns[2].type = type("STRING"); },
         [](JobBuilder& b) { b.node("src2").schema.columns[2].type = type("DECIMAL(12, 2)"); }, analysis::Severity::Error,
         unionPipeline},
        {"UnknownSinkColumn", "unknown-column", "out", "schema.columns[1].name",
         [](JobBuilder& b) { b.node("out").schema.columns[1].name = "customer"; },
         [](JobBuilder& b) { b.node("out").schema.columns[1].name = "user_name"; }},
        {"SinkColumnType", "sink-column-type", "out", "schema.columns[2].type",
         [](JobBuilder& b) { b.node("out").schema.columns[2].type = type("INT"); },
         [](JobBuilder& b) { b.node("out").schema.columns[2].type = type("DECIMAL(20, 4)"); }},
        {"LookupNeedsProcTime", "lookup-needs-proctime", "users", "",
         [](JobBuilder& b) { b.node("src").schema.procTimeColumn.clear(); },
         [](JobBuilder& b) { b.node("src").schema.procTimeColumn = "pt"; }},
        {"LookupNeedsProcTimeAfterProject", "lookup-needs-proctime", "users", "",
         [](JobBuilder& b) {
             // src -> trim (computes on proc_time, so the attribute is lost) -> users
             model::Node& trim = b.add("trim", "project");
             trim.outputs = {{"order_id", "order_id"}, {"user_id", "user_id"}, {"amount", "amount"},
                             {"proc_time", "CAST(proc_time AS TIMESTAMP(3))"}};
             b.job().edges[0] = {"trim", "out", "users", "probe"};
             b.connect("src", "trim");
         },
         [](JobBuilder& b) { b.node("trim").outputs[3].expression = "proc_time"; }},
        {"UpdatingIntoKeylessMysql", "updating-into-append-sink", "totals", "schema.primaryKey",
         [](JobBuilder&) {},
         [](JobBuilder& b) {
             b.node("totals").schema.columns = columns({{"user_id", "BIGINT"}, {"total", "DECIMAL(38, 2)"}});
             b.node("totals").schema.primaryKey = {"user_id"};
         },
         analysis::Severity::Error, continuousToMysql},
        {"UpdatingIntoKafka", "updating-into-append-sink", "feed", "", [](JobBuilder&) {},
         [](JobBuilder& b) {
             swapSinkKind(b, "upsert-kafka-sink");
             b.node("feed").schema.columns = columns({{"user_id", "BIGINT"}, {"total", "DECIMAL(38, 2)"}});
             b.node("feed").schema.primaryKey = {"user_id"};
         },
         analysis::Severity::Error, continuousToKafka},
    };
}

class RelationRules : public ::testing::TestWithParam<RuleCase> {};

TEST_P(RelationRules, FiresOnBrokenJob) { expectRuleFires(GetParam()); }
TEST_P(RelationRules, SilentAfterFix) { expectRuleFixed(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Validate, RelationRules, ::testing::ValuesIn(relationCases()), caseName);

TEST(RelationRules, LookupProcTimeMessageNamesTheSource) {
    JobBuilder b = lookupPipeline();
    b.node("src").schema.procTimeColumn.clear();
    const auto hits = withCode(validateJob(b.job(), kinds::Dialect::AliyunVvr), "lookup-needs-proctime");
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_NE(hits[0].message.find("set a processing-time column on source 'src'"), std::string::npos)
        << hits[0].message;
}

// Flink types the union of a rowtime and a plain TIMESTAMP as a plain TIMESTAMP(3): the window
// message says the union lost the attribute, not that the source declared no watermark.
TEST(RelationRules, AWindowBehindAUnionThatLostTheRowtimeSaysSo) {
    JobBuilder b = windowPipeline();
    b.kafkaSource("src2").schema.watermark.reset();
    b.add("both", "union");
    b.job().edges.clear();
    b.connect("src", "both").connect("src2", "both").connect("both", "agg").connect("agg", "sink");
    const auto hits = withCode(validateJob(b.job(), kinds::Dialect::AliyunVvr), "window-needs-watermark");
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_NE(hits[0].message.find("'ts' lost its event time in"), std::string::npos) << hits[0].message;
    EXPECT_NE(hits[0].message.find("both"), std::string::npos) << hits[0].message;
    EXPECT_EQ(hits[0].message.find("on the source"), std::string::npos) << hits[0].message;
}

TEST(RelationRules, ExpressionErrorsCarryTheParserLocation) {
    JobBuilder b = lookupPipeline();
    b.node("keep").options["condition"] = "amount >";
    const auto hits = withCode(validateJob(b.job(), kinds::Dialect::AliyunVvr), "bad-expression");
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_NE(hits[0].message.find("offset"), std::string::npos) << hits[0].message;
}

}  // namespace
}  // namespace sw::validate::test
