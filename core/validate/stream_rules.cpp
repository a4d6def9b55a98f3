#include "validate/stream_rules.h"

#include "connectors/catalog.h"

namespace sw::validate {
namespace {

using connectors::NodeKind;
using connectors::NodeRole;

const NodeKind* kindOf(const model::Node& node) {
    return connectors::Catalog::instance().find(node.kind);
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

const Relation* inputRelation(const model::JobGraph& job, const std::map<std::string, Relation>& relations,
                              const model::Node& node) {
    const model::Node* upstream = upstreamOf(job, node);
    if (!upstream) return nullptr;
    auto found = relations.find(upstream->id);
    return found == relations.end() ? nullptr : &found->second;
}

// Sinks that can only append: a Kafka topic, or a table without a key to upsert on.
bool appendOnly(const model::Node& node, const NodeKind& kind) {
    if (kind.id == "kafka-sink") return true;
    if (kind.id == "mysql-sink" || kind.id == "jdbc-sink") return node.schema.primaryKey.empty();
    return false;
}

}  // namespace

void checkStreamSemantics(const model::JobGraph& job, const std::map<std::string, Relation>& relations,
                          Findings& findings) {
    for (const model::Node& node : job.nodes) {
        const NodeKind* kind = kindOf(node);
        if (!kind) continue;
        const Relation* input = inputRelation(job, relations, node);
        if (!input) continue;
        if (kind->role == NodeRole::Lookup && input->procTimeColumn.empty()) {
            const model::Node* source = originSource(job, node);
            findings.add(rules::kLookupNeedsProcTime, node, "",
                         "lookup join needs a processing-time attribute on its input; set a processing-time "
                         "column on source " + (source ? nodeLabel(*source) : std::string("upstream")));
        }
        if (kind->role == NodeRole::Sink && input->updating && appendOnly(node, *kind)) {
            const bool keyable = kind->id != "kafka-sink";
            findings.add(rules::kUpdatingIntoAppendSink, node, keyable ? "schema.primaryKey" : "",
                         std::string("its input is an updating stream (a continuous GROUP BY upstream), but this "
                                     "sink can only append; ") +
                             (keyable ? "declare a primary key so rows are upserted"
                                      : "use an Upsert Kafka sink with a primary key"));
        }
    }
}

}  // namespace sw::validate
