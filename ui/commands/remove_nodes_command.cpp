#include "commands/remove_nodes_command.h"

#include <QObject>
#include <algorithm>
#include <ranges>
#include <set>

#include "document/job_document.h"

namespace sw::ui {

RemoveNodesCommand::RemoveNodesCommand(JobDocument* document, const QStringList& nodeIds,
                                       const std::vector<model::Edge>& extraEdges, QUndoCommand* parent)
    : QUndoCommand(parent), m_document(document) {
    const model::JobGraph& job = document->job();
    std::set<std::string> removed;
    for (const QString& id : nodeIds) removed.insert(id.toStdString());
    for (int i = 0; i < int(job.nodes.size()); ++i) {
        if (removed.contains(job.nodes[i].id)) m_nodes.emplace_back(i, job.nodes[i]);
    }
    for (int i = 0; i < int(job.edges.size()); ++i) {
        const model::Edge& edge = job.edges[i];
        if (removed.contains(edge.fromNode) || removed.contains(edge.toNode) ||
            std::ranges::find(extraEdges, edge) != extraEdges.end()) {
            m_edges.emplace_back(i, edge);
        }
    }
    if (m_nodes.size() == 1) {
        setText(QObject::tr("Delete %1").arg(QString::fromStdString(m_nodes.front().second.name)));
    } else if (m_nodes.empty()) {
        setText(QObject::tr("Delete %n connection(s)", nullptr, int(m_edges.size())));
    } else {
        setText(QObject::tr("Delete %n node(s)", nullptr, int(m_nodes.size())));
    }
}

void RemoveNodesCommand::redo() {
    JobDocument::ChangeBatch batch(*m_document);
    // Back to front, so the recorded indices stay valid while erasing.
    for (const auto& [index, edge] : std::views::reverse(m_edges)) m_document->removeEdge(index);
    for (const auto& [index, node] : std::views::reverse(m_nodes)) {
        m_document->removeNode(QString::fromStdString(node.id));
    }
}

void RemoveNodesCommand::undo() {
    JobDocument::ChangeBatch batch(*m_document);
    QStringList restored;
    for (const auto& [index, node] : m_nodes) {
        m_document->insertNode(index, node);
        restored << QString::fromStdString(node.id);
    }
    for (const auto& [index, edge] : m_edges) m_document->insertEdge(index, edge);
    m_document->setSelectedNodeIds(restored);
}

}  // namespace sw::ui
