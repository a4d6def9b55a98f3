#include "runtime/engine/batch.h"

namespace sw::runtime {

const char* toShortString(ChangeKind kind) {
    switch (kind) {
    case ChangeKind::Insert: return "+I";
    case ChangeKind::UpdateBefore: return "-U";
    case ChangeKind::UpdateAfter: return "+U";
    case ChangeKind::Delete: return "-D";
    }
    return "?";
}

void Batch::clear() {
    rows.clear();
    kinds.clear();
}

void Batch::append(expr::Row row, ChangeKind kind) {
    rows.push_back(std::move(row));
    kinds.push_back(kind);
}

void Batch::keepWhere(const std::vector<bool>& keep) {
    std::size_t kept = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (!keep[i]) continue;
        if (kept != i) {
            rows[kept] = std::move(rows[i]);
            kinds[kept] = kinds[i];
        }
        ++kept;
    }
    rows.resize(kept);
    kinds.resize(kept);
}

}  // namespace sw::runtime
