#pragma once
// SchemaDiff: what changes from one schema to another — columns added, removed or retyped (by
// name), and the primary key — as the infer-schema dialog and CLI show it.

#include <string>
#include <vector>

#include "model/schema.h"

namespace sw::model {

struct SchemaDiff {
    struct Retyped {
        std::string name;
        FlinkType before;
        FlinkType after;
    };

    std::vector<Column> added;
    std::vector<Column> removed;
    std::vector<Retyped> retyped;
    std::vector<std::string> keyBefore;
    std::vector<std::string> keyAfter;

    static SchemaDiff between(const Schema& current, const Schema& proposed);

    bool keyChanged() const { return keyBefore != keyAfter; }
    bool empty() const { return added.empty() && removed.empty() && retyped.empty() && !keyChanged(); }
    // One line per change: "+ name TYPE", "- name TYPE", "~ name: OLD -> NEW", "key: (a) -> (a, b)".
    std::vector<std::string> lines() const;
};

}  // namespace sw::model
