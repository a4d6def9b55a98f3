#include "commands/rename_node_command.h"

#include <QObject>

namespace sw::ui {

RenameNodeCommand::RenameNodeCommand(JobDocument* document, const model::Node& node, const QString& newName,
                                     QUndoCommand* parent)
    : ChangeNodeCommand(document, node, renamed(node, newName), {}, parent) {
    setText(QObject::tr("Rename %1 to %2").arg(QString::fromStdString(node.name), newName));
}

model::Node RenameNodeCommand::renamed(model::Node node, const QString& newName) {
    node.name = newName.toStdString();
    return node;
}

}  // namespace sw::ui
