#include "properties/schema_editor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

#include "kinds/builtin/datagen_bounds.h"
#include "model/duration.h"
#include "properties/diagnostic_line.h"
#include "properties/flink_type_delegate.h"
#include "properties/node_edit_target.h"
#include "properties/schema_table_model.h"

namespace sw::ui {
namespace {

const QString kErrorStyle = QStringLiteral("QLineEdit { border: 1px solid #d32f2f; border-radius: 2px; padding: 1px 2px; }");

}  // namespace

SchemaEditor::SchemaEditor(const kinds::NodeKind& kind, NodeEditTarget* target, QWidget* parent)
    : QWidget(parent),
      m_kind(kind),
      m_target(target),
      m_model(new SchemaTableModel(this)),
      m_view(new QTableView(this)),
      m_add(new QPushButton(tr("Add"), this)),
      m_remove(new QPushButton(tr("Remove"), this)),
      m_up(new QPushButton(tr("Up"), this)),
      m_down(new QPushButton(tr("Down"), this)),
      m_diagnostics(new DiagnosticLine(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(SchemaTableModel::NameSection, QHeaderView::Stretch);
    header->setSectionResizeMode(SchemaTableModel::TypeSection, QHeaderView::Stretch);
    header->setSectionResizeMode(SchemaTableModel::NullableSection, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SchemaTableModel::KeySection, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SchemaTableModel::CommentSection, QHeaderView::Stretch);
    m_view->setColumnHidden(SchemaTableModel::KeySection, !kind.supportsPrimaryKey);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    if (kind.role == kinds::NodeRole::Sink) {
        auto* row = new QHBoxLayout;
        m_inherited = new QLabel(this);
        m_inherited->setObjectName(QStringLiteral("inheritedColumns"));
        m_inherited->setWordWrap(true);
        m_inherited->setTextFormat(Qt::PlainText);
        m_declareInherited = new QPushButton(tr("Declare These Columns"), this);
        m_declareInherited->setToolTip(tr("Copy the input's columns into this table's schema, to edit them"));
        row->addWidget(m_inherited, 1);
        row->addWidget(m_declareInherited, 0, Qt::AlignTop);
        layout->addLayout(row);
        connect(m_declareInherited, &QPushButton::clicked, this, [this] {
            const std::vector<model::Column> columns = m_inheritedColumns;
            editSchema(QString(), [&](model::Schema& schema) { schema.columns = columns; });
        });
    }
    layout->addWidget(m_view);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_add, m_remove, m_up, m_down}) buttons->addWidget(button);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(m_diagnostics);
    if (kind.supportsWatermark || kind.role == kinds::NodeRole::Source) layout->addWidget(buildTimeRow());

