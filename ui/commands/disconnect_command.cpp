#include "commands/disconnect_command.h"

#include <QObject>
#include <algorithm>

#include "document/job_document.h"

namespace sw::ui {

DisconnectCommand::DisconnectCommand(JobDocument* document, model::Edge edge, QUndoCommand* parent)
    : QUndoCommand(parent), m_document(document), m_edge(std::move(edge)) {
    setText(QObject::tr("Disconnect"));
}

void DisconnectCommand::redo() {
    const auto& edges = m_document->job().edges;
    auto it = std::ranges::find(edges, m_edge);
    m_index = it == edges.end() ? -1 : int(it - edges.begin());
    m_document->removeEdge(m_index);
}

void DisconnectCommand::undo() {
    if (m_index >= 0) m_document->insertEdge(m_index, m_edge);
}

}  // namespace sw::ui
