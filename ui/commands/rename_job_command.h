#pragma once
// RenameJobCommand: gives the job another name (the file's "name", the SQL header's job name).

#include <QUndoCommand>
#include <string>

namespace sw::ui {

class JobDocument;

class RenameJobCommand : public QUndoCommand {
public:
    RenameJobCommand(JobDocument* document, std::string before, std::string after, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    JobDocument* m_document;
    std::string m_before;
    std::string m_after;
};

}  // namespace sw::ui
