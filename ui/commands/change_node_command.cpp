#include "commands/change_node_command.h"

#include <QObject>

#include "commands/command_ids.h"
#include "document/job_document.h"

namespace sw::ui {

ChangeNodeCommand::ChangeNodeCommand(JobDocument* document, model::Node before, model::Node after,
                                     QString mergeKey, QUndoCommand* parent)
    : QUndoCommand(parent),
      m_document(document),
      m_before(std::move(before)),
      m_after(std::move(after)),
      m_mergeKey(std::move(mergeKey)) {
    setText(QObject::tr("Edit %1").arg(QString::fromStdString(m_before.name)));
}

int ChangeNodeCommand::id() const { return ChangeNodeCommandId; }

bool ChangeNodeCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = static_cast<const ChangeNodeCommand*>(other);
    if (m_mergeKey.isEmpty() || next->m_mergeKey != m_mergeKey || next->m_after.id != m_after.id) return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);  // typed and then erased again: no step at all
    return true;
}

void ChangeNodeCommand::redo() { m_document->replaceNode(m_after); }
void ChangeNodeCommand::undo() { m_document->replaceNode(m_before); }

}  // namespace sw::ui
