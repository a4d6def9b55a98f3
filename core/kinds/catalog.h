#pragma once
// Catalog: the one registry of node kinds; palette, property panel, validator, SQL and runtime use it.

#include <string_view>
#include <vector>

#include "kinds/node_kind.h"

namespace sw::kinds {

class Catalog {
public:
    static const Catalog& instance();

    const NodeKind* find(std::string_view kindId) const;
    const std::vector<NodeKind>& kinds() const { return kinds_; }

private:
    Catalog();
    std::vector<NodeKind> kinds_;
};

}  // namespace sw::kinds
