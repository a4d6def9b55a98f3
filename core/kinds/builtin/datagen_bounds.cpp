#include "kinds/builtin/datagen_bounds.h"

#include <algorithm>
#include <string>

namespace sw::kinds {
namespace {

constexpr long long kDefaultMax = 1000;

// The largest whole number the type holds, capped at the default.
long long maxFor(const model::FlinkType& type) {
    switch (type.kind()) {
    case model::TypeKind::TinyInt: return 100;
    case model::TypeKind::Decimal: {
        long long largest = 1;
        for (int digits = type.precision() - type.scale(); digits > 0 && largest <= kDefaultMax; --digits) largest *= 10;
        return std::min(largest - 1, kDefaultMax);
    }
    default: return kDefaultMax;
    }
}

}  // namespace

bool addDefaultDatagenBounds(model::Node& node) {
    if (node.kind != "datagen-source") return false;
    bool wrote = false;
    for (const model::Column& column : node.schema.columns) {
        const std::string prefix = "fields." + column.name + ".";
        const auto kind = node.options.find(prefix + "kind");
        if (!column.type.isNumeric() || (kind != node.options.end() && kind->second != "random")) continue;
        if (node.options.contains(prefix + "min") || node.options.contains(prefix + "max")) continue;
        node.options.emplace(prefix + "min", std::string(1, '0'));
        node.options.emplace(prefix + "max", std::to_string(maxFor(column.type)));
        wrote = true;
    }
    return wrote;
}

}  // namespace sw::kinds
