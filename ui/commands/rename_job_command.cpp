#include "commands/rename_job_command.h"

#include <QObject>

#include "document/job_document.h"

namespace sw::ui {

RenameJobCommand::RenameJobCommand(JobDocument* document, std::string before, std::string after, QUndoCommand* parent)
    : QUndoCommand(parent), m_document(document), m_before(std::move(before)), m_after(std::move(after)) {
    setText(QObject::tr("Rename job to '%1'").arg(QString::fromStdString(m_after)));
}

void RenameJobCommand::redo() { m_document->setJobName(m_after); }

void RenameJobCommand::undo() { m_document->setJobName(m_before); }

}  // namespace sw::ui
