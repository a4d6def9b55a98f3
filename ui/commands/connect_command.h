#pragma once
// ConnectCommand: adds one edge (checked beforehand with ConnectionRules).

#include <QUndoCommand>

#include "model/job_graph.h"

namespace sw::ui {

class JobDocument;

class ConnectCommand : public QUndoCommand {
public:
    ConnectCommand(JobDocument* document, model::Edge edge, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    JobDocument* m_document;
    model::Edge m_edge;
    int m_index = -1;
};

}  // namespace sw::ui
