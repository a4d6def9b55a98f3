// Declared-schema rules: columns, types, keys and watermarks of sources, lookups and sinks.

#include "rule_case.h"
#include "validate/schema_rules.h"

namespace sw::validate::test {
namespace {

JobBuilder withUpsertKafka() {
    JobBuilder b = lookupPipeline();
    model::Node& sink = b.add("latest", "upsert-kafka-sink",
                              {{"bootstrap.servers", "10.0.0.5:9092"}, {"topic", "latest-orders"}});
    sink.schema.primaryKey = {"order_id"};
    b.connect("shape", "latest");
    return b;
}

std::vector<RuleCase> schemaCases() {
    return {
        {"EmptySchema", "empty-schema", "users", "schema.columns",
         [](JobBuilder& b) { b.node("users").schema = {}; },
         [](JobBuilder& b) {
             b.node("users").schema.columns = columns({{"user_id", "BIGINT"}, {"user_name", "STRING"}});
             b.node("users").schema.primaryKey = {"user_id"};
         }},
        {"DuplicateColumn", "duplicate-column", "src", "schema.columns[4].name",
         [](JobBuilder& b) { b.node("src").schema.columns.push_back({"amount", type("DOUBLE"), {}}); },
         [](JobBuilder& b) { b.node("src").schema.columns.back().name = "discount"; }},
        {"ProcTimeNameTaken", "duplicate-column", "src", "schema.procTimeColumn",
         [](JobBuilder& b) { b.node("src").schema.procTimeColumn = "ts"; },
         [](JobBuilder& b) { b.node("src").schema.procTimeColumn = "proc_time"; }},
        {"BadColumnType", "bad-column-type", "src", "schema.columns[2].type",
         [](JobBuilder& b) { b.node("src").schema.columns[2].type = model::FlinkType(model::TypeKind::Decimal, 50, 2); },
         [](JobBuilder& b) { b.node("src").schema.columns[2].type = type("DECIMAL(10, 2)"); }},
        {"UnsetColumnType", "bad-column-type", "users", "schema.columns[1].type",
         [](JobBuilder& b) { b.node("users").schema.columns[1].type = model::FlinkType(); },
         [](JobBuilder& b) { b.node("users").schema.columns[1].type = type("STRING"); }},
        {"UnknownPrimaryKeyColumn", "unknown-column", "users", "schema.primaryKey[0]",
         [](JobBuilder& b) { b.node("users").schema.primaryKey = {"uid"}; },
         [](JobBuilder& b) { b.node("users").schema.primaryKey = {"user_id"}; }},
        {"UnknownWatermarkColumn", "unknown-column", "src", "schema.watermark.column",
         [](JobBuilder& b) { b.node("src").schema.watermark->column = "event_time"; },
         [](JobBuilder& b) { b.node("src").schema.watermark->column = "ts"; }},
        {"BadWatermarkType", "bad-watermark-type", "src", "schema.watermark.column",
         [](JobBuilder& b) { b.node("src").schema.columns[3].type = type("TIMESTAMP(6)"); },
         [](JobBuilder& b) { b.node("src").schema.columns[3].type = type("TIMESTAMP_LTZ(3)"); }},
        {"MissingPrimaryKey", "missing-primary-key", "latest", "schema.primaryKey",
         [](JobBuilder& b) { b.node("latest").schema.primaryKey.clear(); },
         [](JobBuilder& b) { b.node("latest").schema.primaryKey = {"order_id"}; }, analysis::Severity::Error, withUpsertKafka},
        {"LookupWithoutKey", "lookup-without-key", "users", "schema.primaryKey",
         [](JobBuilder& b) { b.node("users").schema.primaryKey.clear(); },
         [](JobBuilder& b) { b.node("users").schema.primaryKey = {"user_id"}; }, analysis::Severity::Warning},
    };
}

class SchemaRules : public ::testing::TestWithParam<RuleCase> {};

TEST_P(SchemaRules, FiresOnBrokenJob) { expectRuleFires(GetParam()); }
TEST_P(SchemaRules, SilentAfterFix) { expectRuleFixed(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Validate, SchemaRules, ::testing::ValuesIn(schemaCases()), caseName);

struct TypeRow {
    model::FlinkType type;
    bool valid;
};

TEST(SchemaRules, ColumnTypeProblems) {
    using model::FlinkType;
    using model::TypeKind;
    const TypeRow table[] = {
        {type("BIGINT"), true},
        {type("DECIMAL(38, 0)"), true},
        {FlinkType(TypeKind::Decimal, 0, 0), false},
        {FlinkType(TypeKind::Decimal, 5, 6), false},
        {FlinkType(TypeKind::Varchar, 0), false},
        {type("TIMESTAMP"), true},
        {FlinkType(TypeKind::Timestamp, 12), false},
        {FlinkType::array(FlinkType(TypeKind::Char, 0)), false},
        {FlinkType(TypeKind::Interval), false},
        {FlinkType(), false},
    };
    for (const auto& row : table) {
        EXPECT_EQ(columnTypeProblem(row.type).empty(), row.valid) << row.type.toSql();
    }
}

}  // namespace
}  // namespace sw::validate::test
