#include "commands/change_settings_command.h"

#include <QObject>

#include "commands/command_ids.h"
#include "document/job_document.h"

namespace sw::ui {

ChangeSettingsCommand::ChangeSettingsCommand(JobDocument* document, model::JobSettings before,
                                             model::JobSettings after, QString mergeKey, QUndoCommand* parent)
    : QUndoCommand(parent),
      m_document(document),
      m_before(std::move(before)),
      m_after(std::move(after)),
      m_mergeKey(std::move(mergeKey)) {
    setText(QObject::tr("Change job settings"));
}

int ChangeSettingsCommand::id() const { return ChangeSettingsCommandId; }

bool ChangeSettingsCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = static_cast<const ChangeSettingsCommand*>(other);
    if (m_mergeKey.isEmpty() || next->m_mergeKey != m_mergeKey) return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

void ChangeSettingsCommand::redo() { m_document->setSettings(m_after); }
void ChangeSettingsCommand::undo() { m_document->setSettings(m_before); }

}  // namespace sw::ui
