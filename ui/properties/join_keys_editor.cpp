#include "properties/join_keys_editor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

#include "properties/diagnostic_line.h"
#include "properties/input_relation.h"
#include "properties/node_edit_target.h"

namespace sw::ui {
namespace {

void fillCombo(QComboBox* combo, const QStringList& columns, const std::string& current) {
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(QObject::tr("(choose)"), QString());
    for (const QString& column : columns) combo->addItem(column, column);
    const QString value = QString::fromStdString(current);
    if (!value.isEmpty() && combo->findData(value) < 0) combo->addItem(QObject::tr("%1 (missing)").arg(value), value);
    combo->setCurrentIndex(std::max(0, combo->findData(value)));
}

}  // namespace

JoinKeysEditor::JoinKeysEditor(NodeEditTarget* target, QWidget* parent)
    : QWidget(parent),
      m_target(target),
      m_rowLayout(new QVBoxLayout),
      m_add(new QPushButton(tr("Add join key"), this)),
      m_diagnostics(new DiagnosticLine(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_rowLayout->setSpacing(3);
    layout->addLayout(m_rowLayout);
    layout->addWidget(m_diagnostics);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this,
            [this] { m_target->apply({}, [](model::Node& node) { node.joinKeys.push_back({}); }); });
}

JoinKeysEditor::Row JoinKeysEditor::makeRow(int index) {
    Row row{new QWidget(this), nullptr, nullptr, nullptr};
    auto* outer = new QVBoxLayout(row.widget);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(1);
    auto* line = new QHBoxLayout;
    row.probe = new QComboBox(row.widget);
    row.dim = new QComboBox(row.widget);
    row.probe->setToolTip(tr("Column of the probe stream"));
    row.dim->setToolTip(tr("Column of the dimension table"));
    auto* remove = new QToolButton(row.widget);
    remove->setText(QStringLiteral("✕"));
    remove->setToolTip(tr("Remove this key"));
    remove->setAutoRaise(true);
    line->addWidget(row.probe, 1);
    line->addWidget(new QLabel(QStringLiteral("="), row.widget));
    line->addWidget(row.dim, 1);
    line->addWidget(remove);
    outer->addLayout(line);
    row.diagnostics = new DiagnosticLine(row.widget);
    outer->addWidget(row.diagnostics);

    const std::size_t i = std::size_t(index);
    connect(row.probe, &QComboBox::activated, this, [this, i, combo = row.probe](int item) {
        m_target->apply({}, [&](model::Node& node) { node.joinKeys[i].probeColumn = combo->itemData(item).toString().toStdString(); });
    });
    connect(row.dim, &QComboBox::activated, this, [this, i, combo = row.dim](int item) {
        m_target->apply({}, [&](model::Node& node) { node.joinKeys[i].dimColumn = combo->itemData(item).toString().toStdString(); });
    });
    connect(remove, &QToolButton::clicked, this,
            [this, index] { m_target->apply({}, [&](model::Node& node) { node.joinKeys.erase(node.joinKeys.begin() + index); }); });
    return row;
}

void JoinKeysEditor::rebuildRows(std::size_t count) {
    for (Row& row : m_rows) row.widget->deleteLater();
    m_rows.clear();
    for (std::size_t i = 0; i < count; ++i) {
        m_rows.push_back(makeRow(int(i)));
        m_rowLayout->addWidget(m_rows.back().widget);
    }
}

void JoinKeysEditor::refresh(const model::Node& node, const std::vector<model::Column>& probeColumns,
                             const std::vector<analysis::Diagnostic>& diagnostics) {
    if (m_rows.size() != node.joinKeys.size()) rebuildRows(node.joinKeys.size());
    const QStringList probe = columnNames(probeColumns);
    const QStringList dim = columnNames(node.schema.columns);
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        fillCombo(m_rows[i].probe, probe, node.joinKeys[i].probeColumn);
        fillCombo(m_rows[i].dim, dim, node.joinKeys[i].dimColumn);
        const std::string field = "joinKeys[" + std::to_string(i) + "]";
        std::vector<analysis::Diagnostic> mine;
        std::ranges::copy_if(diagnostics, std::back_inserter(mine), [&](const analysis::Diagnostic& d) { return d.field == field; });
        m_rows[i].diagnostics->setDiagnostics(mine);
    }
    std::vector<analysis::Diagnostic> general;
    std::ranges::copy_if(diagnostics, std::back_inserter(general), [](const analysis::Diagnostic& d) { return d.field == "joinKeys"; });
    m_diagnostics->setDiagnostics(general);
}

}  // namespace sw::ui
