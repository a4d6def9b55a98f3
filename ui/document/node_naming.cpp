#include "document/node_naming.h"

#include <algorithm>
#include <cctype>

namespace sw::ui {

namespace {

// "orders_12" -> "orders"; names without a numeric suffix stay as they are.
std::string_view withoutNumberSuffix(std::string_view name) {
    const auto underscore = name.rfind('_');
    if (underscore == std::string_view::npos || underscore == 0 || underscore + 1 == name.size()) return name;
    const std::string_view digits = name.substr(underscore + 1);
    const bool numeric = std::ranges::all_of(digits, [](unsigned char c) { return std::isdigit(c) != 0; });
    return numeric ? name.substr(0, underscore) : name;
}

}  // namespace

std::string uniqueNodeId(const model::JobGraph& job, std::string_view prefix,
                         const std::set<std::string>& alsoTaken) {
    for (int n = 1;; ++n) {
        std::string candidate = std::string(prefix) + "-" + std::to_string(n);
        if (!job.findNode(candidate) && !alsoTaken.contains(candidate)) return candidate;
    }
}

std::string uniqueNodeName(const model::JobGraph& job, std::string_view base,
                           const std::set<std::string>& alsoTaken) {
    const std::string stem(withoutNumberSuffix(base));
    for (int n = 1;; ++n) {
        std::string candidate = stem + "_" + std::to_string(n);
        if (!job.findNodeByName(candidate) && !alsoTaken.contains(candidate)) return candidate;
    }
}

model::Node newNode(const model::JobGraph& job, const kinds::NodeKind& kind, model::Position position) {
    std::string base = kind.id;
    std::ranges::replace(base, '-', '_');  // names become SQL identifiers
    model::Node node;
    node.id = uniqueNodeId(job, kind.id);
    node.kind = kind.id;
    node.name = uniqueNodeName(job, base);
    node.position = position;
    return node;
}

}  // namespace sw::ui
