// analysis::inferRelations: column names, types, nullability and time attributes after each node kind.

#include "../validate/job_builder.h"
#include "analysis/schema_inference.h"

namespace sw::validate::test {
namespace {

struct ExpectedColumn {
    const char* name;
    const char* type;  // canonical SQL including NOT NULL
};

void expectColumns(const analysis::Relation& relation, std::vector<ExpectedColumn> expected) {
    ASSERT_EQ(relation.columns.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(relation.columns[i].name, expected[i].name) << "column " << i;
        EXPECT_EQ(relation.columns[i].type, type(expected[i].type)) << expected[i].name << " is "
                                                                   << relation.columns[i].type.toSql();
    }
}

struct Inferred {
    std::map<std::string, analysis::Relation> relations;
    std::vector<analysis::Diagnostic> diagnostics;
};

Inferred infer(JobBuilder& b) {
    Inferred out;
    out.relations = analysis::inferRelations(b.job(), out.diagnostics);
    EXPECT_TRUE(out.diagnostics.empty()) << describe(out.diagnostics);
    return out;
}

const std::vector<ExpectedColumn> kSourceColumns = {
    {"order_id", "BIGINT"}, {"user_id", "BIGINT"}, {"amount", "DECIMAL(10, 2)"},
    {"ts", "TIMESTAMP(3)"}, {"proc_time", "TIMESTAMP_LTZ(3) NOT NULL"}};

TEST(SchemaInference, SourceAddsProcTimeAndMarksRowtime) {
    JobBuilder b = lookupPipeline();
    const auto r = infer(b);
    const analysis::Relation& src = r.relations.at("src");
    expectColumns(src, kSourceColumns);
    EXPECT_EQ(src.procTimeColumn, "proc_time");
    EXPECT_EQ(src.rowtimeColumn, "ts");
    EXPECT_FALSE(src.updating);
}

struct LookupCase {
    const char* joinType;
    const char* levelType;
};

TEST(SchemaInference, LookupAppendsDimensionColumnsAndDropsTheSharedKey) {
    const LookupCase table[] = {{"LEFT", "INT"}, {"INNER", "INT NOT NULL"}};
    for (const auto& row : table) {
        JobBuilder b = lookupPipeline();
        b.node("users").options["join.type"] = row.joinType;
        const auto r = infer(b);
        std::vector<ExpectedColumn> expected = kSourceColumns;
        expected.push_back({"user_name", "STRING"});
        expected.push_back({"level", row.levelType});
        SCOPED_TRACE(row.joinType);
        expectColumns(r.relations.at("users"), expected);
        EXPECT_EQ(r.relations.at("users").procTimeColumn, "proc_time");
        EXPECT_EQ(r.relations.at("users").rowtimeColumn, "ts");
    }
}

TEST(SchemaInference, LookupKeepsADimKeyWithADifferentName) {
    JobBuilder b = lookupPipeline();
    b.node("users").schema.columns[0].name = "id";
    b.node("users").schema.primaryKey = {"id"};
    b.node("users").joinKeys = {{"user_id", "id"}};
    const auto r = infer(b);
    const analysis::Relation& users = r.relations.at("users");
    ASSERT_EQ(users.columns.size(), kSourceColumns.size() + 3);
    EXPECT_EQ(users.columns[kSourceColumns.size()].name, "id");
}

TEST(SchemaInference, FilterKeepsItsInputAndProjectFollowsItsOutputs) {
    JobBuilder b = lookupPipeline();
    b.node("shape").outputs = {{"order_id", "order_id"},
                               {"big", "amount > 100"},
                               {"pt", "proc_time"},
                               {"event_time", "ts"}};
    b.node("out").schema = {};
    const auto r = infer(b);
    const analysis::Relation& keep = r.relations.at("keep");
    const analysis::Relation& users = r.relations.at("users");
    EXPECT_EQ(keep.columns, users.columns);
    EXPECT_EQ(keep.procTimeColumn, users.procTimeColumn);
    const analysis::Relation& shape = r.relations.at("shape");
    expectColumns(shape, {{"order_id", "BIGINT"}, {"big", "BOOLEAN"}, {"pt", "TIMESTAMP_LTZ(3) NOT NULL"},
                          {"event_time", "TIMESTAMP(3)"}});
    EXPECT_EQ(shape.procTimeColumn, "pt");       // bare references keep time attributes
    EXPECT_EQ(shape.rowtimeColumn, "event_time");
    EXPECT_EQ(r.relations.at("out").columns, shape.columns);  // an empty sink schema takes its input
}

TEST(SchemaInference, ComputedTimeColumnsLoseTheirAttribute) {
    JobBuilder b = lookupPipeline();
    b.node("shape").outputs = {{"order_id", "order_id"}, {"ts", "CAST(ts AS TIMESTAMP(3))"}};
    b.node("out").schema = {};
    const auto r = infer(b);
    EXPECT_EQ(r.relations.at("shape").rowtimeColumn, "");
    EXPECT_EQ(r.relations.at("shape").procTimeColumn, "");
}

TEST(SchemaInference, WindowAggregateColumns) {
    struct Row {
        const char* kind;
        std::vector<const char*> names;
        bool updating;
    };
    const Row table[] = {
        {"TUMBLE", {"window_start", "window_end", "user_id", "total", "orders"}, false},
        {"HOP", {"window_start", "window_end", "user_id", "total", "orders"}, false},
        {"NONE", {"user_id", "total", "orders"}, true},
    };
    for (const auto& row : table) {
        SCOPED_TRACE(row.kind);
        JobBuilder b = windowPipeline(row.kind);
        if (std::string(row.kind) == "HOP") b.node("agg").options["window.slide"] = "10 s";
        const auto r = infer(b);
        ASSERT_TRUE(r.relations.count("agg"));
        const analysis::Relation& agg = r.relations.at("agg");
        ASSERT_EQ(agg.columns.size(), row.names.size());
        for (std::size_t i = 0; i < row.names.size(); ++i) EXPECT_EQ(agg.columns[i].name, row.names[i]);
        if (!row.updating) {
            EXPECT_EQ(agg.columns[0].type, type("TIMESTAMP(3) NOT NULL"));
            EXPECT_EQ(agg.columns[1].type, type("TIMESTAMP(3) NOT NULL"));
        }
        EXPECT_EQ(agg.find("user_id")->type, type("BIGINT"));
        EXPECT_EQ(agg.find("orders")->type.kind(), model::TypeKind::BigInt);
        EXPECT_EQ(agg.updating, row.updating);
        EXPECT_EQ(r.relations.at("sink").updating, row.updating);
    }
}

TEST(SchemaInference, UpdatingPropagatesThroughFilterProjectLookupAndUnion) {
    JobBuilder b = windowPipeline("NONE");
    b.job().nodes.pop_back();
    b.job().edges.pop_back();
    b.add("big", "filter", {{"condition", "orders > 1"}});
    b.add("ids", "project").outputs = {{"user_id", "user_id"}, {"orders", "orders"}};
    b.add("both", "union");
    b.add("sink", "print-sink");
    b.connect("agg", "big").connect("big", "ids").connect("ids", "both").connect("agg", "both");
    b.connect("both", "sink");
    std::vector<analysis::Diagnostic> diagnostics;
    const auto relations = analysis::inferRelations(b.job(), diagnostics);
    // The union's inputs differ (ids has 2 columns, agg 3): a mismatch, but filter and project
    // already show the propagation.
    EXPECT_TRUE(relations.at("big").updating);
    EXPECT_TRUE(relations.at("ids").updating);
    EXPECT_EQ(relations.count("both"), 0u);

    b.job().edges[3] = {"big", "out", "both", "in"};  // now both inputs are agg-shaped
    b.job().edges[2] = {"agg", "out", "ids", "in"};
    diagnostics.clear();
    const auto fixed = analysis::inferRelations(b.job(), diagnostics);
    ASSERT_TRUE(fixed.count("both")) << describe(diagnostics);
    EXPECT_TRUE(fixed.at("both").updating);
    EXPECT_EQ(fixed.at("both").columns, fixed.at("agg").columns);
}

TEST(SchemaInference, LookupOnUpdatingInputStaysUpdating) {
    JobBuilder b = windowPipeline("NONE");
    b.node("src").schema.procTimeColumn = "proc_time";
    b.mysqlLookup("users");
    b.job().edges.back() = {"agg", "out", "users", "probe"};
    b.connect("users", "sink");
    std::vector<analysis::Diagnostic> diagnostics;
    const auto relations = analysis::inferRelations(b.job(), diagnostics);
    ASSERT_TRUE(relations.count("users")) << describe(diagnostics);
    EXPECT_TRUE(relations.at("users").updating);
}

TEST(SchemaInference, SinkWithDeclaredSchemaUsesIt) {
    JobBuilder b = lookupPipeline();
    const auto r = infer(b);
    expectColumns(r.relations.at("out"), {{"order_id", "BIGINT"}, {"user_name", "STRING"}, {"amount", "DECIMAL(10, 2)"}});
}

TEST(SchemaInference, CycleYieldsNoRelations) {
    JobBuilder b = lookupPipeline();
    b.connect("shape", "keep");
    std::vector<analysis::Diagnostic> diagnostics;
    EXPECT_TRUE(analysis::inferRelations(b.job(), diagnostics).empty());
}

}  // namespace
}  // namespace sw::validate::test
