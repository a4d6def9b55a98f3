#pragma once
// GroupByEditor: the grouping columns of a window aggregate as a checkable list of input columns.

#include <QWidget>
#include <vector>

#include "model/node.h"
#include "analysis/diagnostic.h"

class QListWidget;

namespace sw::ui {

class DiagnosticLine;
class NodeEditTarget;

class GroupByEditor : public QWidget {
    Q_OBJECT
public:
    explicit GroupByEditor(NodeEditTarget* target, QWidget* parent = nullptr);

    void refresh(const model::Node& node, const std::vector<model::Column>& inputColumns,
                 const std::vector<analysis::Diagnostic>& diagnostics);

    QListWidget* list() const { return m_list; }

private:
    void commit();

    NodeEditTarget* m_target;
    QListWidget* m_list;
    DiagnosticLine* m_diagnostics;
};

}  // namespace sw::ui
