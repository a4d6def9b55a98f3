#include "commands/add_node_command.h"

#include <QObject>

#include "document/job_document.h"

namespace sw::ui {

AddNodeCommand::AddNodeCommand(JobDocument* document, model::Node node, QUndoCommand* parent)
    : QUndoCommand(parent), m_document(document), m_node(std::move(node)) {
    setText(QObject::tr("Add %1").arg(QString::fromStdString(m_node.name)));
}

void AddNodeCommand::redo() {
    const QString id = QString::fromStdString(m_node.id);
    m_document->insertNode(int(m_document->job().nodes.size()), m_node);
    m_document->setSelectedNodeIds({id});
}

void AddNodeCommand::undo() { m_document->removeNode(QString::fromStdString(m_node.id)); }

}  // namespace sw::ui
