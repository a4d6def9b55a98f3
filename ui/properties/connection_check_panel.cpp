#include "properties/connection_check_panel.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "properties/node_edit_target.h"
#include "properties/node_secret_resolver.h"
#include "run/run_profile_box.h"
#include "runtime/net/endpoint_route.h"
#include "runtime/check/node_connection_check.h"

namespace sw::ui {

namespace {

QIcon statusIcon(const QStyle* style, runtime::CheckStatus status) {
    switch (status) {
    case runtime::CheckStatus::Ok: return style->standardIcon(QStyle::SP_DialogApplyButton);
    case runtime::CheckStatus::Warning: return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case runtime::CheckStatus::Failed: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    }
    return {};
}

}  // namespace

ConnectionCheckPanel::ConnectionCheckPanel(NodeEditTarget* target, QWidget* parent)
    : QWidget(parent),
      m_target(target),
      m_test(new QPushButton(tr("Test connection"), this)),
      m_profile(new RunProfileBox(this)),
      m_busy(new QProgressBar(this)),
      m_summary(new QLabel(this)),
      m_results(new QTreeWidget(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    m_test->setToolTip(tr("Reach the node's server with its current options and compare what is there with the "
                          "node (each check waits at most %1 s)")
                           .arg(kTimeout.count()));
    row->addWidget(m_test);
    row->addWidget(m_profile);
    m_busy->setRange(0, 0);  // an indeterminate "busy" bar
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(m_test->sizeHint().height() / 2);
    m_busy->hide();
    row->addWidget(m_busy, 1);
    layout->addLayout(row);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_results->setColumnCount(2);
    m_results->setHeaderLabels({tr("Check"), tr("Result")});
    m_results->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_results->setWordWrap(true);
    m_results->setMinimumHeight(140);
    m_results->hide();
    layout->addWidget(m_results);
    connect(m_test, &QPushButton::clicked, this, &ConnectionCheckPanel::start);
}

void ConnectionCheckPanel::start() {
    const model::Node* node = m_target->node();
    if (!node) return;
    forget({});
    m_tested = *node;
    runtime::ConnectionCheckOptions options;
    options.timeout = kTimeout;
    options.secrets = nodeSecretResolver(*node);
    m_watcher = new QFutureWatcher<runtime::ConnectionReport>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this, watcher = m_watcher] {
        if (watcher != m_watcher) return;  // a check whose options changed meanwhile
        const runtime::ConnectionReport report = watcher->result();
        m_watcher = nullptr;
        watcher->deleteLater();
        show(report);
    });
    // The worker gets copies only, so it may outlive this panel (another node selected).
    m_watcher->setFuture(QtConcurrent::run([node = *node, options, profile = m_profile->profileName().toStdString()] {
        auto route = runtime::EndpointRoute::forProfile(profile, runtime::RunProfileStore::forUser());
        if (!route) {
            runtime::ConnectionReport unreachable(node.location());
            unreachable.fail("jump host", runtime::FailureClass::Other, {}, route.error().toString());
            return unreachable;
        }
        const runtime::EndpointRoute::Activation activation(*route);
        if (auto report = runtime::checkNodeConnection(node, options)) return *report;
        runtime::ConnectionReport unknown(node.location());
        unknown.fail("kind", runtime::FailureClass::Configuration, {}, "'" + node.kind + "' has no connection check");
        return unknown;
    }));
    m_test->setEnabled(false);
    m_busy->show();
    m_summary->setText(tr("Testing…"));
}

void ConnectionCheckPanel::show(const runtime::ConnectionReport& report) {
    m_test->setEnabled(true);
    m_busy->hide();
    m_results->clear();
    for (const runtime::CheckItem& item : report.items()) {
        QString text = QString::fromStdString(item.message);
        if (!item.field.empty()) text = QString::fromStdString(item.field) + ": " + text;
        if (item.failure != runtime::FailureClass::None)
            text = QStringLiteral("[%1] ").arg(QString::fromLatin1(runtime::describe(item.failure))) + text;
        auto* row = new QTreeWidgetItem(m_results, {QString::fromStdString(item.name), text});
        row->setIcon(0, statusIcon(style(), item.status));
        row->setToolTip(1, text);
        row->setData(0, kStatusRole, QString::fromLatin1(runtime::toString(item.status)));
        row->setData(0, kFailureRole, QString::fromLatin1(runtime::toString(item.failure)));
        for (const std::string& detail : item.details) new QTreeWidgetItem(row, {QString(), QString::fromStdString(detail)});
    }
    m_results->setVisible(!report.items().empty());
    // The tree's rows are one line each; the summary wraps the failure in full.
    const runtime::CheckItem* failed = report.firstFailed();
    m_summary->setText(!failed
                           ? tr("Connection OK.")
                           : tr("Connection failed: %1.\n%2")
                                 .arg(QString::fromLatin1(runtime::describe(failed->failure)),
                                      QString::fromStdString((failed->field.empty() ? "" : failed->field + ": ") +
                                                             failed->message)));
    emit reportShown();
}

void ConnectionCheckPanel::forget(const QString& why) {
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    m_tested.reset();
    m_results->clear();
    m_results->hide();
    m_busy->hide();
    m_test->setEnabled(true);
    m_summary->setText(why);
}

void ConnectionCheckPanel::refresh(const model::Node& node) {
    if (!m_tested) return;
    if (node.options != m_tested->options || node.schema != m_tested->schema)
        forget(tr("The options changed since the last test: test again."));
}

}  // namespace sw::ui
