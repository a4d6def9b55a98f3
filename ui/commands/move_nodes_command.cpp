#include "commands/move_nodes_command.h"

#include <QObject>
#include <algorithm>

#include "commands/command_ids.h"
#include "document/job_document.h"

namespace sw::ui {

MoveNodesCommand::MoveNodesCommand(JobDocument* document, std::vector<NodeMove> moves, QUndoCommand* parent)
    : QUndoCommand(parent), m_document(document), m_moves(std::move(moves)) {
    setText(m_moves.size() == 1 ? QObject::tr("Move node") : QObject::tr("Move %n node(s)", nullptr, int(m_moves.size())));
}

int MoveNodesCommand::id() const { return MoveNodesCommandId; }

bool MoveNodesCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = static_cast<const MoveNodesCommand*>(other);
    if (!next->m_continuation || next->m_moves.size() != m_moves.size()) return false;
    for (const NodeMove& move : next->m_moves) {
        if (std::ranges::find(m_moves, move.nodeId, &NodeMove::nodeId) == m_moves.end()) return false;
    }
    for (const NodeMove& move : next->m_moves) {
        std::ranges::find(m_moves, move.nodeId, &NodeMove::nodeId)->to = move.to;
    }
    setObsolete(std::ranges::all_of(m_moves, [](const NodeMove& m) { return m.from == m.to; }));
    return true;
}

void MoveNodesCommand::redo() { apply(true); }
void MoveNodesCommand::undo() { apply(false); }

void MoveNodesCommand::apply(bool forward) {
    JobDocument::ChangeBatch batch(*m_document);
    for (const NodeMove& move : m_moves) m_document->setNodePosition(move.nodeId, forward ? move.to : move.from);
}

}  // namespace sw::ui
