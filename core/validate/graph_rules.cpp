#include "validate/graph_rules.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "kinds/catalog.h"
#include "kinds/connection_rules.h"

namespace sw::validate {
namespace {

using kinds::NodeKind;

const NodeKind* kindOf(const model::Node& node) {
    return kinds::Catalog::instance().find(node.kind);
}

std::string edgeField(std::size_t index) {
    return "edges[" + std::to_string(index) + "]";
}

void checkIdsAndNames(const model::JobGraph& job, analysis::Findings& findings) {
    std::set<std::string> ids;
    std::set<std::string> names;
    for (const model::Node& node : job.nodes) {
        if (!ids.insert(node.id).second) {
            findings.add(analysis::rules::kDuplicateNodeId, node, "id",
                         "the id '" + node.id + "' is used by another node; ids must be unique");
        }
        // Names become SQL table and view names, so they must be present and distinct.
        if (node.name.empty()) {
            findings.add(analysis::rules::kEmptyNodeName, node, "name", "the name is empty; give the node a name");
        } else if (!names.insert(node.name).second) {
            findings.add(analysis::rules::kDuplicateNodeName, node, "name",
                         "another node is also named '" + node.name + "'; names must be unique");
        }
        if (!kindOf(node)) {
            findings.add(analysis::rules::kUnknownKind, node, "kind", "the node kind '" + node.kind + "' is not known");
        }
    }
}

// One end of an edge: the node must exist, the port must exist and point the right way.
void checkEdgeEnd(const model::JobGraph& job, std::size_t index, bool isTarget, analysis::Findings& findings) {
    const model::Edge& edge = job.edges[index];
    const std::string& nodeId = isTarget ? edge.toNode : edge.fromNode;
    const std::string& portId = isTarget ? edge.toPort : edge.fromPort;
    const char* end = isTarget ? "goes to" : "comes from";
    const model::Node* node = job.findNode(nodeId);
    if (!node) {
        const model::Node* other = job.findNode(isTarget ? edge.fromNode : edge.toNode);
        const std::string text = "connection " + std::to_string(index + 1) + " " + end + " node '" + nodeId +
                                 "', which does not exist";
        if (other) {
            findings.add(analysis::rules::kUnknownEdgeNode, *other, edgeField(index), text);
        } else {
            findings.addJob(analysis::rules::kUnknownEdgeNode, edgeField(index), text);
        }
        return;
    }
    const NodeKind* kind = kindOf(*node);
    if (!kind) return;  // reported as unknown-kind
    switch (kinds::portProblem(*kind, portId, isTarget)) {
    case kinds::ConnectionProblem::UnknownPort:
        findings.add(analysis::rules::kUnknownEdgePort, *node, edgeField(index),
                     "connection " + std::to_string(index + 1) + " uses port '" + portId +
                         "', which a " + kind->label + " node does not have");
        break;
    case kinds::ConnectionProblem::WrongDirection:
        findings.add(analysis::rules::kEdgeDirection, *node, edgeField(index),
                     "connection " + std::to_string(index + 1) + " uses the " + (isTarget ? "output" : "input") +
                         " port '" + portId + "' as an " + (isTarget ? "input" : "output") +
                         "; connect outputs to inputs");
        break;
    default: break;
    }
}

void checkPortUse(const model::JobGraph& job, analysis::Findings& findings) {
    for (const model::Node& node : job.nodes) {
        const NodeKind* kind = kindOf(node);
        if (!kind) continue;
        bool hasOutput = false;
        for (const auto& port : kind->ports) {
            if (!port.isInput) {
                hasOutput = true;
                continue;
            }
            const auto edges = job.incoming(node.id, port.id);
            if (edges.empty()) {
                findings.add(analysis::rules::kUnconnectedInput, node, "",
                             "the input port '" + port.label + "' is not connected");
            }
            for (std::size_t i = 1; !port.multiple && i < edges.size(); ++i) {
                findings.add(analysis::rules::kMultipleInputs, node, edgeField(edges[i] - job.edges.data()),
                             "the input port '" + port.label + "' accepts one connection, but has " +
                                 std::to_string(edges.size()));
            }
        }
        if (hasOutput && job.outgoing(node.id).empty()) {
            findings.add(analysis::rules::kUnusedOutput, node, "",
                         "its output goes nowhere; connect it or remove the node");
        }
    }
}

// Tarjan's strongly connected components: every component with a loop is one cycle report.
void checkCycles(const model::JobGraph& job, analysis::Findings& findings) {
    std::map<std::string, std::size_t> indexOf;
    for (std::size_t i = 0; i < job.nodes.size(); ++i) indexOf.emplace(job.nodes[i].id, i);
    std::vector<std::vector<std::size_t>> successors(job.nodes.size());
    std::vector<bool> selfLoop(job.nodes.size(), false);
    for (const model::Edge& edge : job.edges) {
        auto from = indexOf.find(edge.fromNode);
        auto to = indexOf.find(edge.toNode);
        if (from == indexOf.end() || to == indexOf.end()) continue;
        successors[from->second].push_back(to->second);
        if (from->second == to->second) selfLoop[from->second] = true;
    }
    const std::size_t unvisited = job.nodes.size();
    std::vector<std::size_t> order(job.nodes.size(), unvisited), low(job.nodes.size(), 0);
    std::vector<bool> onStack(job.nodes.size(), false);
    std::vector<std::size_t> stack;
    std::size_t counter = 0;
    std::function<void(std::size_t)> visit = [&](std::size_t v) {
        order[v] = low[v] = counter++;
        stack.push_back(v);
        onStack[v] = true;
        for (std::size_t w : successors[v]) {
            if (order[w] == unvisited) {
                visit(w);
                low[v] = std::min(low[v], low[w]);
            } else if (onStack[w]) {
                low[v] = std::min(low[v], order[w]);
            }
        }
        if (low[v] != order[v]) return;
        std::vector<std::size_t> component;
        std::size_t w;
        do {
            w = stack.back();
            stack.pop_back();
            onStack[w] = false;
            component.push_back(w);
        } while (w != v);
        if (component.size() == 1 && !selfLoop[v]) return;
        std::sort(component.begin(), component.end());
        std::string members;
        for (std::size_t m : component) members += (members.empty() ? "" : ", ") + analysis::nodeLabel(job.nodes[m]);
        findings.add(analysis::rules::kCycle, job.nodes[component.front()], "",
                     "the connections form a cycle through " + members + "; a job must flow one way");
    };
    for (std::size_t v = 0; v < job.nodes.size(); ++v) {
        if (order[v] == unvisited) visit(v);
    }
}

}  // namespace

void checkGraphStructure(const model::JobGraph& job, analysis::Findings& findings) {
    checkIdsAndNames(job, findings);
    for (std::size_t i = 0; i < job.edges.size(); ++i) {
        checkEdgeEnd(job, i, false, findings);
        checkEdgeEnd(job, i, true, findings);
    }
    checkPortUse(job, findings);
    checkCycles(job, findings);
}

}  // namespace sw::validate
