#include "kinds/catalog.h"

#include <algorithm>
#include <set>


namespace sw::kinds {

// Each kind's descriptor, defined in its home folder.
#define SW_NODE_KIND(name) NodeKind name##Kind();
#include "kinds/node_kinds.def"
#undef SW_NODE_KIND

namespace {

// Shared option builders map every connector they know (mysql, rds, jdbc ...); a kind keeps
// only the keys of the connectors it can emit, so its descriptor reads true on its own.
void dropForeignSqlKeys(NodeKind& kind) {
    std::set<std::string> own;
    for (const auto& [dialect, names] : kind.connectors) own.insert(names.begin(), names.end());
    for (OptionDescriptor& option : kind.options) {
        std::erase_if(option.sqlKeys, [&](const auto& entry) { return !own.contains(entry.first); });
        std::erase_if(option.sqlValues,
                      [&](const auto& entry) { return !own.contains(entry.first); });
        std::erase_if(option.durationAsMillisFor,
                      [&](const std::string& name) { return !own.contains(name); });
    }
}

}  // namespace

const Catalog& Catalog::instance() {
    static const Catalog catalog;
    return catalog;
}

Catalog::Catalog() {
#define SW_NODE_KIND(name) kinds_.push_back(name##Kind());
#include "kinds/node_kinds.def"
#undef SW_NODE_KIND
    for (std::size_t i = 0; i < kinds_.size(); ++i) {
        kinds_[i].index = i;
        dropForeignSqlKeys(kinds_[i]);
    }
}

const NodeKind* Catalog::find(std::string_view kindId) const {
    auto it = std::ranges::find(kinds_, kindId, &NodeKind::id);
    return it == kinds_.end() ? nullptr : &*it;
}

}  // namespace sw::kinds
