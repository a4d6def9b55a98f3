#pragma once
// JoinKeysEditor: a lookup's join condition as rows of probe column = dimension column.

#include <QWidget>
#include <vector>

#include "model/node.h"
#include "analysis/diagnostic.h"

class QComboBox;
class QPushButton;
class QVBoxLayout;

namespace sw::ui {

class DiagnosticLine;
class NodeEditTarget;

class JoinKeysEditor : public QWidget {
    Q_OBJECT
public:
    explicit JoinKeysEditor(NodeEditTarget* target, QWidget* parent = nullptr);

    // `probeColumns`: the input stream's columns; the dimension columns are the node's schema.
    void refresh(const model::Node& node, const std::vector<model::Column>& probeColumns,
                 const std::vector<analysis::Diagnostic>& diagnostics);

    int rowCount() const { return int(m_rows.size()); }
    QComboBox* probeCombo(int row) const { return m_rows[std::size_t(row)].probe; }
    QComboBox* dimCombo(int row) const { return m_rows[std::size_t(row)].dim; }
    QPushButton* addButton() const { return m_add; }

private:
    struct Row {
        QWidget* widget;
        QComboBox* probe;
        QComboBox* dim;
        DiagnosticLine* diagnostics;
    };
    Row makeRow(int index);
    void rebuildRows(std::size_t count);

    NodeEditTarget* m_target;
    std::vector<Row> m_rows;
    QVBoxLayout* m_rowLayout;
    QPushButton* m_add;
    DiagnosticLine* m_diagnostics;
};

}  // namespace sw::ui
