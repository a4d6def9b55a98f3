#include "properties/option_form.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>

#include "i18n/core_text.h"
#include "properties/collapsible_section.h"
#include "properties/diagnostic_line.h"
#include "properties/node_edit_target.h"
#include "properties/option_field.h"
#include "properties/secret_edit.h"
#include "analysis/findings.h"

namespace sw::ui {

OptionForm::OptionForm(const kinds::NodeKind& kind, NodeEditTarget* target, QWidget* parent)
    : QWidget(parent), m_kind(kind), m_target(target) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    struct Group {
        CollapsibleSection* section;
        QFormLayout* form;
    };
    QHash<QString, Group> groups;  // sections appear in the order of their first option
    for (const kinds::OptionDescriptor& descriptor : kind.options) {
        if (descriptor.perColumn) continue;
        const QString title = descriptor.group.empty() ? tr("General") : coreText(descriptor.group);
        if (!groups.contains(title)) {
            auto* section = new CollapsibleSection(title, this);
            auto* form = new QFormLayout(section->content());
            form->setContentsMargins(4, 0, 0, 0);
            form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
            form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
            form->setRowWrapPolicy(QFormLayout::DontWrapRows);
            groups.insert(title, {section, form});
            m_sections.push_back(section);
            layout->addWidget(section);
        }
        const Group group = groups.value(title);
        addRow(descriptor, group.section, group.form);
    }
    // One label width for all sections, so the fields line up from section to section.
    int labelWidth = 0;
    for (const Row& row : std::as_const(m_rows)) labelWidth = std::max(labelWidth, row.label->sizeHint().width());
    labelWidth = std::min(labelWidth, fontMetrics().averageCharWidth() * 22);
    for (const Row& row : std::as_const(m_rows)) row.label->setFixedWidth(labelWidth);
}

void OptionForm::addRow(const kinds::OptionDescriptor& descriptor, CollapsibleSection* section,
                        QFormLayout* layout) {
    Row row;
    row.descriptor = &descriptor;
    row.section = section;
    row.layout = layout;
    const QString text = coreText(descriptor.label) + (descriptor.required ? QStringLiteral(" *") : QString());
    row.label = new QLabel(text, section->content());
    row.label->setWordWrap(true);

    auto* cell = new QWidget(section->content());
    auto* cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(1);
    row.field = createOptionField(descriptor, cell);
    row.diagnostics = new DiagnosticLine(cell);
    cellLayout->addWidget(row.field);
    cellLayout->addWidget(row.diagnostics);
    row.label->setBuddy(row.field);
    layout->addRow(row.label, cell);

    const QString id = QString::fromStdString(descriptor.id);
    connect(row.field, &OptionField::edited, this, [this, id](const QString& value) { m_target->setOption(id, value); });
    connect(row.field, &OptionField::editingFinished, this, [this] { m_target->endTypingSession(); });
    connect(row.diagnostics, &DiagnosticLine::fixRequested, this, [this, id](const QString& value) {
        m_target->endTypingSession();
        m_target->setOption(id, value);
        m_target->endTypingSession();
    });
    m_rows.insert(id, row);
}

QString OptionForm::sqlKeyText(const kinds::OptionDescriptor& descriptor, const std::string& connector) {
    if (descriptor.sqlKeys.empty()) return tr("Not a WITH option of the exported table.");
    const auto key = descriptor.sqlKeys.find(connector);
    if (key == descriptor.sqlKeys.end()) {
        return tr("Not exported for the %1 connector.").arg(QString::fromStdString(connector));
    }
    return tr("SQL: %1 in %2").arg(QString::fromStdString(key->second), QString::fromStdString(connector));
}

void OptionForm::refresh(const model::Node& node, const std::vector<analysis::Diagnostic>& diagnostics,
                         const std::vector<model::Column>& inputColumns,
                         const std::vector<model::UserFunction>& functions, kinds::Dialect dialect) {
    const std::string connector = m_kind.connectorFor(dialect, node.option("connector"));
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        Row& row = it.value();
        const kinds::OptionDescriptor& d = *row.descriptor;
        row.field->setFunctions(functions);
        row.field->setInputColumns(inputColumns);
        row.field->setValue(QString::fromStdString(node.option(d.id)));
        if (auto* secret = qobject_cast<SecretEdit*>(row.field)) {
            secret->setSuggestedName(QString::fromStdString(node.name + "_" + d.id));
        }

        QString tip = coreText(d.help);
        if (m_kind.isConnector()) tip += (tip.isEmpty() ? QString() : QStringLiteral("\n\n")) + sqlKeyText(d, connector);
        row.label->setToolTip(tip);
        row.field->setToolTip(tip);

        std::vector<analysis::Diagnostic> mine;
        if (!row.field->hasLocalError()) {
            std::ranges::copy_if(diagnostics, std::back_inserter(mine),
                                 [&](const analysis::Diagnostic& diagnostic) { return diagnostic.field == d.id; });
        }
        row.diagnostics->setDiagnostics(mine, true);

        row.shown = m_kind.applies(d, node);
        row.layout->setRowVisible(row.label, row.shown);
    }
    for (CollapsibleSection* section : m_sections) {
        const bool any = std::ranges::any_of(m_rows, [&](const Row& row) { return row.section == section && row.shown; });
        section->setVisible(any);
    }
}

OptionField* OptionForm::field(const QString& optionId) const { return m_rows.value(optionId).field; }
bool OptionForm::isOptionShown(const QString& optionId) const { return m_rows.value(optionId).shown; }
QLabel* OptionForm::label(const QString& optionId) const { return m_rows.value(optionId).label; }
DiagnosticLine* OptionForm::diagnosticLine(const QString& optionId) const { return m_rows.value(optionId).diagnostics; }

}  // namespace sw::ui
