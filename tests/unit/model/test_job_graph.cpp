#include <gtest/gtest.h>

#include "model/job_graph.h"
#include "model/job_settings.h"
#include "model/secret_ref.h"

using namespace sw::model;

namespace {

JobGraph chain(std::initializer_list<const char*> ids) {
    JobGraph job;
    for (const char* id : ids) {
        Node node;
        node.id = id;
        node.kind = "filter";
        node.name = std::string("n_") + id;
        job.nodes.push_back(node);
    }
    return job;
}

TEST(JobGraph, TopologicalOrderFollowsEdgesThenFileOrder) {
    JobGraph job = chain({"sink", "b", "src", "a"});
    job.edges = {{"src", "out", "a", "in"}, {"a", "out", "sink", "in"}, {"src", "out", "b", "in"}, {"b", "out", "sink", "in"}};
    auto order = job.topologicalOrder();
    ASSERT_TRUE(order) << order.error().toString();
    EXPECT_EQ(*order, (std::vector<std::string>{"src", "b", "a", "sink"}));
}

TEST(JobGraph, CycleNamesOnlyNodesOnIt) {
    JobGraph job = chain({"src", "x", "y", "after"});
    job.edges = {{"src", "out", "x", "in"}, {"x", "out", "y", "in"}, {"y", "out", "x", "in"}, {"y", "out", "after", "in"}};
    auto order = job.topologicalOrder();
    ASSERT_FALSE(order);
    EXPECT_NE(order.error().message.find("'n_x', 'n_y'"), std::string::npos) << order.error().message;
    EXPECT_EQ(order.error().message.find("n_after"), std::string::npos) << order.error().message;
    EXPECT_EQ(order.error().message.find("n_src"), std::string::npos) << order.error().message;
}

TEST(JobGraph, FindsEdgesAndFreshIds) {
    JobGraph job = chain({"filter-1", "filter-2"});
    job.edges = {{"filter-1", "out", "filter-2", "in"}};
    EXPECT_EQ(job.incoming("filter-2").size(), 1u);
    EXPECT_EQ(job.incoming("filter-2", "probe").size(), 0u);
    EXPECT_EQ(job.outgoing("filter-1").size(), 1u);
    EXPECT_EQ(job.uniqueNodeId("filter"), "filter-3");
    EXPECT_EQ(job.findNodeByName("n_filter-2")->id, "filter-2");
    EXPECT_EQ(job.findNode("nope"), nullptr);
}

TEST(SecretRef, RecognisesOnlyWholeReferences) {
    EXPECT_EQ(secretName("${secret.rds_pw}"), "rds_pw");
    EXPECT_EQ(secretName(secretReference("a.b-c")), "a.b-c");
    EXPECT_FALSE(secretName("hunter2"));
    EXPECT_FALSE(secretName("${secret.}"));
    EXPECT_FALSE(secretName("x${secret.a}"));
    EXPECT_FALSE(secretName("${secret.a b}"));
    EXPECT_FALSE(secretName("${secret_values.a}"));
}

TEST(JobSettings, EntriesUseFlinkKeysAndDefaults) {
    JobSettings settings;
    settings.extra = {{"table.exec.sink.upsert-materialize", "NONE"}, {"state.backend", "rocksdb"}};
    const auto entries = settingEntries(settings);
    auto find = [&](const std::string& key) -> const SettingEntry* {
        for (const auto& e : entries)
            if (e.key == key) return &e;
        return nullptr;
    };
    ASSERT_TRUE(find("execution.checkpointing.interval"));
    EXPECT_EQ(find("execution.checkpointing.interval")->value, "1 min");
    EXPECT_EQ(find("execution.checkpointing.timeout")->value, "10 min");
    EXPECT_EQ(find("execution.checkpointing.tolerable-failed-checkpoints")->value, "3");
    EXPECT_EQ(find("execution.checkpointing.mode")->value, "EXACTLY_ONCE");
    EXPECT_EQ(find("table.exec.mini-batch.allow-latency")->value, "1 s");
    EXPECT_EQ(find("table.exec.mini-batch.size")->value, "1000");
    EXPECT_EQ(find("table.exec.state.ttl")->value, "1 h");
    EXPECT_EQ(find("taskmanager.memory.network.fraction")->value, "0.1");
    EXPECT_TRUE(find("table.exec.state.ttl")->isTableOption);
    EXPECT_FALSE(find("pipeline.object-reuse")->isTableOption);
    EXPECT_TRUE(find("table.exec.sink.upsert-materialize")->isTableOption);
    EXPECT_FALSE(find("state.backend")->isTableOption);

    settings.miniBatchEnabled = false;
    const auto off = settingEntries(settings);
    for (const auto& e : off) EXPECT_NE(e.key, "table.exec.mini-batch.size");
}

}  // namespace
