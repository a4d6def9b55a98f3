#include "properties/per_column_options_table.h"

#include <QComboBox>
#include <QHeaderView>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

#include "i18n/core_text.h"
#include "properties/diagnostic_line.h"
#include "properties/node_edit_target.h"
#include "properties/text_option_field.h"

namespace sw::ui {

PerColumnOptionsTable::PerColumnOptionsTable(const kinds::NodeKind& kind, NodeEditTarget* target, QWidget* parent)
    : QWidget(parent), m_kind(kind), m_target(target), m_table(new QTableWidget(this)), m_diagnostics(new DiagnosticLine(this)) {
    for (const kinds::OptionDescriptor& d : kind.options) {
        if (d.perColumn) m_options.push_back(&d);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_diagnostics);
    m_table->setColumnCount(int(m_options.size()));
    QStringList headers;
    for (std::size_t i = 0; i < m_options.size(); ++i) {
        headers << coreText(m_options[i]->label);
    }
    m_table->setHorizontalHeaderLabels(headers);
    for (std::size_t i = 0; i < m_options.size(); ++i) {
        m_table->horizontalHeaderItem(int(i))->setToolTip(coreText(m_options[i]->help));
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    connect(m_table, &QTableWidget::itemChanged, this, &PerColumnOptionsTable::onItemChanged);
}

void PerColumnOptionsTable::rebuild(const model::Node& node) {
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(node.schema.columns.size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const std::string& column = node.schema.columns[std::size_t(row)].name;
        m_table->setVerticalHeaderItem(row, new QTableWidgetItem(QString::fromStdString(column)));
        for (int col = 0; col < int(m_options.size()); ++col) {
            const kinds::OptionDescriptor& d = *m_options[std::size_t(col)];
            const QString key = QString::fromStdString(d.keyFor(column));
            const QString value = QString::fromStdString(node.option(key.toStdString()));
            const bool applicable = m_kind.applies(d, node, column);
            m_table->removeCellWidget(row, col);
            if (d.type == kinds::ValueType::Enum && applicable) {
                auto* combo = new QComboBox(m_table);
                combo->addItem(tr("(default: %1)").arg(QString::fromStdString(d.defaultValue)), QString());
                for (const std::string& allowed : d.allowedValues) combo->addItem(QString::fromStdString(allowed), QString::fromStdString(allowed));
                combo->setCurrentIndex(std::max(0, combo->findData(value)));
                connect(combo, &QComboBox::activated, this, [this, combo, key](int index) {
                    m_target->apply({}, [&](model::Node& n) {
                        const QString chosen = combo->itemData(index).toString();
                        if (chosen.isEmpty()) n.options.erase(key.toStdString());
                        else n.options[key.toStdString()] = chosen.toStdString();
                    });
                });
                m_table->setCellWidget(row, col, combo);
            }
            auto* item = new QTableWidgetItem(applicable ? value : QString());
            item->setData(Qt::UserRole, key);
            item->setData(Qt::UserRole + 1, col);
            item->setFlags(applicable && d.type != kinds::ValueType::Enum ? Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsSelectable
                                                                               : Qt::NoItemFlags);
            item->setToolTip(applicable ? coreText(d.help) : tr("Not used for this column's generator."));
            if (!applicable) item->setBackground(m_table->palette().window());
            m_table->setItem(row, col, item);
        }
    }
}

void PerColumnOptionsTable::onItemChanged(QTableWidgetItem* item) {
    const QString key = item->data(Qt::UserRole).toString();
    const kinds::OptionDescriptor& d = *m_options[std::size_t(item->data(Qt::UserRole + 1).toInt())];
    const QString text = item->text().trimmed();
    const QString error = TextOptionField::validate(d, text);
    if (!error.isEmpty()) {
        const QSignalBlocker blocker(m_table);
        item->setForeground(QColor(0xd3, 0x2f, 0x2f));
        item->setToolTip(error);
        return;
    }
    m_target->apply({}, [&](model::Node& node) {
        if (text.isEmpty()) node.options.erase(key.toStdString());
        else node.options[key.toStdString()] = text.toStdString();
    });
}

void PerColumnOptionsTable::refresh(const model::Node& node, const std::vector<analysis::Diagnostic>& diagnostics) {
    if (node.options != m_shown.options || node.schema.columns != m_shown.schema.columns) {
        m_shown = node;
        rebuild(node);
    }
    std::vector<analysis::Diagnostic> mine;
    std::ranges::copy_if(diagnostics, std::back_inserter(mine), [&](const analysis::Diagnostic& d) {
        return std::ranges::any_of(m_options, [&](const kinds::OptionDescriptor* o) {
            return std::ranges::any_of(node.schema.columns, [&](const model::Column& c) { return o->keyFor(c.name) == d.field; });
        });
    });
    m_diagnostics->setDiagnostics(mine);
}

}  // namespace sw::ui
