#pragma once
// DisconnectCommand: removes one edge; undo puts it back at its place in the file.

#include <QUndoCommand>

#include "model/job_graph.h"

namespace sw::ui {

class JobDocument;

class DisconnectCommand : public QUndoCommand {
public:
    DisconnectCommand(JobDocument* document, model::Edge edge, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    JobDocument* m_document;
    model::Edge m_edge;
    int m_index = -1;
};

}  // namespace sw::ui
