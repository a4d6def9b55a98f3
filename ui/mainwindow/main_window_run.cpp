// MainWindow's local runs: Job › Run / Stop / Cancel, the run toolbar, and what a run's end means
// for the designer (split from main_window.cpp to keep both readable).
#include <QDir>
#include <QScopeGuard>
#include <QDockWidget>
#include <QMessageBox>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>
#include <QToolBar>

#include "document/job_document.h"
#include "kinds/catalog.h"
#include "properties/input_relation.h"
#include "mainwindow/main_window.h"
#include "canvas/run_overlay.h"
#include "run/data_preview.h"
#include "run/run_log.h"
#include "run/run_options_dialog.h"
#include "run/run_profile_editor_dialog.h"
#include "run/run_panel.h"
#include "run/run_secrets.h"
#include "run/run_session.h"
#include "validate/validator.h"

namespace sw::ui {

namespace protocol = runtime::protocol;

namespace {

void showDock(QMainWindow* window, const QString& name) {
    for (QDockWidget* dock : window->findChildren<QDockWidget*>(name)) {
        dock->show();
        dock->raise();
    }
}

}  // namespace

void MainWindow::createRunActions(QMenu* job) {
    m_runAction = job->addAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("&Run Preview"),
                                 QKeySequence(Qt::Key_F5), this, [this] { runJob(); });
    m_runAction->setToolTip(tr("Run the job on this computer, in its own process, writing to no sink: "
                               "what the sinks would write is shown in Data Preview (F5)"));
    QAction* write = job->addAction(tr("Run and &Write to Sinks…"), QKeySequence(Qt::CTRL | Qt::Key_F5), this,
                                    &MainWindow::runWritingToSinks);
    write->setToolTip(tr("Run the job and write to its sinks' tables and topics (asked once per job)"));
    m_resumeAction = job->addAction(tr("Resu&me from Last Checkpoint"), this, &MainWindow::resumeRun);
    job->addAction(tr("Run with &Options…"), this, &MainWindow::runWithOptions);
    job->addAction(tr("Run &Profiles…"), this, [this] {
        RunProfileEditorDialog editor(runtime::RunProfileStore::forUser(), this);
        editor.exec();
    });
    m_stopAction = job->addAction(QIcon::fromTheme(QStringLiteral("media-playback-stop")), tr("S&top"),
                                  QKeySequence(Qt::SHIFT | Qt::Key_F5), this, &MainWindow::stopRun);
    m_stopAction->setToolTip(tr("Stop the run; with checkpoints, after a final one (Shift+F5)"));
    m_cancelAction = job->addAction(tr("&Cancel Run"), this, &MainWindow::cancelRun);
    m_cancelAction->setToolTip(tr("End the run at once, without a final checkpoint"));

    QToolBar* bar = addToolBar(tr("Run"));
    bar->setObjectName(QStringLiteral("runToolBar"));
    bar->addAction(m_runAction);
    bar->addAction(write);
    bar->addAction(m_stopAction);
    bar->addAction(m_cancelAction);
    m_runStateLabel = new QLabel(bar);
    m_runStateLabel->setObjectName(QStringLiteral("runState"));
    m_runStateLabel->setContentsMargins(8, 0, 8, 0);
    bar->addWidget(m_runStateLabel);

    // Run options (limits, start positions, the checkpoint folder) belong to the job they were set for.
    connect(m_document, &JobDocument::jobReset, this, [this] {
        m_lastRun = {};
        updateRunActions();
    });
    connect(m_run, &RunSession::stateChanged, this, &MainWindow::updateRunActions);
    connect(m_run, &RunSession::logged, m_runLog, &RunLog::append);
    connect(m_run, &RunSession::finished, this, &MainWindow::onRunFinished);
    connect(m_document, &JobDocument::selectionChanged, this, [this] {
        const QStringList ids = m_document->selectedNodeIds();
        const model::Node* node = ids.size() == 1 ? m_document->job().findNode(ids.front().toStdString()) : nullptr;
        QStringList lookupColumns;
        const kinds::NodeKind* kind = node ? kinds::Catalog::instance().find(node->kind) : nullptr;
        if (kind && kind->role == kinds::NodeRole::Lookup) {
            // A table column named like a probe column (a key joined on itself) comes out as the
            // probe's value, never NULL on a miss: only the others can tell.
            const QStringList probe = columnNames(inputRelation(m_document->job(), node->id).columns);
            for (const model::Column& column : node->schema.columns)
                if (!probe.contains(QString::fromStdString(column.name))) lookupColumns << QString::fromStdString(column.name);
        }
        m_dataPreview->showNode(node ? ids.front() : QString(), node ? QString::fromStdString(node->name) : QString(),
                                lookupColumns);
    });
    connect(m_runPanel, &RunPanel::sampled, this, [this](const runtime::MetricsSnapshot& snapshot) { m_runOverlay->show(snapshot); });
    connect(m_runLog, &RunLog::nodeActivated, this, [this](const QString& name) {
        if (const model::Node* node = m_document->job().findNodeByName(name.toStdString()))
            focusNode(QString::fromStdString(node->id));
    });
    updateRunActions();
}

void MainWindow::updateRunActions() {
    const bool active = m_run->isActive();
    m_runAction->setEnabled(!active);
    m_resumeAction->setEnabled(!active && RunOptions::hasCheckpoint(m_lastRun.checkpointDir));
    m_stopAction->setEnabled(active && m_run->state() != RunSession::State::Stopping);
    m_cancelAction->setEnabled(active);
    m_runStateLabel->setText(RunSession::stateText(m_run->state()));
}

