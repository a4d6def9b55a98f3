#include "properties/schema_inference_panel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "properties/node_edit_target.h"
#include "properties/node_secret_resolver.h"
#include "run/run_profile_box.h"
#include "runtime/net/endpoint_route.h"
#include "properties/schema_inference_dialog.h"
#include "runtime/infer/node_schema_inference.h"

namespace sw::ui {

SchemaInferencePanel::SchemaInferencePanel(NodeEditTarget* target, QWidget* parent)
    : QWidget(parent),
      m_target(target),
      m_infer(new QPushButton(tr("Infer schema…"), this)),
      m_profile(new RunProfileBox(this)),
      m_busy(new QProgressBar(this)),
      m_status(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    m_infer->setToolTip(tr("Read the node's table, or up to %1 of the newest messages of its topic, and propose its "
                           "columns; the changes are shown before anything is applied")
                            .arg(runtime::SchemaInferenceOptions::kDefaultSamples));
    row->addWidget(m_infer);
    row->addWidget(m_profile);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(m_infer->sizeHint().height() / 2);
    m_busy->hide();
    row->addWidget(m_busy, 1);
    layout->addLayout(row);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    connect(m_infer, &QPushButton::clicked, this, &SchemaInferencePanel::start);
}

SchemaInferenceDialog* SchemaInferencePanel::dialog() const {
    return m_dialog;
}

void SchemaInferencePanel::start() {
    const model::Node* node = m_target->node();
    if (!node || m_watcher) return;
    runtime::SchemaInferenceOptions options;
    options.connection.timeout = kTimeout;
    options.connection.secrets = nodeSecretResolver(*node);
    m_watcher = new QFutureWatcher<Result<runtime::SchemaProposal>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const Result<runtime::SchemaProposal> inferred = m_watcher->result();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        finish(inferred);
    });
    // The worker gets copies only, so it may outlive this panel (another node selected).
    m_watcher->setFuture(QtConcurrent::run([node = *node, options, profile = m_profile->profileName().toStdString()]()
                                               -> Result<runtime::SchemaProposal> {
        auto route = runtime::EndpointRoute::forProfile(profile, runtime::RunProfileStore::forUser());
        if (!route) return route.error();
        const runtime::EndpointRoute::Activation activation(*route);
        if (auto inferred = runtime::inferNodeSchema(node, options)) return std::move(*inferred);
        return Error{"'" + node.kind + "' has nothing to infer a schema from", node.location()};
    }));
    m_infer->setEnabled(false);
    m_busy->show();
    m_status->setText(tr("Reading…"));
}

void SchemaInferencePanel::finish(const Result<runtime::SchemaProposal>& inferred) {
    m_infer->setEnabled(true);
    m_busy->hide();
    const model::Node* node = m_target->node();
    if (!node) return;
    if (!inferred) {
        const QString message = QString::fromStdString(inferred.error().toString());
        m_status->setText(tr("Cannot infer the schema: %1").arg(message));
        emit failed(message);
        return;
    }
    m_status->clear();
    const runtime::SchemaProposal proposal = *inferred;
    m_dialog = new SchemaInferenceDialog(QString::fromStdString(node->name), proposal, node->schema, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    // One command for the whole schema: one undo restores what was declared.
    connect(m_dialog, &QDialog::accepted, this, [this, proposal] {
        m_target->apply({}, [&](model::Node& edited) { edited.schema = proposal.applyTo(edited.schema); });
    });
    m_dialog->open();
    emit proposalShown(m_dialog);
}

}  // namespace sw::ui
