// PreviewRegistry and OutputSample: a node's output is sampled at most every kInterval (its last
// rows), and the registry reports a node again only once its preview changed.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "job_builder.h"
#include "runtime/metrics/preview_registry.h"

namespace sw::runtime {
namespace {

using namespace std::chrono_literals;
using protocol::NodePreview;
using test::column;

Batch idsFrom(std::int64_t first, std::int64_t count) {
    Batch batch;
    for (std::int64_t id = first; id < first + count; ++id) batch.append({id});
    return batch;
}

std::vector<NodePreview::Row> idRows(std::int64_t first, std::int64_t last) {
    std::vector<NodePreview::Row> rows;
    for (std::int64_t id = first; id <= last; ++id) rows.push_back({std::to_string(id)});
    return rows;
}

// Stands for the stage, which counts a node's records before it offers the batch.
void emit(OutputSample& sample, NodeCounters& counters, const Batch& batch, SteadyTime at) {
    counters.addOut(batch.size());
    sample.offer(batch, at);
}

TEST(OutputSample, KeepsTheLastRowsOfABatchAtMostEveryInterval) {
    NodeCounters counters;
    OutputSample sample("gen", {column("id", "BIGINT")}, 5, counters);
    const SteadyTime start{};
    emit(sample, counters, idsFrom(1, 3), start + 1ms);     // sampled: the first batch
    emit(sample, counters, idsFrom(4, 10), start + 100ms);  // too soon: not copied
    NodePreview preview = sample.preview();
    EXPECT_EQ(preview.mode, NodePreview::Mode::Output);
    EXPECT_EQ(preview.columns, std::vector<std::string>{"id"});
    EXPECT_EQ(preview.rows, idRows(1, 3));
    EXPECT_EQ(preview.total, 13u);  // every row counted, sampled or not

    emit(sample, counters, idsFrom(14, 4), start + 1ms + OutputSample::kInterval);  // due again
    // The last 5 span samples: the newest row of the first and the 4 of this one.
    EXPECT_EQ(sample.preview().rows, (std::vector<NodePreview::Row>{{"3"}, {"14"}, {"15"}, {"16"}, {"17"}}));
    emit(sample, counters, idsFrom(100, 50), start + 1s);  // a big batch: only its last 5 rows are copied
    EXPECT_EQ(sample.preview().rows, idRows(145, 149));
    EXPECT_EQ(sample.preview().total, 67u);
}

TEST(PreviewRegistry, ReportsANodeOnlyWhenItsPreviewChanged) {
    PreviewRegistry registry;
    NodeCounters genCounters;
    OutputSample& gen = registry.addOutput("gen", {column("id", "BIGINT")}, 3, genCounters);
    SinkCapture& out = registry.addCapture("out", {column("id", "BIGINT")}, {});
    EXPECT_TRUE(registry.takeChanged().empty());  // nothing has data yet

    const SteadyTime start{};
    emit(gen, genCounters, idsFrom(1, 4), start);
    std::vector<NodePreview> changed = registry.takeChanged();
    ASSERT_EQ(changed.size(), 1u);
    EXPECT_EQ(changed[0].node, "gen");
    EXPECT_EQ(changed[0].rows, idRows(2, 4));
    EXPECT_TRUE(registry.takeChanged().empty());  // unchanged since

    out.capture(idsFrom(1, 2));
    changed = registry.takeChanged();
    ASSERT_EQ(changed.size(), 1u);
    EXPECT_EQ(changed[0].node, "out");
    EXPECT_EQ(changed[0].mode, NodePreview::Mode::Append);

    // Rows counted after the last sample change the total: reported, though no row was copied.
    emit(gen, genCounters, idsFrom(5, 2), start + 10ms);
    changed = registry.takeChanged();
    ASSERT_EQ(changed.size(), 1u);
    EXPECT_EQ(changed[0].rows, idRows(2, 4));
    EXPECT_EQ(changed[0].total, 6u);
    EXPECT_TRUE(registry.takeChanged().empty());

    EXPECT_EQ(registry.all().size(), 2u);  // every preview, changed or not
}

}  // namespace
}  // namespace sw::runtime
