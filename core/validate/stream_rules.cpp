#include "validate/stream_rules.h"

#include "kinds/catalog.h"

namespace sw::validate {
namespace {

using kinds::NodeKind;
using kinds::NodeRole;

const NodeKind* kindOf(const model::Node& node) {
    return kinds::Catalog::instance().find(node.kind);
}

// The node upstream of `node`'s first input edge, or nothing.
const model::Node* upstreamOf(const model::JobGraph& job, const model::Node& node) {
    const NodeKind* kind = kindOf(node);
    if (!kind) return nullptr;
    for (const auto& port : kind->ports) {
        if (!port.isInput) continue;
        const auto edges = job.incoming(node.id, port.id);
        return edges.empty() ? nullptr : job.findNode(edges.front()->fromNode);
    }
    return nullptr;
}

// Walks up first inputs to the source the user should give a processing-time column.
const model::Node* originSource(const model::JobGraph& job, const model::Node& node) {
    const model::Node* current = upstreamOf(job, node);
    for (std::size_t steps = 0; current && steps < job.nodes.size(); ++steps) {
        const NodeKind* kind = kindOf(*current);
        if (kind && kind->role == NodeRole::Source) return current;
        current = upstreamOf(job, *current);
    }
    return nullptr;
}

const analysis::Relation* inputRelation(const model::JobGraph& job, const std::map<std::string, analysis::Relation>& relations,
                              const model::Node& node) {
    const model::Node* upstream = upstreamOf(job, node);
    if (!upstream) return nullptr;
    auto found = relations.find(upstream->id);
    return found == relations.end() ? nullptr : &found->second;
}

// Sinks that can only append: a Kafka topic, or a table without a key to upsert on.
bool appendOnly(const model::Node& node, const NodeKind& kind) {
    switch (kind.changelog) {
    case kinds::SinkChangelog::AppendOnly: return true;
    case kinds::SinkChangelog::UpdatesWithPrimaryKey: return node.schema.primaryKey.empty();
    case kinds::SinkChangelog::Updates: return false;
    }
    return false;
}

}  // namespace

void checkStreamSemantics(const model::JobGraph& job, const std::map<std::string, analysis::Relation>& relations,
                          analysis::Findings& findings) {
    for (const model::Node& node : job.nodes) {
        const NodeKind* kind = kindOf(node);
        if (!kind) continue;
        const analysis::Relation* input = inputRelation(job, relations, node);
        if (!input) continue;
        if (kind->role == NodeRole::Lookup && input->procTimeColumn.empty()) {
            const model::Node* source = originSource(job, node);
            findings.add(analysis::rules::kLookupNeedsProcTime, node, "",
                         "lookup join needs a processing-time attribute on its input; set a processing-time "
                         "column on source " + (source ? analysis::nodeLabel(*source) : std::string("upstream")));
        }
        if (kind->role == NodeRole::Sink && input->updating && appendOnly(node, *kind)) {
            const bool keyable = kind->changelog == kinds::SinkChangelog::UpdatesWithPrimaryKey;
            findings.add(analysis::rules::kUpdatingIntoAppendSink, node, keyable ? "schema.primaryKey" : "",
                         std::string("its input is an updating stream (a continuous GROUP BY upstream), but this "
                                     "sink can only append; ") +
                             (keyable ? "declare a primary key so rows are upserted"
                                      : "use an Upsert Kafka sink with a primary key"));
        }
    }
}

}  // namespace sw::validate