    connect(m_model, &SchemaTableModel::schemaEdited, this, [this](const model::Schema& schema, const QString& field) {
        m_target->apply(field, [&](model::Node& node) {
            node.schema = schema;
            kinds::addDefaultDatagenBounds(node);  // in the same undo step as the type that needs them
        });
        m_target->endTypingSession();  // a committed cell is one step; the next edit is another
    });
    connect(m_model, &SchemaTableModel::typeProblemsChanged, this, &SchemaEditor::showDiagnostics);
    m_view->setItemDelegateForColumn(SchemaTableModel::TypeSection, new FlinkTypeDelegate(m_view));
    connect(m_add, &QPushButton::clicked, this, &SchemaEditor::addColumn);
    connect(m_remove, &QPushButton::clicked, this, &SchemaEditor::removeColumn);
    connect(m_up, &QPushButton::clicked, this, [this] { moveColumn(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveColumn(+1); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SchemaEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SchemaEditor::updateButtons);
    updateButtons();
}

QWidget* SchemaEditor::buildTimeRow() {
    auto* box = new QWidget(this);
    auto* form = new QFormLayout(box);
    form->setContentsMargins(0, 4, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (m_kind.supportsWatermark) {
        auto* row = new QHBoxLayout;
        m_watermarkColumn = new QComboBox(box);
        m_watermarkDelay = new QLineEdit(box);
        m_watermarkDelay->setPlaceholderText(tr("delay, e.g. 5 s"));
        m_watermarkDelay->setToolTip(tr("How late events may arrive: WATERMARK FOR col AS col - INTERVAL delay"));
        row->addWidget(m_watermarkColumn, 2);
        row->addWidget(m_watermarkDelay, 1);
        form->addRow(tr("Watermark"), row);
        connect(m_watermarkColumn, &QComboBox::activated, this, [this](int index) {
            const QString column = m_watermarkColumn->itemData(index).toString();
            editSchema(QString(), [&](model::Schema& schema) {
                if (column.isEmpty()) {
                    schema.watermark.reset();
                } else {
                    const auto delay = schema.watermark ? schema.watermark->delay : std::chrono::milliseconds(5000);
                    schema.watermark = model::Watermark{column.toStdString(), delay};
                }
            });
        });
        connect(m_watermarkDelay, &QLineEdit::textEdited, this, &SchemaEditor::onWatermarkDelayEdited);
        connect(m_watermarkDelay, &QLineEdit::editingFinished, this, [this] { m_target->endTypingSession(); });
    }
    if (m_kind.role == kinds::NodeRole::Source) {
        m_procTime = new QLineEdit(box);
        m_procTime->setPlaceholderText(tr("none — e.g. proc_time"));
        m_procTime->setToolTip(tr("Adds `<name> AS PROCTIME()`; lookup joins need it on the probe side."));
        form->addRow(tr("Processing time"), m_procTime);
        connect(m_procTime, &QLineEdit::textEdited, this, [this](const QString& text) {
            editSchema(QStringLiteral("schema.procTimeColumn"),
                       [&](model::Schema& schema) { schema.procTimeColumn = text.trimmed().toStdString(); });
        });
        connect(m_procTime, &QLineEdit::editingFinished, this, [this] { m_target->endTypingSession(); });
    }
    return box;
}

void SchemaEditor::onWatermarkDelayEdited(const QString& text) {
    const auto delay = model::parseDuration(text.toStdString());
    const bool ok = delay.ok() && m_watermarkColumn->currentIndex() > 0;
    m_watermarkDelay->setStyleSheet(ok ? QString() : kErrorStyle);
    m_watermarkDelay->setToolTip(ok ? QString()
                                 : delay ? tr("Choose the watermark column first.")
                                         : QString::fromStdString(delay.error().message));
    if (!ok) return;
    editSchema(QStringLiteral("schema.watermark.delay"), [&](model::Schema& schema) { schema.watermark->delay = *delay; });
}

void SchemaEditor::editSchema(const QString& field, const std::function<void(model::Schema&)>& mutate) {
    m_target->apply(field, [&](model::Node& node) { mutate(node.schema); });
}

void SchemaEditor::addColumn() {
    const model::Node* node = m_target->node();
    if (!node) return;
    std::string name;
    for (int n = int(node->schema.columns.size()) + 1; name.empty() || node->schema.find(name); ++n) {
        name = "column_" + std::to_string(n);
    }
    editSchema(QString(), [&](model::Schema& schema) { schema.columns.push_back({name, model::FlinkType::string(), {}}); });
    const QModelIndex cell = m_model->index(m_model->rowCount() - 1, SchemaTableModel::NameSection);
    m_view->setCurrentIndex(cell);
    if (m_view->isVisible()) m_view->edit(cell);
}

void SchemaEditor::removeColumn() {
    const int row = m_view->currentIndex().row();
    if (row < 0) return;
    editSchema(QString(), [&](model::Schema& schema) {
        const std::string name = schema.columns[std::size_t(row)].name;
        schema.columns.erase(schema.columns.begin() + row);
        std::erase(schema.primaryKey, name);
        if (schema.watermark && schema.watermark->column == name) schema.watermark.reset();
    });
}

void SchemaEditor::moveColumn(int delta) {
    const int row = m_view->currentIndex().row();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_model->rowCount()) return;
    editSchema(QString(), [&](model::Schema& schema) {
        std::swap(schema.columns[std::size_t(row)], schema.columns[std::size_t(target)]);
    });
    m_view->setCurrentIndex(m_model->index(target, m_view->currentIndex().column()));
}

void SchemaEditor::updateButtons() {
    const int row = m_view->selectionModel()->hasSelection() ? m_view->currentIndex().row() : -1;
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_model->rowCount());
}

void SchemaEditor::showDiagnostics() {
    // A type typed wrong never reaches the job, so the job's diagnostics cannot name it.
    std::vector<analysis::Diagnostic> shown = m_model->typeProblems();
    shown.insert(shown.end(), m_schemaDiagnostics.begin(), m_schemaDiagnostics.end());
    m_diagnostics->setDiagnostics(shown);
}

void SchemaEditor::showInheritedColumns(const model::Node& node, const std::vector<model::Column>& inputColumns) {
    // As the SQL export does (sql/table_ddl.cpp): no declared columns means the input's.
    m_inheritedColumns = node.schema.columns.empty() ? inputColumns : std::vector<model::Column>{};
    QStringList columns;
    for (const model::Column& column : m_inheritedColumns)
        columns << QStringLiteral("%1 %2").arg(QString::fromStdString(column.name), QString::fromStdString(column.type.toSql()));
    m_inherited->setText(tr("No columns declared: the table takes its input's columns, as the SQL shows: %1")
                             .arg(columns.join(QStringLiteral(", "))));
    m_inherited->setVisible(!m_inheritedColumns.empty());
    m_declareInherited->setVisible(!m_inheritedColumns.empty());
}

void SchemaEditor::refresh(const model::Node& node, const std::vector<model::Column>& inputColumns,
                           const std::vector<analysis::Diagnostic>& diagnostics) {
    m_model->setSchema(node.schema);
    if (m_inherited) showInheritedColumns(node, inputColumns);
    // As tall as its rows (2 to 12), so short schemas leave no empty box and long ones scroll.
    const int rows = std::clamp(m_model->rowCount(), 2, 12);
    m_view->setFixedHeight(m_view->horizontalHeader()->sizeHint().height() +
                           rows * m_view->verticalHeader()->defaultSectionSize() + 2 * m_view->frameWidth() + 2);
    updateButtons();
    m_schemaDiagnostics.clear();
    std::ranges::copy_if(diagnostics, std::back_inserter(m_schemaDiagnostics),
                         [](const analysis::Diagnostic& d) { return d.field.starts_with("schema"); });
    showDiagnostics();

    if (m_watermarkColumn) {
        const QSignalBlocker blocker(m_watermarkColumn);
        m_watermarkColumn->clear();
        m_watermarkColumn->addItem(tr("(no watermark)"), QString());
        for (const model::Column& column : node.schema.columns) {
            if (column.type.isTimestamp()) m_watermarkColumn->addItem(QString::fromStdString(column.name), QString::fromStdString(column.name));
        }
        const QString current = node.schema.watermark ? QString::fromStdString(node.schema.watermark->column) : QString();
        if (!current.isEmpty() && m_watermarkColumn->findData(current) < 0) m_watermarkColumn->addItem(current, current);
        m_watermarkColumn->setCurrentIndex(std::max(0, m_watermarkColumn->findData(current)));
        m_watermarkDelay->setEnabled(node.schema.watermark.has_value());
        if (!m_watermarkDelay->hasFocus()) {
            m_watermarkDelay->setText(node.schema.watermark ? QString::fromStdString(model::formatDuration(node.schema.watermark->delay))
                                                            : QString());
            m_watermarkDelay->setStyleSheet({});
        }
    }
    if (m_procTime && !m_procTime->hasFocus()) m_procTime->setText(QString::fromStdString(node.schema.procTimeColumn));
}

}  // namespace sw::ui
