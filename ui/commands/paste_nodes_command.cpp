#include "commands/paste_nodes_command.h"

#include <QObject>
#include <map>
#include <set>

#include "document/job_document.h"
#include "document/node_naming.h"

namespace sw::ui {

PasteNodesCommand::PasteNodesCommand(JobDocument* document, const model::JobGraph& fragment,
                                     model::Position offset, QUndoCommand* parent)
    : QUndoCommand(parent), m_document(document) {
    const model::JobGraph& job = document->job();
    std::set<std::string> takenIds;
    std::set<std::string> takenNames;
    std::map<std::string, std::string> freshIds;  // fragment id -> pasted id
    for (model::Node node : fragment.nodes) {
        const std::string oldId = node.id;
        node.id = uniqueNodeId(job, node.kind, takenIds);
        node.name = uniqueNodeName(job, node.name, takenNames);
        node.position = {node.position.x + offset.x, node.position.y + offset.y};
        takenIds.insert(node.id);
        takenNames.insert(node.name);
        freshIds[oldId] = node.id;
        m_nodes.push_back(std::move(node));
    }
    for (const model::Edge& edge : fragment.edges) {
        auto from = freshIds.find(edge.fromNode);
        auto to = freshIds.find(edge.toNode);
        if (from == freshIds.end() || to == freshIds.end()) continue;
        m_edges.push_back({from->second, edge.fromPort, to->second, edge.toPort});
    }
    setText(QObject::tr("Paste %n node(s)", nullptr, int(m_nodes.size())));
}

QStringList PasteNodesCommand::pastedIds() const {
    QStringList ids;
    for (const model::Node& node : m_nodes) ids << QString::fromStdString(node.id);
    return ids;
}

void PasteNodesCommand::redo() {
    m_previousSelection = m_document->selectedNodeIds();
    JobDocument::ChangeBatch batch(*m_document);
    for (const model::Node& node : m_nodes) m_document->insertNode(int(m_document->job().nodes.size()), node);
    for (const model::Edge& edge : m_edges) m_document->insertEdge(int(m_document->job().edges.size()), edge);
    m_document->setSelectedNodeIds(pastedIds());  // the copy is what the user works on next
}

void PasteNodesCommand::undo() {
    JobDocument::ChangeBatch batch(*m_document);
    // The pasted edges are the last ones of the file; the pasted nodes the last nodes.
    for (std::size_t i = 0; i < m_edges.size(); ++i) m_document->removeEdge(int(m_document->job().edges.size()) - 1);
    for (const model::Node& node : m_nodes) m_document->removeNode(QString::fromStdString(node.id));
    m_document->setSelectedNodeIds(m_previousSelection);
}

}  // namespace sw::ui
