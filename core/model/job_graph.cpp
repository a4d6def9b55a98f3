#include "model/job_graph.h"

#include <algorithm>
#include <map>

namespace sw::model {

const Node* JobGraph::findNode(std::string_view id) const {
    for (const Node& node : nodes)
        if (node.id == id) return &node;
    return nullptr;
}

Node* JobGraph::findNode(std::string_view id) {
    return const_cast<Node*>(std::as_const(*this).findNode(id));
}

const Node* JobGraph::findNodeByName(std::string_view name) const {
    for (const Node& node : nodes)
        if (node.name == name) return &node;
    return nullptr;
}

std::vector<const Edge*> JobGraph::incoming(std::string_view nodeId, std::string_view port) const {
    std::vector<const Edge*> result;
    for (const Edge& edge : edges)
        if (edge.toNode == nodeId && (port.empty() || edge.toPort == port)) result.push_back(&edge);
    return result;
}

std::vector<const Edge*> JobGraph::outgoing(std::string_view nodeId) const {
    std::vector<const Edge*> result;
    for (const Edge& edge : edges)
        if (edge.fromNode == nodeId) result.push_back(&edge);
    return result;
}

Result<std::vector<std::string>> JobGraph::topologicalOrder() const {
    // Kahn's algorithm; ties broken by file order so the result is deterministic.
    std::map<std::string, int> pending;
    for (const Node& node : nodes) pending[node.id] = 0;
    for (const Edge& edge : edges)
        if (pending.contains(edge.fromNode) && pending.contains(edge.toNode)) ++pending[edge.toNode];

    std::vector<std::string> order;
    std::vector<bool> done(nodes.size(), false);
    bool progressed = true;
    while (progressed) {
        progressed = false;
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            if (done[i] || pending[nodes[i].id] != 0) continue;
            done[i] = true;
            progressed = true;
            order.push_back(nodes[i].id);
            for (const Edge* edge : outgoing(nodes[i].id))
                if (pending.contains(edge->toNode)) --pending[edge->toNode];
            break;  // restart from the top: keeps file order among ready nodes
        }
    }
    if (order.size() == nodes.size()) return order;

    // Peel off nodes that only lead out of the remainder; what is left lies on a cycle.
    std::vector<bool> onCycle(nodes.size());
    for (std::size_t i = 0; i < nodes.size(); ++i) onCycle[i] = !done[i];
    for (bool peeled = true; peeled;) {
        peeled = false;
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            if (!onCycle[i]) continue;
            const auto out = outgoing(nodes[i].id);
            const bool feedsRemainder = std::any_of(out.begin(), out.end(), [&](const Edge* edge) {
                for (std::size_t j = 0; j < nodes.size(); ++j)
                    if (onCycle[j] && nodes[j].id == edge->toNode) return true;
                return false;
            });
            if (!feedsRemainder) onCycle[i] = false, peeled = true;
        }
    }
    std::string cycle;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (!onCycle[i]) continue;
        if (!cycle.empty()) cycle += ", ";
        cycle += "'" + nodes[i].name + "'";
    }
    return Error{"the graph has a cycle through " + cycle, "edges"};
}

std::string JobGraph::uniqueNodeId(std::string_view prefix) const {
    for (int n = 1;; ++n) {
        std::string candidate = std::string(prefix) + "-" + std::to_string(n);
        if (!findNode(candidate)) return candidate;
    }
}

}  // namespace sw::model
