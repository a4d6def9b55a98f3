#pragma once
// QUndoCommand::id() values of the commands that merge with their predecessor.

namespace sw::ui {

enum CommandId {
    MoveNodesCommandId = 1,
    ChangeNodeCommandId,
    ChangeSettingsCommandId,
};

}  // namespace sw::ui
