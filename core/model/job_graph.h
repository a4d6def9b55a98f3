#pragma once
// JobGraph: the whole job — nodes, directed edges between their ports, and job settings.

#include <optional>
#include <string>
#include <vector>

#include "model/job_settings.h"
#include "model/node.h"
#include "util/result.h"

namespace sw::model {

struct Edge {
    std::string fromNode;
    std::string fromPort;  // output port id, e.g. "out"
    std::string toNode;
    std::string toPort;    // input port id, e.g. "in", "probe"

    bool operator==(const Edge&) const = default;
};

class JobGraph {
public:
    std::string name;
    std::string description;
    JobSettings settings;
    std::vector<Node> nodes;
    std::vector<Edge> edges;

    const Node* findNode(std::string_view id) const;
    Node* findNode(std::string_view id);
    const Node* findNodeByName(std::string_view name) const;

    // Edges ending at `nodeId` (optionally only at `port`), in file order.
    std::vector<const Edge*> incoming(std::string_view nodeId, std::string_view port = {}) const;
    std::vector<const Edge*> outgoing(std::string_view nodeId) const;

    // Node ids in dependency order; an error naming a node on the cycle if there is one.
    Result<std::vector<std::string>> topologicalOrder() const;

    // A fresh id "<prefix>-<n>" not used by any node.
    std::string uniqueNodeId(std::string_view prefix) const;

    bool operator==(const JobGraph&) const = default;
};

}  // namespace sw::model
