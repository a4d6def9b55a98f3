#pragma once
// RemoveNodesCommand: deletes nodes with every edge touching them (plus any extra edges);
// undo puts nodes and edges back at their original positions in the file.

#include <QStringList>
#include <QUndoCommand>
#include <utility>
#include <vector>

#include "model/job_graph.h"

namespace sw::ui {

class JobDocument;

class RemoveNodesCommand : public QUndoCommand {
public:
    RemoveNodesCommand(JobDocument* document, const QStringList& nodeIds,
                       const std::vector<model::Edge>& extraEdges = {}, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    JobDocument* m_document;
    std::vector<std::pair<int, model::Node>> m_nodes;  // ascending file index
    std::vector<std::pair<int, model::Edge>> m_edges;  // ascending file index
};

}  // namespace sw::ui
