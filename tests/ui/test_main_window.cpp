// The assembled designer: open, edit through the palette, preview and export SQL, save, and the
// export gate. Set SW_SCREENSHOT_DIR to also write the screenshots used in the README.
#include <QLabel>
#include <Qsci/qscilexer.h>
#include <Qsci/qsciscintilla.h>

#include <QAbstractButton>
#include <QSettings>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

#include "canvas/job_scene.h"
#include "ci_environment.h"
#include "canvas/job_view.h"
#include "canvas/palette_widget.h"
#include "commands/change_node_command.h"
#include "document/job_document.h"
#include "editor/sql_preview.h"
#include "mainwindow/app_theme.h"
#include "mainwindow/diagnostics_panel.h"
#include "mainwindow/main_window.h"
#include "model/job_file.h"
#include "properties/property_panel.h"

using namespace sw::ui;

namespace {

QString example(const char* name) { return QStringLiteral(SW_SOURCE_DIR "/resources/examples/") + name; }

}  // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StreamwrightTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_main_window"));
    }
    // Each test starts from a first start: nothing remembered from the one before.
    void init() { QSettings().clear(); }

    void opensAnExampleAndPreviewsItsSql() {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(example("orders-enrichment.json")));
        QCOMPARE(window.document()->job().nodes.size(), std::size_t(5));
        const QString sql = window.sqlPreview()->text();
        QVERIFY(sql.contains(QStringLiteral("CREATE TEMPORARY TABLE `orders`")));
        QVERIFY(sql.contains(QStringLiteral("'${secret_values.rds_password}'")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("orders-enrichment.json")));
        QVERIFY(!window.isWindowModified());
        screenshot(window, "main-window-classic.png");
    }

    void darkThemeRecoloursTheSqlPreview() {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(example("orders-enrichment.json")));
        window.document()->setSelectedNodeIds({QStringLiteral("users")});
        const QColor lightPaper = window.sqlPreview()->editor()->lexer()->defaultPaper();
        AppTheme::apply(Theme::Dark);
        QCOMPARE(AppTheme::stored(), Theme::Dark);
        QTRY_VERIFY(window.sqlPreview()->editor()->lexer()->defaultPaper().lightness() < 100);
        QVERIFY(window.sqlPreview()->editor()->lexer()->defaultPaper() != lightPaper);
        screenshot(window, "main-window-dark.png");
        AppTheme::apply(Theme::System);
        QTRY_COMPARE(window.sqlPreview()->editor()->lexer()->defaultPaper(), lightPaper);
    }

    void redoAnswersCtrlShiftZAndCtrlY() {
        MainWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openFile(example("datagen-to-print.json")));
        QUndoStack* stack = window.document()->undoStack();
        emit window.palette()->kindActivated(QStringLiteral("filter"));
        emit window.palette()->kindActivated(QStringLiteral("project"));
        QCOMPARE(stack->index(), 2);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stack->index(), 0);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(stack->index(), 1);
        QTest::keyClick(&window, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(stack->index(), 2);
        // Save As has a key of its own, bound once.
        int saveAs = 0;
        for (QAction* action : window.findChildren<QAction*>())
            saveAs += action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)) ? 1 : 0;
        QCOMPARE(saveAs, 1);
    }

    void paletteAddsANodeAndTheSqlFollowsUndo() {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(example("datagen-to-print.json")));
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString before = window.sqlPreview()->text();
        QTreeWidgetItem* item = window.palette()->itemForKind(QStringLiteral("blackhole-sink"));
        QVERIFY(item);
        window.palette()->scrollToItem(item);
        const QPoint at = window.palette()->visualItemRect(item).center();
        // A real double-click: the first click's press, then the double-click event.
        QTest::mouseClick(window.palette()->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(window.palette()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(window.document()->job().nodes.size(), std::size_t(5));
        QVERIFY(window.isWindowModified());
        // An unconnected sink: the validator flags it, and the preview shows its table.
        QVERIFY(window.sqlPreview()->text() != before);
        QVERIFY(window.diagnosticsPanel()->topLevelItemCount() > 0);
        window.document()->undoStack()->undo();
        QCOMPARE(window.sqlPreview()->text(), before);
        QVERIFY(!window.isWindowModified());
    }

    // Copy, Duplicate and Delete need a selection, Rename exactly one node.
    void selectionActionsFollowTheSelection() {
        MainWindow window;
        QVERIFY(window.openFile(example("datagen-to-print.json")));
        const auto action = [&](const QString& text) {
            for (QAction* a : window.findChildren<QAction*>()) {
                if (a->text() == text) return a;
            }
            return static_cast<QAction*>(nullptr);
        };
        QAction* copy = action(QStringLiteral("&Copy"));
        QAction* remove = action(QStringLiteral("&Delete"));
        QAction* rename = action(QStringLiteral("Re&name"));
        QVERIFY(copy && remove && rename);
        window.document()->setSelectedNodeIds({});
        QVERIFY(!copy->isEnabled() && !remove->isEnabled() && !rename->isEnabled());
        QVERIFY(action(QStringLiteral("&Paste"))->isEnabled());
        const auto& nodes = window.document()->job().nodes;
        window.document()->setSelectedNodeIds({QString::fromStdString(nodes[0].id)});
        QVERIFY(copy->isEnabled() && remove->isEnabled() && rename->isEnabled());
        window.document()->setSelectedNodeIds({QString::fromStdString(nodes[0].id), QString::fromStdString(nodes[1].id)});
        QVERIFY(copy->isEnabled() && remove->isEnabled() && !rename->isEnabled());
    }

    // Problems names a field as the form labels it, with the key as its tooltip.
    void problemsNameFieldsAsTheFormDoes() {
        MainWindow window;
        QVERIFY(window.openFile(example("orders-enrichment.json")));
        sw::model::JobGraph job = window.document()->job();
        for (sw::model::Node& node : job.nodes) {
            if (node.kind == "mysql-lookup") node.options.erase("hostname");
        }
        window.document()->reset(job);
        const auto found = window.diagnosticsPanel()->findItems(QStringLiteral("Host"), Qt::MatchExactly, 2);
        QVERIFY2(!found.isEmpty(), "no problem names the Host field");
        QCOMPARE(found.first()->toolTip(2), QStringLiteral("hostname"));
    }

    // The SQL preview counts errors as Problems lists them, not the statements it marks.
    void sqlPreviewCountsTheErrorsProblemsLists() {
        MainWindow window;
        QVERIFY(window.openFile(example("orders-enrichment.json")));
        sw::model::JobGraph job = window.document()->job();
        for (sw::model::Node& node : job.nodes)
            if (node.kind == "mysql-lookup") {
                node.options.erase("hostname");
                node.options.erase("database-name");
                node.options.erase("table-name");
            }
        window.document()->reset(job);
        int errors = 0;
        for (int row = 0; row < window.diagnosticsPanel()->topLevelItemCount(); ++row)
            if (window.diagnosticsPanel()->topLevelItem(row)->text(0) == DiagnosticsPanel::tr("Error")) ++errors;
        QCOMPARE(errors, 3);  // three missing options, in a node that has fewer statements
        auto* status = window.sqlPreview()->findChild<QLabel*>(QStringLiteral("sqlPreviewStatus"));
        QVERIFY(status);
        QVERIFY2(status->text().startsWith(QStringLiteral("%1 error(s)").arg(errors)), qPrintable(status->text()));
        QVERIFY2(status->text().contains(QStringLiteral("statement(s) marked")), qPrintable(status->text()));
    }

    void theDialectChoiceIsRemembered() {
        {
            MainWindow window;
            QCOMPARE(window.document()->dialect(), sw::kinds::Dialect::AliyunVvr);  // the first start's default
            auto* combo = window.sqlPreview()->findChild<QComboBox*>(QStringLiteral("dialectCombo"));
            combo->setCurrentIndex(combo->findText(QStringLiteral("Apache Flink")));
        }
        MainWindow next;
        QCOMPARE(next.document()->dialect(), sw::kinds::Dialect::ApacheFlink);
        QCOMPARE(next.sqlPreview()->findChild<QComboBox*>(QStringLiteral("dialectCombo"))->currentText(),
                 QStringLiteral("Apache Flink"));
    }

    void dialectSwitchRegeneratesTheSql() {
        MainWindow window;
        QVERIFY(window.openFile(example("orders-enrichment.json")));
        auto* combo = window.sqlPreview()->findChild<QComboBox*>(QStringLiteral("dialectCombo"));
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findText(QStringLiteral("Apache Flink")));
        QCOMPARE(window.document()->dialect(), sw::kinds::Dialect::ApacheFlink);
        QVERIFY(window.sqlPreview()->text().contains(QStringLiteral("'connector' = 'jdbc'")));
        QVERIFY(!window.sqlPreview()->text().contains(QStringLiteral("CREATE TEMPORARY TABLE")));
    }

    void selectionFollowsBetweenCanvasAndSql() {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(example("orders-enrichment.json")));
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // SQL -> node: put the cursor into the lookup's join view.
        const auto& statements = window.sqlPreview()->generated().statements;
        const auto join = std::find_if(statements.begin(), statements.end(), [](const auto& s) { return s.nodeId == "users"; });
        QVERIFY(join != statements.end());
        window.sqlPreview()->editor()->setCursorPosition(join->lastLine, 0);
        // Scintilla reports cursor moves on its next UI update.
        QTRY_COMPARE(window.document()->selectedNodeIds(), QStringList{QStringLiteral("users")});
        QCOMPARE(window.propertyPanel()->nodeId(), QStringLiteral("users"));
        // node -> SQL: selecting the sink scrolls its statement into view.
        window.document()->setSelectedNodeIds({QStringLiteral("city-sink")});
        QCOMPARE(window.propertyPanel()->nodeId(), QStringLiteral("city-sink"));
        screenshot(window, "main-window-properties.png");
    }

    void exportWritesTheSqlThatPassesTheGrammar() {
        MainWindow window;
        QVERIFY(window.openFile(example("orders-enrichment.json")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("job.sql"));
        // The example's MySQL nodes warn that ssl.mode does not reach the mysql connector's SQL.
        QVERIFY(!ExportGate::warningList(*window.document()).isEmpty());
        QTimer::singleShot(0, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        QVERIFY(window.exportSql(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QCOMPARE(written, QByteArray::fromStdString(window.sqlPreview()->generated().text));
        const QString checker = QStringLiteral(SW_SOURCE_DIR "/tests/sql/dist/check.cjs");
        if (!QFile::exists(checker)) SW_QSKIP_OUTSIDE_CI("grammar checker not built (scripts/setup-sql-grammar.sh)");
        QProcess node;
        node.start(QStringLiteral("node"), {checker, path});
        QVERIFY(node.waitForFinished(60000));
        QCOMPARE(node.exitCode(), 0);

        QVERIFY(window.copySqlToClipboard());
        QCOMPARE(QApplication::clipboard()->text().toUtf8(), written);
    }

    void errorsBlockTheExport() {
        MainWindow window;
        QVERIFY(window.openFile(example("orders-enrichment.json")));
        sw::model::Node broken = *window.document()->node(QStringLiteral("orders"));
        const sw::model::Node before = broken;
        broken.options.erase("bootstrap.servers");
        window.document()->undoStack()->push(new ChangeNodeCommand(window.document(), before, broken, QString()));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("job.sql"));
        QString boxName;
        QTimer::singleShot(0, [&boxName] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                boxName = box->objectName();
                box->button(QMessageBox::Ok)->click();
            }
        });
        QVERIFY(!window.exportSql(path));
        QCOMPARE(boxName, QStringLiteral("exportErrorsBox"));
        QVERIFY(!QFile::exists(path));
        QVERIFY(ExportGate::errorList(*window.document()).contains(QStringLiteral("orders")));
    }

    // Ctrl+E on a job with errors refuses before any file dialog; the deployment export's refusal
    // names what it refuses; Save As and Export propose a file named after the job.
    void exportIsRefusedBeforeTheFileDialogAndFilesAreNamedAfterTheJob() {
        MainWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openExample(QStringLiteral(":/examples/orders-enrichment.json")));  // untitled
        const auto firstModal = [](QStringList* seen) {
            QTimer::singleShot(50, [seen] {
                QWidget* modal = QApplication::activeModalWidget();
                if (!modal) return;
                if (auto* box = qobject_cast<QMessageBox*>(modal)) {
                    *seen << box->objectName() + QLatin1Char('|') + box->text();
                    box->button(box->standardButtons() & QMessageBox::Ok ? QMessageBox::Ok : QMessageBox::No)->click();
                } else if (auto* files = qobject_cast<QFileDialog*>(modal)) {
                    *seen << QStringLiteral("file dialog|") + QFileInfo(files->selectedFiles().value(0)).fileName();
                    files->reject();
                }
            });
        };
        QStringList seen;
        firstModal(&seen);
        QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(seen.size(), 1);
        QCOMPARE(seen.value(0), QStringLiteral("file dialog|orders-enrichment-classic.json"));  // "Orders enrichment (classic)"

        sw::model::Node broken = *window.document()->node(QStringLiteral("orders"));
        const sw::model::Node before = broken;
        broken.options.erase("bootstrap.servers");
        window.document()->undoStack()->push(new ChangeNodeCommand(window.document(), before, broken, QString()));
        seen.clear();
        firstModal(&seen);
        window.activateWindow();  // back from the file dialog
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
        QTRY_COMPARE(seen.size(), 1);
        QCOMPARE(seen.value(0), QStringLiteral("exportErrorsBox|The job has errors. Fix them before exporting SQL."));
        seen.clear();
        firstModal(&seen);
        for (QAction* action : window.findChildren<QAction*>())
            if (action->text() == QStringLiteral("Export &Deployment Configuration…")) action->trigger();
        QTRY_COMPARE(seen.size(), 1);
        QCOMPARE(seen.value(0),
                 QStringLiteral("exportErrorsBox|The job has errors. Fix them before exporting the deployment configuration."));
    }

    void warningsAskOnce() {
        MainWindow window;
        QVERIFY(window.openFile(example("clickstream-windows.json")));  // private IPs: no warnings
        sw::model::Node node = *window.document()->node(QStringLiteral("clicks"));
        const sw::model::Node before = node;
        node.options["bootstrap.servers"] = "kafka.example.com:9092";  // not an Alibaba endpoint
        window.document()->undoStack()->push(new ChangeNodeCommand(window.document(), before, node, QString()));
        QVERIFY(!ExportGate::warningList(*window.document()).isEmpty());
        QTemporaryDir dir;
        int asked = 0;
        const auto answerYes = [&asked] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                ++asked;
                box->button(QMessageBox::Yes)->click();
            }
        };
        QTimer::singleShot(0, answerYes);
        QVERIFY(window.exportSql(dir.filePath(QStringLiteral("a.sql"))));
        QCOMPARE(asked, 1);
        QTimer::singleShot(0, answerYes);
        QVERIFY(window.exportSql(dir.filePath(QStringLiteral("b.sql"))));
        QCOMPARE(asked, 1);  // the second export did not ask again
        QTest::qWait(10);    // let the unused single shot run while no box is open
    }

    void saveAndReloadGiveTheSameFile() {
        MainWindow window;
        QVERIFY(window.openFile(example("payments-cleanse.json")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("copy.json"));
        QVERIFY(window.saveTo(path));
        QVERIFY(!window.isWindowModified());
        QFile saved(path), original(example("payments-cleanse.json"));
        QVERIFY(saved.open(QIODevice::ReadOnly) && original.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), original.readAll());
        MainWindow second;
        QVERIFY(second.openFile(path));
        QCOMPARE(second.sqlPreview()->text(), window.sqlPreview()->text());
    }

    void examplesOpenFromTheResources() {
        MainWindow window;
        QVERIFY(window.openExample(QStringLiteral(":/examples/multi-region-union.json")));
        QCOMPARE(window.document()->job().nodes.size(), std::size_t(5));
        QVERIFY(window.document()->filePath().isEmpty());  // untitled: Save asks for a path
        QVERIFY(!window.openExample(QStringLiteral(":/examples/no-such-example.json")));
    }

private:
    static void screenshot(MainWindow& window, const char* name) {
        const QByteArray dir = qgetenv("SW_SCREENSHOT_DIR");
        if (dir.isEmpty()) return;
        window.resize(1600, 1000);
        QTest::qWait(50);
        window.view()->fitAll();
        QTest::qWait(50);
        QVERIFY(window.grab().save(QString::fromUtf8(dir) + QLatin1Char('/') + QLatin1String(name)));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
