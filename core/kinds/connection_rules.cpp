#include "kinds/connection_rules.h"

#include <algorithm>
#include <set>

#include "kinds/catalog.h"

namespace sw::kinds {

ConnectionProblem portProblem(const NodeKind& kind, const std::string& portId, bool atTarget) {
    const PortDescriptor* port = kind.port(portId);
    if (!port) return ConnectionProblem::UnknownPort;
    return port->isInput == atTarget ? ConnectionProblem::None : ConnectionProblem::WrongDirection;
}

ConnectionVerdict checkConnection(const model::JobGraph& job, const model::Edge& edge) {
    ConnectionVerdict verdict;
    verdict.from = job.findNode(edge.fromNode);
    verdict.to = job.findNode(edge.toNode);
    auto refuse = [&](ConnectionProblem problem) {
        verdict.problem = problem;
        return verdict;
    };
    if (!verdict.from || !verdict.to) return refuse(ConnectionProblem::MissingNode);
    const Catalog& catalog = Catalog::instance();
    const NodeKind* fromKind = catalog.find(verdict.from->kind);
    const NodeKind* toKind = catalog.find(verdict.to->kind);
    if (!fromKind || !toKind) return refuse(ConnectionProblem::UnknownKind);
    if (edge.fromNode == edge.toNode) return refuse(ConnectionProblem::SelfLoop);
    if (std::ranges::none_of(fromKind->ports, [](const PortDescriptor& port) { return !port.isInput; }))
        return refuse(ConnectionProblem::FromSink);
    verdict.toPort = toKind->port(edge.toPort);
    if (!fromKind->port(edge.fromPort) || !verdict.toPort) return refuse(ConnectionProblem::UnknownPort);
    if (portProblem(*fromKind, edge.fromPort, false) != ConnectionProblem::None ||
        portProblem(*toKind, edge.toPort, true) != ConnectionProblem::None)
        return refuse(ConnectionProblem::WrongDirection);
    if (std::ranges::find(job.edges, edge) != job.edges.end()) return refuse(ConnectionProblem::AlreadyConnected);
    if (!verdict.toPort->multiple && !job.incoming(edge.toNode, edge.toPort).empty())
        return refuse(ConnectionProblem::InputTaken);
    if (reaches(job, edge.toNode, edge.fromNode)) return refuse(ConnectionProblem::Cycle);
    return verdict;
}

// Depth-first search along the edges; a job is small enough not to need an index.
bool reaches(const model::JobGraph& job, const std::string& from, const std::string& to) {
    std::set<std::string> seen;
    std::vector<std::string> pending{from};
    while (!pending.empty()) {
        std::string current = std::move(pending.back());
        pending.pop_back();
        if (current == to) return true;
        if (!seen.insert(current).second) continue;
        for (const model::Edge* edge : job.outgoing(current)) pending.push_back(edge->toNode);
    }
    return false;
}

}  // namespace sw::kinds
