// MainWindow's autosave and crash recovery.
#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

#include "document/job_document.h"
#include "document/recovery_store.h"
#include "mainwindow/main_window.h"

namespace sw::ui {

void MainWindow::setUpAutosave() {
    m_recovery = std::make_unique<RecoveryStore>();
    auto* timer = new QTimer(this);
    timer->setObjectName(QStringLiteral("autosaveTimer"));
    timer->start(kAutosaveIntervalMs);
    connect(timer, &QTimer::timeout, this, &MainWindow::autosave);
    connect(m_document, &JobDocument::jobChanged, this, [this] { m_autosavePending = m_document->isModified(); });
    // Saved, reverted to the saved state, or replaced by another job: nothing left to recover.
    connect(m_document, &JobDocument::modifiedChanged, this, [this](bool modified) {
        m_autosavePending = modified;
        if (!modified) m_recovery->removeOwn();
    });
}

void MainWindow::setRecoveryStore(std::unique_ptr<RecoveryStore> store) {
    m_recovery->removeOwn();
    m_recovery = std::move(store);
    m_autosavePending = m_document->isModified();
}

void MainWindow::autosave() {
    if (!m_autosavePending) return;
    const QString error = m_recovery->write(m_document->job(), m_document->filePath());
    // A failed autosave must not interrupt the user; it is said where it will be seen, and the
    // next tick tries again.
    if (!error.isEmpty()) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(error), kAutosaveIntervalMs);
        return;
    }
    m_autosavePending = false;
}

bool MainWindow::offerRecovery() {
    QStringList unreadable;
    std::vector<RecoveryStore::Entry> orphans = m_recovery->orphans(&unreadable);
    for (const QString& path : unreadable)
        statusBar()->showMessage(tr("Recovery file %1 cannot be read; it was left in place").arg(QDir::toNativeSeparators(path)));
    if (orphans.empty()) return false;
    // The newest one is offered; older ones stay on disk and are offered at the next start.
    RecoveryStore::Entry& entry = orphans.front();
    const QString file = entry.jobFile.isEmpty() ? tr("an untitled job") : QDir::toNativeSeparators(entry.jobFile);
    QMessageBox box(QMessageBox::Warning, tr("Recover unsaved changes"),
                    tr("Streamwright did not close properly while “%1” (%2) had unsaved changes.")
                        .arg(QString::fromStdString(entry.job.name), file),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("recoveryQuestion"));
    box.setInformativeText(tr("They were autosaved at %1. Recover them?")
                               .arg(QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat)));
    QPushButton* recover = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
    box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    QPushButton* later = box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(recover);
    box.exec();
    if (box.clickedButton() == later) return false;
    if (box.clickedButton() != recover) {
        RecoveryStore::discard(entry);
        return false;
    }
    m_document->reset(std::move(entry.job), entry.jobFile);
    m_document->markUnsaved();
    // Written again as this designer's own before the old one goes, so no moment holds neither.
    m_autosavePending = true;
    autosave();
    RecoveryStore::discard(entry);
    m_exportGate.forget();
    fitWhenLaidOut();
    return true;
}

}  // namespace sw::ui
