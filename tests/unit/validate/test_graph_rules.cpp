// Graph structure rules: each fires on a broken job and is silenced by the fix.

#include "rule_case.h"

namespace sw::validate::test {
namespace {

void popEdge(JobBuilder& b) { b.job().edges.pop_back(); }

std::vector<RuleCase> graphCases() {
    return {
        {"DuplicateNodeId", "duplicate-node-id", "keep", "id",
         [](JobBuilder& b) { b.add("keep", "print-sink").name = "extra"; },
         [](JobBuilder& b) { b.job().nodes.back().id = "extra"; }},
        {"EmptyNodeName", "empty-node-name", "keep", "name",
         [](JobBuilder& b) { b.node("keep").name = ""; }, [](JobBuilder& b) { b.node("keep").name = "keep"; }},
        {"DuplicateNodeName", "duplicate-node-name", "shape", "name",
         [](JobBuilder& b) { b.node("shape").name = "keep"; }, [](JobBuilder& b) { b.node("shape").name = "shape"; }},
        {"UnknownKind", "unknown-kind", "keep", "kind",
         [](JobBuilder& b) { b.node("keep").kind = "sorter"; }, [](JobBuilder& b) { b.node("keep").kind = "filter"; }},
        {"UnknownEdgeNode", "unknown-edge-node", "shape", "edges[4]",
         [](JobBuilder& b) { b.connect("shape", "ghost"); }, popEdge},
        {"UnknownEdgeNodeBothEnds", "unknown-edge-node", "", "edges[4]",
         [](JobBuilder& b) { b.connect("phantom", "ghost"); }, popEdge},
        {"UnknownEdgePort", "unknown-edge-port", "users", "edges[0]",
         [](JobBuilder& b) { b.job().edges[0].toPort = "side"; },
         [](JobBuilder& b) { b.job().edges[0].toPort = "probe"; }},
        {"EdgeDirection", "edge-direction", "users", "edges[0]",
         [](JobBuilder& b) { b.job().edges[0].toPort = "out"; },
         [](JobBuilder& b) { b.job().edges[0].toPort = "probe"; }},
        {"MultipleInputs", "multiple-inputs", "keep", "edges[4]",
         [](JobBuilder& b) {
             b.kafkaSource("src2");
             b.connect("src2", "keep");
         },
         [](JobBuilder& b) {
             popEdge(b);
             b.add("spill", "print-sink");
             b.connect("src2", "spill");
         }},
        {"Cycle", "cycle", "users", "", [](JobBuilder& b) { b.connect("shape", "users", "probe"); }, popEdge},
        {"UnconnectedInput", "unconnected-input", "shape", "",
         [](JobBuilder& b) { b.job().edges.erase(b.job().edges.begin() + 2); },
         [](JobBuilder& b) { b.connect("keep", "shape"); }},
        {"UnusedOutput", "unused-output", "spare", "", [](JobBuilder& b) { b.kafkaSource("spare"); },
         [](JobBuilder& b) {
             b.add("spill", "print-sink");
             b.connect("spare", "spill");
         },
         analysis::Severity::Warning},
    };
}

class GraphRules : public ::testing::TestWithParam<RuleCase> {};

TEST_P(GraphRules, FiresOnBrokenJob) { expectRuleFires(GetParam()); }
TEST_P(GraphRules, SilentAfterFix) { expectRuleFixed(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Validate, GraphRules, ::testing::ValuesIn(graphCases()), caseName);

TEST(GraphRules, CycleMessageNamesEveryNodeOnIt) {
    JobBuilder b = lookupPipeline();
    b.connect("shape", "users", "probe");
    const auto cycles = withCode(validateJob(b.job(), kinds::Dialect::AliyunVvr), "cycle");
    ASSERT_EQ(cycles.size(), 1u);
    for (const char* name : {"'users'", "'keep'", "'shape'"}) {
        EXPECT_NE(cycles[0].message.find(name), std::string::npos) << cycles[0].message;
    }
    EXPECT_EQ(cycles[0].message.find("'src'"), std::string::npos) << cycles[0].message;
}

TEST(GraphRules, UnionAcceptsSeveralInputs) {
    JobBuilder b;
    b.kafkaSource("a");
    b.kafkaSource("b");
    b.add("u", "union");
    b.add("sink", "print-sink");
    b.connect("a", "u").connect("b", "u").connect("u", "sink");
    const auto all = validateJob(b.job(), kinds::Dialect::AliyunVvr);
    EXPECT_TRUE(withCode(all, "multiple-inputs").empty()) << describe(all);
}

}  // namespace
}  // namespace sw::validate::test
