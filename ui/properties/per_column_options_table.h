#pragma once
// PerColumnOptionsTable: options that exist once per schema column ("fields.#.kind") as a
// column x option table; cells whose visibleWhen is not met for that column are disabled.

#include <QWidget>
#include <vector>

#include "connectors/node_kind.h"
#include "model/node.h"
#include "validate/diagnostic.h"

class QTableWidget;
class QTableWidgetItem;

namespace sw::ui {

class DiagnosticLine;
class NodeEditTarget;

class PerColumnOptionsTable : public QWidget {
    Q_OBJECT
public:
    PerColumnOptionsTable(const connectors::NodeKind& kind, NodeEditTarget* target, QWidget* parent = nullptr);

    void refresh(const model::Node& node, const std::vector<validate::Diagnostic>& diagnostics);
    QTableWidget* table() const { return m_table; }

    // "fields.#.kind" for column "amount" -> "fields.amount.kind".
    static std::string optionKey(const connectors::OptionDescriptor& descriptor, const std::string& column);

private:
    void rebuild(const model::Node& node);
    void onItemChanged(QTableWidgetItem* item);
    bool isApplicable(const model::Node& node, const connectors::OptionDescriptor& d, const std::string& column) const;

    std::vector<const connectors::OptionDescriptor*> m_options;
    const connectors::NodeKind& m_kind;
    NodeEditTarget* m_target;
    QTableWidget* m_table;
    DiagnosticLine* m_diagnostics;
    model::Node m_shown;  // what the table currently displays
};

}  // namespace sw::ui
