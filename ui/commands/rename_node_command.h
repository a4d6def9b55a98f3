#pragma once
// RenameNodeCommand: a node edit that changes only the name (inline rename on the canvas).

#include "commands/change_node_command.h"

namespace sw::ui {

class RenameNodeCommand : public ChangeNodeCommand {
public:
    RenameNodeCommand(JobDocument* document, const model::Node& node, const QString& newName,
                      QUndoCommand* parent = nullptr);

private:
    static model::Node renamed(model::Node node, const QString& newName);
};

}  // namespace sw::ui
