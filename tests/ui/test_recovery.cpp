// Autosave and crash recovery: unsaved edits reach a recovery file, saving removes it, and the
// file a designer that died left behind is offered back at the next start.

#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <functional>

#include "commands/rename_job_command.h"
#include "document/job_document.h"
#include "document/recovery_store.h"
#include "mainwindow/main_window.h"
#include "model/job_file.h"

using namespace sw;
using namespace sw::ui;

namespace {

const QString kExample = QStringLiteral(SW_SOURCE_DIR "/resources/examples/orders-enrichment.json");

// The id of a process that ran and has ended: a designer that died.
qint64 endedProcessId() {
    QProcess process;
    process.start(QStringLiteral("true"), {});
    if (!process.waitForStarted()) return -1;
    const qint64 pid = process.processId();
    process.waitForFinished();
    return pid;
}

// Answers the recovery question, once it is up, with the button whose text is `button`.
void answerRecoveryWith(const QString& button) {
    QTimer::singleShot(0, [button] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        QCOMPARE(box->objectName(), QStringLiteral("recoveryQuestion"));
        for (QAbstractButton* candidate : box->buttons())
            if (candidate->text() == button) return QTest::mouseClick(candidate, Qt::LeftButton);
        QFAIL(qPrintable(QStringLiteral("no button %1").arg(button)));
    });
}

model::JobGraph exampleRenamed(const std::string& name) {
    auto job = model::loadJobFile(kExample.toStdString());
    job->name = name;
    return *job;
}

}  // namespace

class TestRecovery : public QObject {
    Q_OBJECT

private slots:
    void unsavedEditsAreAutosavedUntilSaved() {
        QTemporaryDir dir;
        const QString jobFile = dir.filePath(QStringLiteral("job.json"));
        QVERIFY(QFile::copy(kExample, jobFile));
        MainWindow window;
        window.setRecoveryStore(std::make_unique<RecoveryStore>(dir.filePath(QStringLiteral("recovery"))));
        QVERIFY(window.openFile(jobFile));
        auto* timer = window.findChild<QTimer*>(QStringLiteral("autosaveTimer"));
        QVERIFY(timer && timer->isActive());
        QCOMPARE(timer->interval(), MainWindow::kAutosaveIntervalMs);

        const QString ownFile = window.recoveryStore()->ownFile();
        window.autosave();
        QVERIFY2(!QFile::exists(ownFile), "nothing unsaved, nothing written");

        JobDocument* document = window.document();
        document->undoStack()->push(new RenameJobCommand(document, document->job().name, "renamed before the crash"));
        window.autosave();
        QVERIFY(QFile::exists(ownFile));
        // The file holds the edited job, as a later start would read it.
        RecoveryStore reader(window.recoveryStore()->directory(), endedProcessId());
        QFile written(ownFile);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().contains("renamed before the crash"));
        // This designer still runs: its file is not an orphan for another one.
        QVERIFY(reader.orphans().empty());

        QVERIFY(window.saveTo(jobFile));
        QVERIFY2(!QFile::exists(ownFile), "saving leaves nothing to recover");
        document->undoStack()->undo();
        window.autosave();
        QVERIFY(QFile::exists(ownFile));
        document->undoStack()->redo();  // back to the saved state
        QVERIFY(!QFile::exists(ownFile));
    }

    void aCrashedDesignersJobIsRecovered() {
        QTemporaryDir dir;
        const QString recoveryDir = dir.filePath(QStringLiteral("recovery"));
        const QString jobFile = dir.filePath(QStringLiteral("orders.json"));
        QVERIFY(QFile::copy(kExample, jobFile));
        const qint64 deadPid = endedProcessId();
        QVERIFY(deadPid > 0);
        const RecoveryStore crashed(recoveryDir, deadPid);
        const model::JobGraph unsaved = exampleRenamed("edited when it crashed");
        QCOMPARE(crashed.write(unsaved, jobFile), QString());

        MainWindow window;
        window.setRecoveryStore(std::make_unique<RecoveryStore>(recoveryDir));
        answerRecoveryWith(QObject::tr("&Recover"));
        QVERIFY(window.offerRecovery());
        QCOMPARE(model::serializeJob(window.document()->job()), model::serializeJob(unsaved));
        QCOMPARE(window.document()->filePath(), jobFile);
        QVERIFY2(window.document()->isModified(), "a recovered job is not saved yet");
        QVERIFY(window.isWindowModified());
        QVERIFY(!QFile::exists(crashed.ownFile()));
        QVERIFY2(QFile::exists(window.recoveryStore()->ownFile()), "kept as this designer's own until saved");
        // The recovered edits are on disk only once the user saves them.
        auto onDisk = model::loadJobFile(jobFile.toStdString());
        QVERIFY(onDisk);
        QVERIFY(onDisk->name != unsaved.name);
    }

    void laterKeepsTheFileAndDiscardRemovesIt() {
        QTemporaryDir dir;
        const QString recoveryDir = dir.filePath(QStringLiteral("recovery"));
        const RecoveryStore crashed(recoveryDir, endedProcessId());
        QCOMPARE(crashed.write(exampleRenamed("kept for later"), {}), QString());
        MainWindow window;
        window.setRecoveryStore(std::make_unique<RecoveryStore>(recoveryDir));
        const std::string before = model::serializeJob(window.document()->job());

        answerRecoveryWith(QObject::tr("&Later"));
        QVERIFY(!window.offerRecovery());
        QVERIFY(QFile::exists(crashed.ownFile()));
        QCOMPARE(model::serializeJob(window.document()->job()), before);

        answerRecoveryWith(QObject::tr("&Discard"));
        QVERIFY(!window.offerRecovery());
        QVERIFY(!QFile::exists(crashed.ownFile()));
        QCOMPARE(model::serializeJob(window.document()->job()), before);
    }

    void aRunningDesignersFileIsNotOffered() {
        QTemporaryDir dir;
        const QString recoveryDir = dir.filePath(QStringLiteral("recovery"));
        QProcess running;
        running.start(QStringLiteral("sleep"), {QStringLiteral("60")});
        QVERIFY(running.waitForStarted());
        const RecoveryStore other(recoveryDir, running.processId());
        QCOMPARE(other.write(exampleRenamed("still being edited"), {}), QString());
        QVERIFY(RecoveryStore(recoveryDir).orphans().empty());
        running.kill();
        running.waitForFinished();
        QCOMPARE(RecoveryStore(recoveryDir).orphans().size(), size_t{1});
    }

    void anUnreadableFileIsLeftAndNamed() {
        QTemporaryDir dir;
        const QString recoveryDir = dir.filePath(QStringLiteral("recovery"));
        QVERIFY(QDir().mkpath(recoveryDir));
        const QString broken = QDir(recoveryDir).filePath(QStringLiteral("job-12.json"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"streamwright-recovery/1\", \"pid\": 12, \"job\": \"{not a job\"}");
        file.close();

        QStringList unreadable;
        QVERIFY(RecoveryStore(recoveryDir).orphans(&unreadable).empty());
        QCOMPARE(unreadable, QStringList{broken});
        MainWindow window;
        window.setRecoveryStore(std::make_unique<RecoveryStore>(recoveryDir));
        QVERIFY(!window.offerRecovery());
        QVERIFY2(QFile::exists(broken), "a file that might still hold edits is never deleted unread");
    }
};

QTEST_MAIN(TestRecovery)
#include "test_recovery.moc"
