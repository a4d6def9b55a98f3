#include "properties/group_by_editor.h"

#include <QListWidget>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <algorithm>

#include "properties/diagnostic_line.h"
#include "properties/node_edit_target.h"

namespace sw::ui {

GroupByEditor::GroupByEditor(NodeEditTarget* target, QWidget* parent)
    : QWidget(parent), m_target(target), m_list(new QListWidget(this)), m_diagnostics(new DiagnosticLine(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_list);
    layout->addWidget(m_diagnostics);
    connect(m_list, &QListWidget::itemChanged, this, &GroupByEditor::commit);
}

void GroupByEditor::commit() {
    std::vector<std::string> columns;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem* item = m_list->item(i);
        if (item->checkState() == Qt::Checked) columns.push_back(item->data(Qt::UserRole).toString().toStdString());
    }
    m_target->apply({}, [&](model::Node& node) { node.groupBy = columns; });
}

void GroupByEditor::refresh(const model::Node& node, const std::vector<model::Column>& inputColumns,
                            const std::vector<analysis::Diagnostic>& diagnostics) {
    const QSignalBlocker blocker(m_list);
    const int scroll = m_list->currentRow();
    m_list->clear();
    const auto addItem = [&](const std::string& name, const QString& text) {
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, QString::fromStdString(name));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(std::ranges::count(node.groupBy, name) > 0 ? Qt::Checked : Qt::Unchecked);
        return item;
    };
    for (const model::Column& column : inputColumns) {
        addItem(column.name, QStringLiteral("%1  %2").arg(QString::fromStdString(column.name),
                                                          QString::fromStdString(column.type.toSql())));
    }
    // Grouping columns the input no longer has stay listed so they can be unchecked.
    for (const std::string& name : node.groupBy) {
        if (std::ranges::any_of(inputColumns, [&](const model::Column& c) { return c.name == name; })) continue;
        addItem(name, tr("%1  (not in the input)").arg(QString::fromStdString(name)))->setForeground(QColor(0xd3, 0x2f, 0x2f));
    }
    m_list->setCurrentRow(std::min(scroll, m_list->count() - 1));
    // As tall as its items (2 to 8 rows); longer inputs scroll.
    const int rowHeight = m_list->sizeHintForRow(0) > 0 ? m_list->sizeHintForRow(0) : m_list->fontMetrics().height() + 4;
    m_list->setFixedHeight(std::clamp(m_list->count(), 2, 8) * rowHeight + 2 * m_list->frameWidth() + 4);
    std::vector<analysis::Diagnostic> mine;
    std::ranges::copy_if(diagnostics, std::back_inserter(mine),
                         [](const analysis::Diagnostic& d) { return d.field.starts_with("groupBy"); });
    m_diagnostics->setDiagnostics(mine);
}

}  // namespace sw::ui
