#pragma once
// OptionForm: the options of one node kind as typed fields in collapsible sections (one per
// OptionDescriptor::group), with required marks, SQL keys, visibleWhen and inline diagnostics.

#include <QHash>
#include <QWidget>
#include <vector>

#include "kinds/node_kind.h"
#include "model/node.h"
#include "model/user_function.h"
#include "analysis/diagnostic.h"

class QFormLayout;
class QLabel;

namespace sw::ui {

class CollapsibleSection;
class DiagnosticLine;
class NodeEditTarget;
class OptionField;

class OptionForm : public QWidget {
    Q_OBJECT
public:
    // Per-column options ("fields.#.kind") are not part of the form (PerColumnOptionsTable).
    OptionForm(const kinds::NodeKind& kind, NodeEditTarget* target, QWidget* parent = nullptr);

    void refresh(const model::Node& node, const std::vector<analysis::Diagnostic>& diagnostics,
                 const std::vector<model::Column>& inputColumns, const std::vector<model::UserFunction>& functions,
                 kinds::Dialect dialect);

    OptionField* field(const QString& optionId) const;
    bool isOptionShown(const QString& optionId) const;  // false when its visibleWhen is not met
    bool hasOption(const QString& optionId) const { return m_rows.contains(optionId); }
    QLabel* label(const QString& optionId) const;
    DiagnosticLine* diagnosticLine(const QString& optionId) const;
    bool isEmpty() const { return m_rows.isEmpty(); }

    // "properties.bootstrap.servers in kafka", or why the option is not in the SQL.
    static QString sqlKeyText(const kinds::OptionDescriptor& descriptor, const std::string& connector);

private:
    struct Row {
        const kinds::OptionDescriptor* descriptor = nullptr;
        QLabel* label = nullptr;
        OptionField* field = nullptr;
        DiagnosticLine* diagnostics = nullptr;
        QFormLayout* layout = nullptr;
        CollapsibleSection* section = nullptr;
        bool shown = true;
    };

    void addRow(const kinds::OptionDescriptor& descriptor, CollapsibleSection* section, QFormLayout* layout);

    const kinds::NodeKind& m_kind;
    NodeEditTarget* m_target;
    QHash<QString, Row> m_rows;
    std::vector<CollapsibleSection*> m_sections;
};

}  // namespace sw::ui
