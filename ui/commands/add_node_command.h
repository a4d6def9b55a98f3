#pragma once
// AddNodeCommand: appends one node to the job (palette double-click or drop).

#include <QUndoCommand>

#include "model/node.h"

namespace sw::ui {

class JobDocument;

class AddNodeCommand : public QUndoCommand {
public:
    AddNodeCommand(JobDocument* document, model::Node node, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    const model::Node& node() const { return m_node; }

private:
    JobDocument* m_document;
    model::Node m_node;
};

}  // namespace sw::ui
