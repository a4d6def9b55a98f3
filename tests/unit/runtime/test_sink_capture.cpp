// SinkCapture: what a preview's sink keeps instead of writing — the last rows of an append sink,
// or an upsert sink's table by key (-U ignored, -D deleting) and its last changes, bounded.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "job_builder.h"
#include "runtime/metrics/sink_capture.h"

namespace sw::runtime {
namespace {

using protocol::NodePreview;
using test::column;

const std::vector<model::Column> kColumns = {column("k", "BIGINT"), column("name", "STRING")};

Batch batchOf(std::vector<std::pair<ChangeKind, expr::Row>> changes) {
    Batch batch;
    for (auto& [kind, row] : changes) batch.append(std::move(row), kind);
    return batch;
}

NodePreview::Row text(std::vector<std::optional<std::string>> values) {
    return values;
}

TEST(SinkCapture, AnUpsertCaptureHoldsTheTableByKeyAndIgnoresUpdateBefore) {
    SinkCapture capture("out", kColumns, {0});
    EXPECT_EQ(capture.version(), 0u);
    capture.capture(batchOf({{ChangeKind::Insert, {std::int64_t{2}, "b"}},
                             {ChangeKind::Insert, {std::int64_t{1}, "a"}},
                             {ChangeKind::UpdateBefore, {std::int64_t{2}, "b"}},
                             {ChangeKind::UpdateAfter, {std::int64_t{2}, "b2"}},
                             {ChangeKind::Insert, {std::int64_t{3}, expr::Value()}},
                             {ChangeKind::Delete, {std::int64_t{1}, "a"}},
                             {ChangeKind::UpdateBefore, {std::int64_t{3}, expr::Value()}}}));
    EXPECT_EQ(capture.version(), 1u);
    const NodePreview preview = capture.preview();
    EXPECT_EQ(preview.node, "out");
    EXPECT_EQ(preview.mode, NodePreview::Mode::Upsert);
    EXPECT_EQ(preview.columns, (std::vector<std::string>{"k", "name"}));
    // Ordered by key; the -U of key 3 left its row in place, NULL stays a null.
    EXPECT_EQ(preview.rows, (std::vector<NodePreview::Row>{text({"2", "b2"}), text({"3", std::nullopt})}));
    EXPECT_EQ(preview.total, 2u);
    EXPECT_EQ(preview.changeKinds, (std::vector<std::string>{"+I", "+I", "-U", "+U", "+I", "-D", "-U"}));
    ASSERT_EQ(preview.changelog.size(), 7u);
    EXPECT_EQ(preview.changelog[3], text({"2", "b2"}));
    EXPECT_EQ(preview.changelog[5], text({"1", "a"}));
}

TEST(SinkCapture, KeysAreOrderedByValueAcrossSeveralKeyColumns) {
    SinkCapture capture("out", {column("a", "STRING"), column("b", "INT"), column("v", "INT")}, {0, 1});
    capture.capture(batchOf({{ChangeKind::Insert, {"y", std::int64_t{1}, std::int64_t{1}}},
                             {ChangeKind::Insert, {"x", std::int64_t{10}, std::int64_t{2}}},
                             {ChangeKind::Insert, {"x", std::int64_t{9}, std::int64_t{3}}},
                             {ChangeKind::UpdateAfter, {"x", std::int64_t{10}, std::int64_t{4}}}}));
    EXPECT_EQ(capture.preview().rows,
              (std::vector<NodePreview::Row>{text({"x", "9", "3"}), text({"x", "10", "4"}), text({"y", "1", "1"})}));
}

TEST(SinkCapture, TheLastHundredChangesAreKept) {
    SinkCapture capture("out", kColumns, {0});
    for (std::int64_t batch = 0; batch < 3; ++batch) {
        Batch rows;
        for (std::int64_t i = 0; i < 70; ++i) rows.append({batch * 70 + i, "v"}, ChangeKind::Insert);
        capture.capture(rows);
    }
    const NodePreview preview = capture.preview();
    EXPECT_EQ(preview.total, 210u);
    ASSERT_EQ(preview.changelog.size(), SinkCapture::kRecentChanges);
    EXPECT_EQ(preview.changelog.front(), text({"110", "v"}));  // 210 changes, the last 100: 110..209
    EXPECT_EQ(preview.changelog.back(), text({"209", "v"}));
}

// The table stops growing at kMaxKeys; the keys beyond are counted from their +I and -D.
TEST(SinkCapture, TheTableIsBoundedAndCountsTheKeysBeyond) {
    SinkCapture capture("out", kColumns, {0});
    const auto keys = static_cast<std::int64_t>(SinkCapture::kMaxKeys);
    Batch inserts;
    for (std::int64_t k = 0; k < keys + 50; ++k) inserts.append({k, "v"}, ChangeKind::Insert);
    capture.capture(inserts);
    NodePreview preview = capture.preview();
    EXPECT_EQ(preview.rows.size(), SinkCapture::kMaxKeys);
    EXPECT_EQ(preview.total, SinkCapture::kMaxKeys + 50);
    EXPECT_EQ(preview.rows.back(), text({std::to_string(keys - 1), "v"}));

    // Updates of keys beyond the table change nothing; deletes of them and of held keys count down,
    // and a held key deleted makes room for the next key updated.
    capture.capture(batchOf({{ChangeKind::UpdateBefore, {keys + 1, "v"}},
                             {ChangeKind::UpdateAfter, {keys + 1, "w"}},
                             {ChangeKind::Delete, {keys + 2, "v"}},
                             {ChangeKind::Delete, {std::int64_t{0}, "v"}}}));
    preview = capture.preview();
    EXPECT_EQ(preview.total, SinkCapture::kMaxKeys + 48);
    capture.capture(batchOf({{ChangeKind::UpdateAfter, {keys + 3, "x"}}}));
    preview = capture.preview();
    EXPECT_EQ(preview.rows.size(), SinkCapture::kMaxKeys);
    EXPECT_EQ(preview.rows.back(), text({std::to_string(keys + 3), "x"}));
    EXPECT_EQ(preview.total, SinkCapture::kMaxKeys + 48);  // a key moved into the table, none was added
}

TEST(SinkCapture, AnAppendCaptureKeepsTheLastHundredRowsAndCountsAll) {
    SinkCapture capture("out", kColumns, {});
    for (std::int64_t batch = 0; batch < 5; ++batch) {
        Batch rows;
        for (std::int64_t i = 0; i < 30; ++i) rows.append({batch * 30 + i, i % 2 ? expr::Value("odd") : expr::Value()});
        capture.capture(rows);
    }
    capture.capture(Batch{});  // a batch without rows (a watermark) changes nothing
    EXPECT_EQ(capture.version(), 5u);
    const NodePreview preview = capture.preview();
    EXPECT_EQ(preview.mode, NodePreview::Mode::Append);
    EXPECT_EQ(preview.total, 150u);
    ASSERT_EQ(preview.rows.size(), SinkCapture::kRecentChanges);
    EXPECT_EQ(preview.rows.front(), text({"50", std::nullopt}));
    EXPECT_EQ(preview.rows.back(), text({"149", "odd"}));
    EXPECT_TRUE(preview.changelog.empty());
    EXPECT_TRUE(preview.changeKinds.empty());
}

}  // namespace
}  // namespace sw::runtime
