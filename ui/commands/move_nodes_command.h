#pragma once
// MoveNodesCommand: new positions for some nodes (a drag, a nudge, an automatic layout).

#include <QString>
#include <QUndoCommand>
#include <vector>

#include "model/node.h"

namespace sw::ui {

class JobDocument;

struct NodeMove {
    QString nodeId;
    model::Position from;
    model::Position to;
};

class MoveNodesCommand : public QUndoCommand {
public:
    MoveNodesCommand(JobDocument* document, std::vector<NodeMove> moves, QUndoCommand* parent = nullptr);

    // A continued gesture (another nudge or drag step of the same nodes) merges into the
    // previous move of exactly those nodes, so undo goes back to where the gesture began.
    void setContinuation(bool continuation) { m_continuation = continuation; }

    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;
    void redo() override;
    void undo() override;

private:
    void apply(bool forward);

    JobDocument* m_document;
    std::vector<NodeMove> m_moves;
    bool m_continuation = false;
};

}  // namespace sw::ui
