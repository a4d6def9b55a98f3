#pragma once
// Relation inference per node kind: each kind's home defines NAMERelation (kinds/node_kinds.def),
// which derives the node's output relation from its inputs and reports what is wrong on the way.
// A function returns nothing when the node's own definition is broken (already reported), so that
// nodes downstream are not flooded with follow-up errors.

#include <map>
#include <optional>
#include <string>

#include "analysis/findings.h"
#include "analysis/relation.h"
#include "kinds/node_kind.h"
#include "model/job_graph.h"

namespace sw::analysis {

struct InferenceInput {
    const model::JobGraph& job;
    const std::map<std::string, Relation>& relations;  // the nodes upstream, already inferred
    const model::Node& node;
    const kinds::NodeKind& kind;

    // The relation arriving at the kind's first input when exactly one edge brings it; nothing
    // when it is missing or ambiguous (graph errors, which the graph rules report).
    const Relation* singleInput() const;
};

using InferRelation = std::optional<Relation> (*)(const InferenceInput& input, Findings& findings);

#define SW_NODE_KIND(name) std::optional<Relation> name##Relation(const InferenceInput& input, Findings& findings);
#include "kinds/node_kinds.def"
#undef SW_NODE_KIND

// The inference of `kind`, from the table kinds/node_kinds.def builds.
InferRelation relationInference(const kinds::NodeKind& kind);

// What most kinds of a role share.
Relation declaredRelation(const model::Node& node);  // a source: its schema and time attributes
std::optional<Relation> sinkRelation(const InferenceInput& input, Findings& findings);
std::optional<Relation> lookupJoinRelation(const InferenceInput& input, Findings& findings);

// "outputs[2]"
std::string indexed(const char* prefix, std::size_t index);
// "output 3 ('total')"
std::string outputWords(const model::NamedExpression& output, std::size_t index);
// Reports an output whose name is already taken in `columns`; true when it is free.
bool claimName(const std::vector<model::Column>& columns, const model::NamedExpression& output, std::size_t index,
               const model::Node& node, Findings& findings);

}  // namespace sw::analysis
