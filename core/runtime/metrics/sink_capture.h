#pragma once
// SinkCapture: what a sink of a preview run would have written, kept instead of writing it —
// its last rows (append), or the table it would hold by primary key and its last changes
// (upsert, -U ignored as Flink's upsert sinks do). Written by the sink's thread, read by any.

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <map>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "runtime/engine/batch.h"
#include "runtime/metrics/node_preview_source.h"

namespace sw::runtime {

class SinkCapture : public NodePreviewSource {
public:
    static constexpr std::size_t kRecentChanges = 100;  // append: rows kept; upsert: changes kept
    // The table is what the designer shows and the run sends once a second: a job keyed by
    // user or order id would otherwise grow it (and every preview event) without limit.
    static constexpr std::size_t kMaxKeys = 10000;

    // `keys`: the primary key's positions in `columns`; empty for an append capture.
    SinkCapture(std::string nodeId, std::vector<model::Column> columns, std::vector<std::size_t> keys);

    void capture(const Batch& batch);  // the sink's thread

    bool upserts() const { return !keys_.empty(); }
    std::uint64_t version() const override { return version_.load(std::memory_order_acquire); }
    protocol::NodePreview preview() const override;

private:
    // A row's key columns, borrowed, to look the table up without building a key row.
    struct KeyOf {
        const expr::Row& row;
        const std::vector<std::size_t>& positions;
    };
    // Orders keys by value (the table is shown in key order); transparent for KeyOf lookups.
    struct KeyOrder {
        using is_transparent = void;
        bool operator()(const expr::Row& a, const expr::Row& b) const;
        bool operator()(const expr::Row& a, const KeyOf& b) const;
        bool operator()(const KeyOf& a, const expr::Row& b) const;
    };

    void upsert(ChangeKind kind, const expr::Row& row);  // under mutex_

    const std::string nodeId_;
    const std::vector<model::Column> columns_;
    const std::vector<std::size_t> keys_;

    mutable std::mutex mutex_;  // guards everything below but version_
    std::deque<std::pair<ChangeKind, expr::Row>> recent_;
    std::map<expr::Row, expr::Row, KeyOrder> table_;  // key values -> the row
    std::uint64_t appended_ = 0;  // append: every row captured
    // Upsert: keys the table would hold beyond kMaxKeys, counted from the change kinds (+I adds
    // one, -D removes one), since remembering them is what the bound avoids.
    std::uint64_t keysNotHeld_ = 0;
    std::atomic<std::uint64_t> version_{0};
};

}  // namespace sw::runtime
