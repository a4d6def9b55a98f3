#include "properties/property_panel.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "canvas/kind_appearance.h"
#include "commands/rename_node_command.h"
#include "i18n/core_text.h"
#include "kinds/catalog.h"
#include "document/job_document.h"
#include "properties/collapsible_section.h"
#include "properties/connection_check_panel.h"
#include "properties/diagnostic_line.h"
#include "properties/group_by_editor.h"
#include "properties/input_relation.h"
#include "properties/join_keys_editor.h"
#include "properties/node_edit_target.h"
#include "properties/option_form.h"
#include "properties/output_list_editor.h"
#include "properties/per_column_options_table.h"
#include "properties/schema_editor.h"
#include "properties/schema_inference_panel.h"
#include "runtime/check/node_connection_check.h"
#include "runtime/infer/node_schema_inference.h"

namespace sw::ui {

PropertyPanel::PropertyPanel(JobDocument* document, QWidget* parent)
    : QWidget(parent),
      m_document(document),
      m_stack(new QStackedWidget(this)),
      m_hint(new QLabel(this)),
      m_icon(new QLabel(this)),
      m_kindLabel(new QLabel(this)),
      m_name(new QLineEdit(this)),
      m_nodeDiagnostics(new DiagnosticLine(this)),
      m_scroll(new QScrollArea(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #6b7785;"));
    m_hint->setMargin(16);
    m_stack->addWidget(m_hint);

    auto* page = new QWidget(m_stack);
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(6, 6, 6, 0);
    pageLayout->setSpacing(4);
    auto* header = new QHBoxLayout;
    header->setSpacing(8);
    m_icon->setFixedSize(32, 32);
    auto* titles = new QVBoxLayout;
    titles->setSpacing(2);
    QFont bold = m_kindLabel->font();
    bold.setBold(true);
    m_kindLabel->setFont(bold);
    m_name->setPlaceholderText(tr("name (the SQL table or view name)"));
    m_name->setToolTip(tr("The node's name is its table or view name in the exported SQL."));
    titles->addWidget(m_kindLabel);
    titles->addWidget(m_name);
    header->addWidget(m_icon, 0, Qt::AlignTop);
    header->addLayout(titles, 1);
    pageLayout->addLayout(header);
    pageLayout->addWidget(m_nodeDiagnostics);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    pageLayout->addWidget(m_scroll, 1);
    m_stack->addWidget(page);

    connect(m_name, &QLineEdit::editingFinished, this, &PropertyPanel::renameNode);
    connect(m_document, &JobDocument::selectionChanged, this, &PropertyPanel::showSelection);
    connect(m_document, &JobDocument::nodeRemoved, this, &PropertyPanel::showSelection);
    connect(m_document, &JobDocument::jobReset, this, [this] {
        clearBody();
        showSelection();
    });
    for (auto signal : {&JobDocument::jobChanged, &JobDocument::diagnosticsChanged, &JobDocument::dialectChanged}) {
        connect(m_document, signal, this, &PropertyPanel::refresh);
    }
    showSelection();
}

QString PropertyPanel::nodeId() const { return m_target ? m_target->nodeId() : QString(); }

void PropertyPanel::clearBody() {
    if (m_body) m_body->deleteLater();  // may be called from a signal of one of its widgets
    m_scroll->takeWidget();
    m_body = nullptr;
    m_bodyLayout = nullptr;
    m_target = nullptr;
    m_kindId.clear();
    m_form = nullptr;
    m_schema = nullptr;
    m_perColumn = nullptr;
    m_outputs = nullptr;
    m_groupBy = nullptr;
    m_joinKeys = nullptr;
    m_connection = nullptr;
    m_inference = nullptr;
}

void PropertyPanel::showSelection() {
    const QStringList ids = m_document->selectedNodeIds();
    const model::Node* node = ids.size() == 1 ? m_document->node(ids.front()) : nullptr;
    const kinds::NodeKind* kind = node ? kinds::Catalog::instance().find(node->kind) : nullptr;
    if (!kind) {
        clearBody();
        m_hint->setText(ids.size() > 1   ? tr("%n nodes selected.\nSelect a single node to edit its properties.", "", int(ids.size()))
                        : node          ? tr("'%1' is of an unknown kind (%2).").arg(QString::fromStdString(node->name),
                                                                                        QString::fromStdString(node->kind))
                                        : tr("Select a node to edit its properties."));
        m_stack->setCurrentIndex(0);
        return;
    }
    if (nodeId() != ids.front() || m_kindId != node->kind) buildBody(ids.front(), *kind);
    m_stack->setCurrentIndex(1);
    refresh();
}

QWidget* PropertyPanel::addSection(const QString& title, QWidget* content) {
    auto* section = new CollapsibleSection(title, m_body);
    auto* layout = new QVBoxLayout(section->content());
    layout->setContentsMargins(4, 0, 0, 0);
    content->setParent(section->content());
    layout->addWidget(content);
    m_bodyLayout->addWidget(section);
    return content;
}

void PropertyPanel::buildBody(const QString& nodeId, const kinds::NodeKind& kind) {
    clearBody();
    m_body = new QWidget;
    m_bodyLayout = new QVBoxLayout(m_body);
    m_bodyLayout->setContentsMargins(0, 0, 4, 6);
    m_bodyLayout->setSpacing(8);
    m_target = new NodeEditTarget(m_document, nodeId, m_body);
    m_kindId = kind.id;

    m_form = new OptionForm(kind, m_target, m_body);
    m_bodyLayout->addWidget(m_form);
    m_form->setVisible(!m_form->isEmpty());
    if (kind.role == kinds::NodeRole::Lookup) {
        m_joinKeys = new JoinKeysEditor(m_target);
        addSection(tr("Join keys"), m_joinKeys);
    }
    if (kind.editsGroupBy) {
        m_groupBy = new GroupByEditor(m_target);
        addSection(tr("Group by"), m_groupBy);
    }
    if (kind.outputList != kinds::OutputList::None) {
        const bool aggregates = kind.outputList == kinds::OutputList::Aggregates;
        m_outputs = new OutputListEditor(m_target, aggregates ? expr::AggregateUse::Allowed : expr::AggregateUse::Forbidden,
                                         !aggregates);
        addSection(aggregates ? tr("Aggregates") : tr("Output columns"), m_outputs);
    }
    if (kind.hasSchema) {
        m_schema = new SchemaEditor(kind, m_target);
        addSection(kind.role == kinds::NodeRole::Lookup ? tr("Dimension table schema") : tr("Schema"), m_schema);
    }
    if (std::ranges::any_of(kind.options, &kinds::OptionDescriptor::perColumn)) {
        m_perColumn = new PerColumnOptionsTable(kind, m_target);
        addSection(tr("Per-column options"), m_perColumn);
    }
    if (runtime::hasSchemaInference(kind)) {
        m_inference = new SchemaInferencePanel(m_target);
        addSection(tr("Schema inference"), m_inference);
    }
    if (runtime::hasConnectionCheck(kind)) {
        m_connection = new ConnectionCheckPanel(m_target);
        addSection(tr("Connection test"), m_connection);
    }
    m_bodyLayout->addStretch(1);
    m_scroll->setWidget(m_body);

    m_kindLabel->setText(coreText(kind.label));
    m_kindLabel->setToolTip(coreText(kind.help));
    m_icon->setPixmap(kindIcon(kind).pixmap(32, 32));
    // Another node: its name replaces whatever the field held, focused or not.
    if (const model::Node* node = m_target->node()) m_name->setText(QString::fromStdString(node->name));
}

bool PropertyPanel::isHandledField(const std::string& field) const {
    if (m_form && m_form->hasOption(QString::fromStdString(field))) return true;
    for (const char* prefix : {"schema", "outputs", "groupBy", "joinKeys"}) {
        if (field.starts_with(prefix)) return true;
    }
    const kinds::NodeKind* kind = kinds::Catalog::instance().find(m_kindId);
    const kinds::OptionDescriptor* descriptor = kind ? kind->descriptorOfKey(field) : nullptr;
    return descriptor && descriptor->perColumn;
}

void PropertyPanel::refresh() {
    if (!m_target) return;
    const model::Node* node = m_target->node();
    if (!node) return;  // removal arrives as nodeRemoved -> showSelection
    const std::vector<analysis::Diagnostic> diagnostics = m_document->diagnosticsFor(m_target->nodeId());
    const analysis::Relation input = inputRelation(m_document->job(), node->id);

    if (!m_name->hasFocus()) m_name->setText(QString::fromStdString(node->name));
    std::vector<analysis::Diagnostic> general;
    std::ranges::copy_if(diagnostics, std::back_inserter(general),
                         [&](const analysis::Diagnostic& d) { return !isHandledField(d.field); });
    m_nodeDiagnostics->setDiagnostics(general);

    const std::vector<model::UserFunction>& functions = m_document->job().settings.functions;
    m_form->refresh(*node, diagnostics, input.columns, functions, m_document->dialect());
    if (m_schema) m_schema->refresh(*node, input.columns, diagnostics);
    if (m_perColumn) m_perColumn->refresh(*node, diagnostics);
    if (m_outputs) m_outputs->refresh(*node, input.columns, functions, diagnostics);
    if (m_groupBy) m_groupBy->refresh(*node, input.columns, diagnostics);
    if (m_joinKeys) m_joinKeys->refresh(*node, input.columns, diagnostics);
    if (m_connection) m_connection->refresh(*node);
}

void PropertyPanel::renameNode() {
    const model::Node* node = m_target ? m_target->node() : nullptr;
    if (!node) return;
    const QString name = m_name->text().trimmed();
    if (name.isEmpty() || name.toStdString() == node->name) {
        m_name->setText(QString::fromStdString(node->name));
        return;
    }
    m_document->undoStack()->push(new RenameNodeCommand(m_document, *node, name));
}

}  // namespace sw::ui
