#pragma once
// PerColumnOptionsTable: options that exist once per schema column ("fields.#.kind") as a
// column x option table; cells whose visibleWhen is not met for that column are disabled.

#include <QWidget>
#include <vector>

#include "kinds/node_kind.h"
#include "model/node.h"
#include "analysis/diagnostic.h"

class QTableWidget;
class QTableWidgetItem;

namespace sw::ui {

class DiagnosticLine;
class NodeEditTarget;

class PerColumnOptionsTable : public QWidget {
    Q_OBJECT
public:
    PerColumnOptionsTable(const kinds::NodeKind& kind, NodeEditTarget* target, QWidget* parent = nullptr);

    void refresh(const model::Node& node, const std::vector<analysis::Diagnostic>& diagnostics);
    QTableWidget* table() const { return m_table; }

private:
    void rebuild(const model::Node& node);
    void onItemChanged(QTableWidgetItem* item);

    std::vector<const kinds::OptionDescriptor*> m_options;
    const kinds::NodeKind& m_kind;
    NodeEditTarget* m_target;
    QTableWidget* m_table;
    DiagnosticLine* m_diagnostics;
    model::Node m_shown;  // what the table currently displays
};

}  // namespace sw::ui
