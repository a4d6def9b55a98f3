#include "commands/connect_command.h"

#include <QObject>

#include "document/job_document.h"

namespace sw::ui {

ConnectCommand::ConnectCommand(JobDocument* document, model::Edge edge, QUndoCommand* parent)
    : QUndoCommand(parent), m_document(document), m_edge(std::move(edge)) {
    setText(QObject::tr("Connect"));
}

void ConnectCommand::redo() {
    m_index = int(m_document->job().edges.size());
    m_document->insertEdge(m_index, m_edge);
}

void ConnectCommand::undo() { m_document->removeEdge(m_index); }

}  // namespace sw::ui
