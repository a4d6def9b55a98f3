#include "document/connection_rules.h"

#include <algorithm>
#include <QObject>
#include <set>

#include "connectors/catalog.h"

namespace sw::ui {

namespace {

ConnectionVerdict refuse(const QString& reason) { return {false, reason}; }

QString quoted(const std::string& text) {
    return QLatin1Char('\'') + QString::fromStdString(text) + QLatin1Char('\'');
}

}  // namespace

ConnectionVerdict ConnectionRules::check(const model::JobGraph& job, const model::Edge& edge) {
    const model::Node* from = job.findNode(edge.fromNode);
    const model::Node* to = job.findNode(edge.toNode);
    if (!from || !to) return refuse(QObject::tr("The node no longer exists."));
    const auto& catalog = connectors::Catalog::instance();
    const connectors::NodeKind* fromKind = catalog.find(from->kind);
    const connectors::NodeKind* toKind = catalog.find(to->kind);
    if (!fromKind || !toKind) return refuse(QObject::tr("The node kind is unknown."));

    if (edge.fromNode == edge.toNode) return refuse(QObject::tr("A node cannot connect to itself."));
    if (fromKind->role == connectors::NodeRole::Sink) {
        return refuse(QObject::tr("%1 is a sink: sinks have no outputs.").arg(quoted(from->name)));
    }
    const connectors::PortDescriptor* fromPort = fromKind->port(edge.fromPort);
    const connectors::PortDescriptor* toPort = toKind->port(edge.toPort);
    if (!fromPort || !toPort) return refuse(QObject::tr("The port does not exist."));
    if (fromPort->isInput || !toPort->isInput) {
        return refuse(QObject::tr("Connect an output (right side) to an input (left side)."));
    }
    if (std::ranges::find(job.edges, edge) != job.edges.end()) {
        return refuse(QObject::tr("These ports are already connected."));
    }
    if (!toPort->multiple && !job.incoming(edge.toNode, edge.toPort).empty()) {
        return refuse(QObject::tr("The input %1 of %2 takes one connection; remove the existing one first.")
                          .arg(QString::fromStdString(toPort->label), quoted(to->name)));
    }
    if (reaches(job, edge.toNode, edge.fromNode)) {
        return refuse(QObject::tr("This would create a cycle: %1 already feeds %2.")
                          .arg(quoted(to->name), quoted(from->name)));
    }
    return {true, {}};
}

// Depth-first search along the edges; the graph is small enough not to need an index.
bool ConnectionRules::reaches(const model::JobGraph& job, const std::string& from, const std::string& to) {
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

}  // namespace sw::ui
