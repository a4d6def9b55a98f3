#include "mainwindow/diagnostics_panel.h"

#include <QHeaderView>
#include <QStyle>

#include "document/job_document.h"
#include "i18n/core_text.h"
#include "kinds/catalog.h"

namespace sw::ui {
namespace {

// The field as the property panel labels it ("Host" for hostname); other fields as they are.
QString fieldText(const model::Node* node, const std::string& field) {
    const kinds::NodeKind* kind = node ? kinds::Catalog::instance().find(node->kind) : nullptr;
    const kinds::OptionDescriptor* option = kind ? kind->option(field) : nullptr;
    if (option && !option->label.empty()) return coreText(option->label);
    return QString::fromStdString(field);
}

}  // namespace

DiagnosticsPanel::DiagnosticsPanel(JobDocument* document, QWidget* parent)
    : QTreeWidget(parent), m_document(document) {
    setObjectName(QStringLiteral("diagnosticsPanel"));
    setColumnCount(4);
    setHeaderLabels({tr("Severity"), tr("Node"), tr("Field"), tr("Message")});
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    header()->setSectionResizeMode(3, QHeaderView::Stretch);
    connect(m_document, &JobDocument::diagnosticsChanged, this, &DiagnosticsPanel::refresh);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString nodeId = item->data(0, Qt::UserRole).toString();
        if (nodeId.isEmpty()) return;
        m_document->setSelectedNodeIds({nodeId});
        emit nodeActivated(nodeId);
    });
    refresh();
}

void DiagnosticsPanel::refresh() {
    clear();
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const auto& d : m_document->diagnostics()) {
        const bool error = d.severity == analysis::Severity::Error;
        const model::Node* node = m_document->node(QString::fromStdString(d.nodeId));
        auto* item = new QTreeWidgetItem(this);
        item->setIcon(0, error ? errorIcon : warningIcon);
        item->setText(0, error ? tr("Error") : tr("Warning"));
        item->setText(1, node ? QString::fromStdString(node->name) : tr("(job)"));
        item->setText(2, fieldText(node, d.field));
        item->setToolTip(2, QString::fromStdString(d.field));  // the key as the job file and SQL spell it
        item->setText(3, QString::fromStdString(d.message));
        item->setToolTip(3, QString::fromStdString(d.message + " [" + d.code + "]"));
        item->setData(0, Qt::UserRole, QString::fromStdString(d.nodeId));
    }
    resizeColumnToContents(0);
    resizeColumnToContents(1);
    resizeColumnToContents(2);
}

}  // namespace sw::ui
