#include "properties/output_list_editor.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

#include "properties/diagnostic_line.h"
#include "properties/expression_edit.h"
#include "properties/expression_field.h"
#include "properties/node_edit_target.h"

namespace sw::ui {
namespace {

QString indexed(int row, const char* part) { return QStringLiteral("outputs[%1].%2").arg(row).arg(QLatin1String(part)); }

// Replaces the text only when it differs, keeping the caret of a field being typed into.
void syncText(QLineEdit* edit, const std::string& value) {
    const QString text = QString::fromStdString(value);
    if (edit->text() == text) return;
    const int cursor = edit->cursorPosition();
    edit->setText(text);
    // An unfocused field shows its beginning; a focused one keeps the caret where it was.
    edit->setCursorPosition(edit->hasFocus() ? std::min(cursor, int(text.size())) : 0);
}

}  // namespace

OutputListEditor::OutputListEditor(NodeEditTarget* target, expr::AggregateUse aggregates, bool offerAllColumns,
                                   QWidget* parent)
    : QWidget(parent), m_target(target), m_aggregates(aggregates), m_rowLayout(new QVBoxLayout), m_add(new QPushButton(tr("Add output"), this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_rowLayout->setSpacing(4);
    layout->addLayout(m_rowLayout);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    if (offerAllColumns) {
        m_addAll = new QPushButton(tr("Add all input columns"), this);
        buttons->addWidget(m_addAll);
        connect(m_addAll, &QPushButton::clicked, this, &OutputListEditor::addAllInputColumns);
    }
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const model::Node* node = m_target->node();
        if (!node) return;
        std::string name;
        for (std::size_t n = node->outputs.size() + 1; name.empty(); ++n) {
            const std::string candidate = "out_" + std::to_string(n);
            if (std::ranges::none_of(node->outputs, [&](const auto& o) { return o.name == candidate; })) name = candidate;
        }
        edit({}, [&](auto& outputs) { outputs.push_back({name, {}}); });
        if (!m_rows.empty()) m_rows.back().expression->edit()->setFocus();
    });
}

void OutputListEditor::edit(const QString& field,
                            const std::function<void(std::vector<model::NamedExpression>&)>& mutate) {
    m_target->apply(field, [&](model::Node& node) { mutate(node.outputs); });
}

void OutputListEditor::addAllInputColumns() {
    edit({}, [&](std::vector<model::NamedExpression>& outputs) {
        for (const model::Column& column : m_inputColumns) {
            if (std::ranges::any_of(outputs, [&](const auto& o) { return o.name == column.name; })) continue;
            outputs.push_back({column.name, ExpressionEdit::quoteIdentifier(QString::fromStdString(column.name)).toStdString()});
        }
    });
}

OutputListEditor::Row OutputListEditor::makeRow(int index) {
    Row row{new QWidget(this), nullptr, nullptr, nullptr};
    auto* outer = new QVBoxLayout(row.widget);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(1);
    auto* line = new QHBoxLayout;
    line->setSpacing(3);
    row.name = new QLineEdit(row.widget);
    row.name->setPlaceholderText(tr("name"));
    row.expression = new ExpressionField(row.widget);
    row.expression->edit()->setAggregateUse(m_aggregates);
    row.expression->edit()->setPlaceholderText(tr("expression"));
    line->addWidget(row.name, 2, Qt::AlignTop);
    line->addWidget(row.expression, 3);
    const auto addTool = [&](const QString& text, const QString& tip, std::function<void()> action) {
        auto* button = new QToolButton(row.widget);
        button->setText(text);
        button->setToolTip(tip);
        button->setAutoRaise(true);
        line->addWidget(button, 0, Qt::AlignTop);
        connect(button, &QToolButton::clicked, this, action);
    };
    addTool(QStringLiteral("▲"), tr("Move up"), [this, index] {
        if (index > 0) edit({}, [&](auto& outputs) { std::swap(outputs[std::size_t(index)], outputs[std::size_t(index - 1)]); });
    });
    addTool(QStringLiteral("▼"), tr("Move down"), [this, index] {
        edit({}, [&](auto& outputs) {
            if (std::size_t(index) + 1 < outputs.size()) std::swap(outputs[std::size_t(index)], outputs[std::size_t(index + 1)]);
        });
    });
    addTool(QStringLiteral("✕"), tr("Remove"), [this, index] {
        edit({}, [&](auto& outputs) { outputs.erase(outputs.begin() + index); });
    });
    outer->addLayout(line);
    row.diagnostics = new DiagnosticLine(row.widget);
    outer->addWidget(row.diagnostics);

    connect(row.name, &QLineEdit::textEdited, this, [this, index](const QString& text) {
        edit(indexed(index, "name"), [&](auto& outputs) { outputs[std::size_t(index)].name = text.trimmed().toStdString(); });
    });
    connect(row.expression->edit(), &QLineEdit::textEdited, this, [this, index](const QString& text) {
        edit(indexed(index, "expression"), [&](auto& outputs) { outputs[std::size_t(index)].expression = text.toStdString(); });
    });
    for (QLineEdit* field : {row.name, static_cast<QLineEdit*>(row.expression->edit())}) {
        connect(field, &QLineEdit::editingFinished, this, [this] { m_target->endTypingSession(); });
    }
    return row;
}

void OutputListEditor::rebuildRows(std::size_t count) {
    for (Row& row : m_rows) row.widget->deleteLater();
    m_rows.clear();
    for (std::size_t i = 0; i < count; ++i) {
        m_rows.push_back(makeRow(int(i)));
        m_rowLayout->addWidget(m_rows.back().widget);
    }
}

void OutputListEditor::refresh(const model::Node& node, const std::vector<model::Column>& inputColumns,
                               const std::vector<model::UserFunction>& functions,
                               const std::vector<analysis::Diagnostic>& diagnostics) {
    m_inputColumns = inputColumns;
    if (m_rows.size() != node.outputs.size()) rebuildRows(node.outputs.size());
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        Row& row = m_rows[i];
        syncText(row.name, node.outputs[i].name);
        syncText(row.expression->edit(), node.outputs[i].expression);
        row.expression->edit()->setFunctions(functions);
        row.expression->edit()->setColumns(inputColumns);
        const std::string field = "outputs[" + std::to_string(i) + "]";
        std::vector<analysis::Diagnostic> mine;
        if (row.expression->edit()->isValid()) std::ranges::copy_if(diagnostics, std::back_inserter(mine),
                             [&](const analysis::Diagnostic& d) { return d.field == field; });
        row.diagnostics->setDiagnostics(mine);
    }
    if (m_addAll) m_addAll->setEnabled(!inputColumns.empty());
}

}  // namespace sw::ui