void MainWindow::setRunProgram(const QString& path) { m_run->setProgram(path); }

void MainWindow::setRunSecrets(std::unique_ptr<RunSecrets> secrets) { m_runSecrets = std::move(secrets); }

bool MainWindow::runWritingToSinks() {
    RunOptions options = m_lastRun;
    options.writeToSinks = true;
    options.resume = false;
    return runJob(options);
}

bool MainWindow::resumeRun() {
    RunOptions options = m_lastRun;
    options.resume = true;
    return runJob(options);
}

void MainWindow::runWithOptions() {
    RunOptionsDialog dialog(m_lastRun, m_document->job(), this);
    if (dialog.exec() == QDialog::Accepted) runJob(dialog.options());
}

bool MainWindow::runJob(RunOptions options) {
    // Collecting secrets may wait for the keychain with the event loop running: a second Run
    // pressed meanwhile must not start a second run or overwrite this one's options.
    if (m_run->isActive() || m_preparingRun) return false;
    m_preparingRun = true;
    const auto prepared = qScopeGuard([this] { m_preparingRun = false; });
    m_runLog->clear();
    const auto& diagnostics = m_document->diagnostics();
    const auto errors = std::ranges::count_if(diagnostics, validate::blocksLocalRun);
    if (errors > 0) {
        // The list the export refuses with, less what a local run can do without: the Problems
        // dock, and each error in the log.
        for (const analysis::Diagnostic& diagnostic : diagnostics) {
            if (!validate::blocksLocalRun(diagnostic)) continue;
            const model::Node* node = m_document->job().findNode(diagnostic.nodeId);
            m_runLog->append(protocol::LogLevel::Error, node ? QString::fromStdString(node->name) : QString(),
                             QString::fromStdString(diagnostic.message));
        }
        statusBar()->showMessage(tr("Not run: the job has %n error(s); see Problems.", nullptr, int(errors)), 6000);
        showDock(this, QStringLiteral("problemsDock"));
        return false;
    }
    const QString jobName = QString::fromStdString(m_document->job().name);
    const QString jobKey = m_document->filePath().isEmpty() ? jobName : m_document->filePath();
    if (options.writeToSinks && !m_writeConfirmed.contains(jobKey)) {
        const bool confirmed = m_confirmWrite ? m_confirmWrite(jobName)
                                              : QMessageBox::question(
                                                    this, tr("Write to the sinks?"),
                                                    tr("This run writes to the tables and topics the job's sinks name, "
                                                       "and commits its Kafka consumer offsets. Run Preview (F5) "
                                                       "writes nothing.\n\nRun '%1' and write?")
                                                        .arg(jobName)) == QMessageBox::Yes;
        if (!confirmed) {
            m_runLog->append(protocol::LogLevel::Warning, {}, tr("Not run: writing to the sinks was not confirmed."));
            return false;
        }
        m_writeConfirmed.insert(jobKey);
    }
    const auto secrets = m_runSecrets->collect(m_document->job());
    if (!secrets) {
        m_runLog->append(protocol::LogLevel::Warning, {}, tr("Not run: a secret the job needs was not given."));
        showDock(this, QStringLiteral("runLogDock"));
        return false;
    }
    showDock(this, QStringLiteral("runDock"));
    // Room for the charts: the bottom docks take about 40 % of the window while a run is shown.
    for (QDockWidget* dock : findChildren<QDockWidget*>(QStringLiteral("runDock")))
        if (dock->height() < height() * 2 / 5) resizeDocks({dock}, {height() * 2 / 5}, Qt::Vertical);
    m_runOverlay->clear();
    options.checkpointDir = RunOptions::checkpointDirFor(m_document->filePath(), jobName, options.writeToSinks);
    if (!QDir().mkpath(options.checkpointDir)) options.checkpointDir.clear();  // run without checkpoints
    m_lastRun = options;
    m_runLog->append(protocol::LogLevel::Info, {},
                     options.writeToSinks ? tr("Run started; it writes to the sinks.")
                                          : tr("Preview run started: the sinks write nothing; see Data Preview."));
    for (const QString& line : options.overridesText(m_document->job()))
        m_runLog->append(protocol::LogLevel::Info, {}, line);
    m_run->start(options.jobToRun(m_document->job()), *secrets, options.arguments());
    return true;
}

void MainWindow::stopRun() { m_run->stop(); }

void MainWindow::cancelRun() { m_run->cancel(); }

void MainWindow::onRunFinished(protocol::Outcome outcome, const QString& message, const QString& location) {
    const QString text = location.isEmpty() ? message : location + QStringLiteral(": ") + message;
    switch (outcome) {
    case protocol::Outcome::Ok:
        m_runLog->append(protocol::LogLevel::Info, {}, tr("Run finished. %1").arg(text));
        statusBar()->showMessage(tr("Run finished"), 5000);
        return;
    case protocol::Outcome::Cancelled:
        m_runLog->append(protocol::LogLevel::Warning, {}, tr("Run cancelled. %1").arg(text));
        statusBar()->showMessage(tr("Run cancelled"), 5000);
        return;
    case protocol::Outcome::Failed:
    case protocol::Outcome::Refused:
        m_runOverlay->markFailure(location, message);
        m_runLog->append(protocol::LogLevel::Error, RunOverlay::nodeNameIn(location), tr("Run failed: %1").arg(text));
        statusBar()->showMessage(tr("Run failed: %1").arg(text), 10000);
        showDock(this, QStringLiteral("runLogDock"));
        return;
    }
}

}  // namespace sw::ui
