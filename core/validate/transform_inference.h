#pragma once
// Output relations of the transform-like kinds: filter, project, lookup join, window aggregate.

#include <optional>

#include "connectors/node_kind.h"
#include "model/node.h"
#include "validate/findings.h"
#include "validate/schema_inference.h"

namespace sw::validate {

// Each returns nothing when the node's own definition is broken (already reported), so that
// nodes downstream are not flooded with follow-up errors.
std::optional<Relation> inferFilter(const model::Node& node, const Relation& input, Findings& findings);
std::optional<Relation> inferProject(const model::Node& node, const Relation& input, Findings& findings);
std::optional<Relation> inferLookup(const model::Node& node, const connectors::NodeKind& kind,
                                    const Relation& probe, Findings& findings);
std::optional<Relation> inferWindowAggregate(const model::Node& node, const connectors::NodeKind& kind,
                                             const Relation& input, Findings& findings);

}  // namespace sw::validate
