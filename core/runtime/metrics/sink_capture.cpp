#include "runtime/metrics/sink_capture.h"

#include <algorithm>
#include <variant>

#include "expr/eval/decimal_math.h"

namespace sw::runtime {

namespace {

template <typename T>
int order(const T& a, const T& b) {
    return a < b ? -1 : b < a ? 1 : 0;
}

int compareValues(const expr::Value& a, const expr::Value& b);

// Item by item, then the shorter first.
int compareItems(const std::vector<expr::Value>& a, const std::vector<expr::Value>& b) {
    for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i) {
        if (int c = compareValues(a[i], b[i]); c != 0) return c;
    }
    return order(a.size(), b.size());
}

// NULL first; values of one key column share a representation, so other mixes only need to be
// consistent.
int compareValues(const expr::Value& a, const expr::Value& b) {
    const auto& x = a.storage();
    const auto& y = b.storage();
    if (x.index() != y.index()) return order(x.index(), y.index());
    return std::visit(
        [&](const auto& left) -> int {
            using T = std::decay_t<decltype(left)>;
            const T& right = *std::get_if<T>(&y);
            if constexpr (std::is_same_v<T, std::monostate>) return 0;
            else if constexpr (std::is_same_v<T, expr::Decimal>) return expr::decimal::compare(left, right);
            else if constexpr (std::is_same_v<T, expr::Date>) return order(left.days, right.days);
            else if constexpr (std::is_same_v<T, expr::TimeOfDay>) return order(left.millis, right.millis);
            else if constexpr (std::is_same_v<T, expr::Interval>) return order(left.millis, right.millis);
            else if constexpr (std::is_same_v<T, expr::MonthInterval>) return order(left.months, right.months);
            else if constexpr (std::is_same_v<T, expr::Composite>) return compareItems(*left.items, *right.items);
            else return order(left, right);
        },
        x);
}

template <typename ValueAt>
bool keyLess(const expr::Row& key, std::size_t width, ValueAt other, bool keyFirst) {
    for (std::size_t i = 0; i < width; ++i) {
        const int c = compareValues(key[i], other(i));
        if (c != 0) return keyFirst ? c < 0 : c > 0;
    }
    return false;
}

}  // namespace

bool SinkCapture::KeyOrder::operator()(const expr::Row& a, const expr::Row& b) const {
    return keyLess(a, a.size(), [&](std::size_t i) -> const expr::Value& { return b[i]; }, true);
}

bool SinkCapture::KeyOrder::operator()(const expr::Row& a, const KeyOf& b) const {
    return keyLess(a, a.size(), [&](std::size_t i) -> const expr::Value& { return b.row[b.positions[i]]; }, true);
}

bool SinkCapture::KeyOrder::operator()(const KeyOf& a, const expr::Row& b) const {
    return keyLess(b, b.size(), [&](std::size_t i) -> const expr::Value& { return a.row[a.positions[i]]; }, false);
}

SinkCapture::SinkCapture(std::string nodeId, std::vector<model::Column> columns, std::vector<std::size_t> keys)
    : nodeId_(std::move(nodeId)), columns_(std::move(columns)), keys_(std::move(keys)) {}

void SinkCapture::capture(const Batch& batch) {
    if (batch.empty()) return;
    const std::size_t n = batch.size();
    std::lock_guard lock(mutex_);
    if (upserts()) {
        for (std::size_t i = 0; i < n; ++i) upsert(batch.kinds[i], batch.rows[i]);
    } else {
        appended_ += n;
    }
    // Only the batch's last rows can be among the last kRecentChanges.
    for (std::size_t i = n - std::min(n, kRecentChanges); i < n; ++i)
        recent_.emplace_back(batch.kinds[i], batch.rows[i]);
    while (recent_.size() > kRecentChanges) recent_.pop_front();
    version_.fetch_add(1, std::memory_order_release);
}

void SinkCapture::upsert(ChangeKind kind, const expr::Row& row) {
    if (kind == ChangeKind::UpdateBefore) return;  // the +U that follows carries the new row
    const auto held = table_.find(KeyOf{row, keys_});
    if (kind == ChangeKind::Delete) {
        if (held != table_.end()) table_.erase(held);
        else if (keysNotHeld_ > 0) --keysNotHeld_;
        return;
    }
    if (held != table_.end()) {
        held->second = row;
        return;
    }
    if (table_.size() < kMaxKeys) {
        // A +U of a key not held is one of the keys counted beyond the table (or one a resumed
        // run's upstream state knows and this capture never saw).
        if (kind == ChangeKind::UpdateAfter && keysNotHeld_ > 0) --keysNotHeld_;
        expr::Row key;
        key.reserve(keys_.size());
        for (const std::size_t position : keys_) key.push_back(row[position]);
        table_.emplace(std::move(key), row);
    } else if (kind == ChangeKind::Insert) {
        ++keysNotHeld_;
    }
}

protocol::NodePreview SinkCapture::preview() const {
    protocol::NodePreview preview;
    preview.node = nodeId_;
    preview.columns = columnNames(columns_);
    // Formatted under the lock: once a second at most, a few milliseconds for a full table.
    std::lock_guard lock(mutex_);
    if (upserts()) {
        preview.mode = protocol::NodePreview::Mode::Upsert;
        preview.total = table_.size() + keysNotHeld_;
        preview.rows.reserve(table_.size());
        for (const auto& [key, row] : table_) preview.rows.push_back(previewRow(row, columns_));
        for (const auto& [kind, row] : recent_) {
            preview.changeKinds.push_back(toShortString(kind));
            preview.changelog.push_back(previewRow(row, columns_));
        }
    } else {
        preview.mode = protocol::NodePreview::Mode::Append;
        preview.total = appended_;
        for (const auto& [kind, row] : recent_) preview.rows.push_back(previewRow(row, columns_));
    }
    return preview;
}

}  // namespace sw::runtime
