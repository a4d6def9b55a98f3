#pragma once
// PasteNodesCommand: adds copied nodes and the edges among them under fresh ids and names.

#include <QStringList>
#include <QUndoCommand>
#include <vector>

#include "model/job_graph.h"

namespace sw::ui {

class JobDocument;

class PasteNodesCommand : public QUndoCommand {
public:
    // `fragment` holds the copied nodes and edges (edges leaving the fragment are dropped);
    // every position is shifted by `offset`.
    PasteNodesCommand(JobDocument* document, const model::JobGraph& fragment, model::Position offset,
                      QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    QStringList pastedIds() const;

private:
    JobDocument* m_document;
    std::vector<model::Node> m_nodes;
    std::vector<model::Edge> m_edges;
    QStringList m_previousSelection;
};

}  // namespace sw::ui
