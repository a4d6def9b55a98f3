// Running from the designer: F5 starts the job in its own process (the real streamwright-cli),
// the charts and the log fill, Shift+F5 stops it; a job with errors is refused with its problems;
// a runtime failure and a crash of the run process are shown while the designer keeps working.
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLineSeries>
#include <QValueAxis>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QDoubleSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>
#include <csignal>

#include "canvas/edge_item.h"
#include "canvas/job_view.h"
#include "canvas/job_scene.h"
#include "canvas/node_item.h"
#include "document/job_document.h"
#include "mainwindow/main_window.h"
#include "model/job_file.h"
#include "run/metric_chart.h"
#include "run/metric_series.h"
#include "run/data_preview.h"
#include "run/run_history.h"
#include "run/run_log.h"
#include "run/run_options.h"
#include "run/run_options_dialog.h"
#include "run/run_panel.h"
#include "run/run_secrets.h"
#include "run/run_session.h"

using namespace sw::ui;
using sw::runtime::protocol::LogLevel;
using sw::runtime::protocol::Outcome;

namespace {

sw::model::JobGraph datagenExample() {
    auto job = sw::model::loadJobFile(SW_SOURCE_DIR "/resources/examples/datagen-to-print.json");
    if (!job) qFatal("%s", job.error().toString().c_str());
    return std::move(job).value();
}

// A designer whose runs use the CLI just built and secrets from `known` (no keychain, no dialog).
void prepare(MainWindow& window, std::map<QString, QString> known = {}) {
    window.setRunProgram(QStringLiteral(SW_CLI_BINARY));
    window.setRunSecrets(std::make_unique<RunSecrets>(
        [known](const QString& name) -> std::optional<QString> {
            auto found = known.find(name);
            if (found == known.end()) return std::nullopt;
            return found->second;
        },
        [](const QString&) { return std::optional<QString>(); }));
}

bool logContains(const RunLog* log, const QString& text) {
    for (int row = 0; row < log->rowCount(); ++row) {
        if (log->table()->topLevelItem(row)->text(3).contains(text)) return true;
    }
    return false;
}

}  // namespace

class TestRunPanel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StreamwrightTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_run_panel"));
    }

    // The charts scroll inside the panel, so the bottom dock area (Problems shares it) can stay
    // short and leave the canvas its room; each chart keeps a readable height.
    void thePanelDoesNotHoldTheBottomDocksTall() {
        MainWindow window;
        prepare(window);
        QVERIFY2(window.runPanel()->minimumSizeHint().height() < 160,
                 qPrintable(QString::number(window.runPanel()->minimumSizeHint().height())));
        QVERIFY(window.runPanel()->throughputChart()->minimumHeight() >= 150);
    }

    void f5RunsTheDatagenExampleTheChartsFillAndShiftF5Stops() {
        MainWindow window;
        prepare(window);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.document()->reset(datagenExample());
        QTest::keyClick(&window, Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(window.runSession()->state(), RunSession::State::Running, 20000);
        // Two samples of the source's rate, taken by the panel's own polling.
        QTRY_VERIFY_WITH_TIMEOUT(window.runPanel()->throughputChart()->line(QStringLiteral("generated_orders")) &&
                                     window.runPanel()->throughputChart()->line(QStringLiteral("generated_orders"))->size() >= 2,
                                 20000);
        const MetricSeries* rate = window.runPanel()->throughputChart()->line(QStringLiteral("generated_orders"));
        QVERIFY(rate->at(rate->size() - 1).y() > 0);
        QVERIFY(window.runPanel()->summaryLabel()->text().contains(QStringLiteral("read")));
        // The run process's own resources, read from /proc.
        QTRY_VERIFY_WITH_TIMEOUT(window.runPanel()->memoryChart()->line(QStringLiteral("RSS")), 10000);
        const MetricSeries* rss = window.runPanel()->memoryChart()->line(QStringLiteral("RSS"));
        QVERIFY(rss->at(rss->size() - 1).y() > 1);  // more than a megabyte resident
        QVERIFY(window.runPanel()->cpuChart()->line(QStringLiteral("CPU")) != nullptr);
        // Nothing is lost in this job (its filter drops rows, which is not a loss): 100 %.
        const MetricSeries* success = window.runPanel()->successChart()->line(QStringLiteral("success"));
        QVERIFY(success && success->size() > 0);
        QCOMPARE(success->at(success->size() - 1).y(), 100.0);
        // A percentage's axis ends at 100, whatever the data.
        const auto* axis = qobject_cast<QValueAxis*>(window.runPanel()->successChart()->chart()->axes(Qt::Vertical).value(0));
        QVERIFY(axis);
        QCOMPARE(axis->max(), 100.0);
        // A preview: the print sink writes nothing; Data Preview shows what it would have printed.
        window.document()->setSelectedNodeIds({QStringLiteral("out")});
        QTRY_VERIFY_WITH_TIMEOUT(window.dataPreview()->rowsTable()->rowCount() > 0, 10000);
        QVERIFY2(window.dataPreview()->heading()->text().contains(QStringLiteral("wrote nothing")),
                 qPrintable(window.dataPreview()->heading()->text()));
        QCOMPARE(window.dataPreview()->rowsTable()->horizontalHeaderItem(0)->text(), QStringLiteral("order_id"));
        // Selecting another node shows its output.
        window.document()->setSelectedNodeIds({QStringLiteral("big")});
        QTRY_VERIFY_WITH_TIMEOUT(window.dataPreview()->heading()->text().contains(QStringLiteral("Output of 'big_orders'")), 10000);
        QVERIFY(window.dataPreview()->rowsTable()->rowCount() > 0);
        // The canvas shows the source's rate on its card and the fill of the queue in front of the sink.
        const NodeItem* source = window.scene()->nodeItem(QStringLiteral("gen"));
        QVERIFY(source->liveStatus().has_value());
        QVERIFY(source->liveStatus()->recordsPerSecond > 0);
        QVERIFY(source->liveText().contains(QStringLiteral("rec/s")));
        const EdgeItem* intoSink = nullptr;
        for (const EdgeItem* edge : window.scene()->edgeItems())
            if (edge->edge().toNode == "out") intoSink = edge;
        QVERIFY(intoSink && intoSink->backPressure().has_value());
        screenshot(window, "main-window-running.png");

        QTest::keyClick(&window, Qt::Key_F5, Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(window.runSession()->state(), RunSession::State::Finished, 20000);
        QCOMPARE(window.runSession()->outcome(), Outcome::Ok);
        QVERIFY(logContains(window.runLog(), QStringLiteral("Run finished")));
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("runState"))->text().contains(QStringLiteral("Finished")));

        // The stop took a final checkpoint in the preview runs' own folder; Resume continues from it.
        const QString previewDir = RunOptions::checkpointDirFor({}, QString::fromStdString(window.document()->job().name), false);
        QVERIFY(RunOptions::hasCheckpoint(previewDir));
        QVERIFY(previewDir != RunOptions::checkpointDirFor({}, QString::fromStdString(window.document()->job().name), true));
        QVERIFY(window.resumeRun());
        QTRY_COMPARE_WITH_TIMEOUT(window.runSession()->state(), RunSession::State::Running, 20000);
        QVERIFY(logContains(window.runLog(), QStringLiteral("resum")));
        window.cancelRun();
        QTRY_COMPARE_WITH_TIMEOUT(window.runSession()->state(), RunSession::State::Finished, 20000);
        // The job's health over both runs: the newest first, the resumed one marked as a restart.
        const RunHistory* history = window.runPanel()->history();
        QCOMPARE(history->topLevelItemCount(), 2);
        QCOMPARE(history->topLevelItem(0)->text(1), QStringLiteral("Preview, restarted from a checkpoint"));
        QCOMPARE(history->topLevelItem(0)->text(3), QStringLiteral("cancelled"));
        QCOMPARE(history->topLevelItem(1)->text(1), QStringLiteral("Preview"));
        QCOMPARE(history->topLevelItem(1)->text(3), QStringLiteral("finished"));
        QVERIFY(history->topLevelItem(1)->text(4).size() > 0);  // rows read
        if (auto* pages = window.runPanel()->findChild<QTabWidget*>()) {
            pages->setCurrentIndex(2);  // Health
            screenshot(window, "run-health.png");
        }
        // Another job: the last run's options and checkpoints are not its own, so no Resume.
        const auto resume = [&window] {
            for (QAction* action : window.findChildren<QAction*>())
                if (action->text() == QStringLiteral("Resu&me from Last Checkpoint")) return action;
            return static_cast<QAction*>(nullptr);
        }();
        QVERIFY(resume && resume->isEnabled());
        window.document()->reset(datagenExample());
        QVERIFY(!resume->isEnabled());
    }

    void writingToTheSinksIsConfirmedOncePerJob() {
        MainWindow window;
        prepare(window);
        int asked = 0;
        bool answer = false;
        window.setWriteConfirmation([&](const QString&) {
            ++asked;
            return answer;
        });
        window.document()->reset(datagenExample());
        QVERIFY(!window.runWritingToSinks());  // declined: nothing runs
        QCOMPARE(window.runSession()->state(), RunSession::State::Idle);
        answer = true;
        QVERIFY(window.runWritingToSinks());
        QTRY_COMPARE_WITH_TIMEOUT(window.runSession()->state(), RunSession::State::Running, 20000);
        // A writing run: the print sink really prints, into the run log.
        QTRY_VERIFY_WITH_TIMEOUT(logContains(window.runLog(), QStringLiteral("+I[")), 10000);
        window.cancelRun();
        QTRY_COMPARE_WITH_TIMEOUT(window.runSession()->state(), RunSession::State::Finished, 20000);
        QVERIFY(window.runWritingToSinks());
        QCOMPARE(asked, 2);  // the refusal, then one confirmation for this job
        window.cancelRun();
        QTRY_COMPARE_WITH_TIMEOUT(window.runSession()->state(), RunSession::State::Finished, 20000);
    }

    void runOptionsBecomeCommandLineArguments() {
        RunOptions preview;
        QCOMPARE(preview.arguments(), QStringList{QStringLiteral("--preview")});
        RunOptions write;
        write.writeToSinks = true;
        write.maxRecords = 500;
        write.checkpointDir = QStringLiteral("/tmp/x");
        write.resume = true;
        QCOMPARE(write.arguments(), (QStringList{QStringLiteral("--max-records"), QStringLiteral("500"),
                                                 QStringLiteral("--checkpoint-dir"), QStringLiteral("/tmp/x"),
                                                 QStringLiteral("--resume")}));
        RunOptionsDialog dialog(write, datagenExample());
        QVERIFY(dialog.writeButton()->isChecked());
        QCOMPARE(dialog.options().maxRecords.value_or(0), quint64(500));
        // One limit per run, as the CLI takes one: a time limit clears the record limit.
        dialog.durationBox()->setValue(2.5);
        QVERIFY(!dialog.options().maxRecords.has_value());
        QCOMPARE(dialog.options().durationSeconds.value_or(0), 2.5);
        QCOMPARE(dialog.options().arguments().count(QStringLiteral("--duration")), 1);
    }

    void runOptionsChangeWhereKafkaSourcesStartForOneRun() {
        auto job = sw::model::loadJobFile(SW_SOURCE_DIR "/resources/examples/orders-enrichment.json");
        QVERIFY(job.ok());
        RunOptionsDialog dialog(RunOptions{}, *job);
        QVERIFY(dialog.startBox("users") == nullptr);  // a lookup reads no log
        QComboBox* start = dialog.startBox("orders");
        QVERIFY(start);
        QVERIFY(start->currentText().contains(QStringLiteral("group-offsets")));  // as the job says
        QVERIFY(!dialog.startValueEdit("orders")->isEnabled());
        start->setCurrentIndex(start->findData(QStringLiteral("specific-offsets")));
        QVERIFY(dialog.startValueEdit("orders")->isEnabled());
        QTest::keyClicks(dialog.startValueEdit("orders"), QStringLiteral("partition:0,offset:42"));
        dialog.toCurrentEndBox()->setChecked(true);

        const RunOptions options = dialog.options();
        QVERIFY(options.arguments().contains(QStringLiteral("--to-current-end")));
        const auto run = options.jobToRun(*job);
        QCOMPARE(run.findNode("orders")->options.at("scan.startup.mode"), std::string("specific-offsets"));
        QCOMPARE(run.findNode("orders")->options.at("scan.startup.specific-offsets"), std::string("partition:0,offset:42"));
        QCOMPARE(job->findNode("orders")->options.at("scan.startup.mode"), std::string("group-offsets"));  // unchanged
        QVERIFY(options.overridesText(*job).join(QLatin1Char(' ')).contains(QStringLiteral("specific-offsets")));

        // Reopened with those options, the dialog shows them again; "as the job says" drops them.
        RunOptionsDialog again(options, *job);
        QCOMPARE(again.startBox("orders")->currentData().toString(), QStringLiteral("specific-offsets"));
        QCOMPARE(again.startValueEdit("orders")->text(), QStringLiteral("partition:0,offset:42"));
        QVERIFY(again.toCurrentEndBox()->isChecked());
        again.startBox("orders")->setCurrentIndex(0);
        QVERIFY(again.options().optionOverrides.empty());
    }

    void aJobWithErrorsIsRefusedWithItsProblems() {
        MainWindow window;
        prepare(window);
        auto job = datagenExample();
        job.findNode("big")->options["condition"] = "no_such_column > 1";
        window.document()->reset(std::move(job));
        QVERIFY(!window.runJob());
        QCOMPARE(window.runSession()->state(), RunSession::State::Idle);
        QVERIFY(logContains(window.runLog(), QStringLiteral("no_such_column")));
    }

    // A built-in newer than the target engine refuses the export but not a local run, which says
    // so in its log.
    void aFunctionNewerThanTheEngineRunsWithAWarning() {
        MainWindow window;
        prepare(window);
        auto job = datagenExample();
        job.settings.engine = "vvr-11";  // Flink 1.20: BTRIM came with Flink 2.0
        job.findNode("enrich")->outputs[1].expression = "BTRIM(UPPER(city))";
        window.document()->reset(std::move(job));
        QVERIFY(std::ranges::any_of(window.document()->diagnostics(),
                                    [](const auto& d) { return d.code == "function-not-on-engine"; }));
        QVERIFY(window.runJob());
        QTRY_COMPARE_WITH_TIMEOUT(window.runSession()->state(), RunSession::State::Running, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(logContains(window.runLog(), QStringLiteral("BTRIM needs Flink 2.0")), 10000);
        window.cancelRun();
        QTRY_COMPARE_WITH_TIMEOUT(window.runSession()->state(), RunSession::State::Finished, 20000);
    }

    void aSecretThatIsNotGivenStopsTheRunBeforeItStarts() {
        MainWindow window;
        prepare(window);  // knows no secret, and the prompt declines
        auto job = datagenExample();
        job.findNode("out")->options["print-identifier"] = "${secret.ident}";
        window.document()->reset(std::move(job));
        QCOMPARE(RunSecrets::referencedNames(window.document()->job()), QStringList{QStringLiteral("ident")});
        QVERIFY(!window.runJob());
        QCOMPARE(window.runSession()->state(), RunSession::State::Idle);
        QVERIFY(logContains(window.runLog(), QStringLiteral("secret")));
    }

    void secretsAreLookedUpThenAskedFor() {
        QStringList asked;
        const RunSecrets secrets([](const QString& name) -> std::optional<QString> {
                                     if (name == QLatin1String("stored")) return QStringLiteral("s1");
                                     return std::nullopt;
                                 },
                                 [&asked](const QString& name) -> std::optional<QString> {
                                     asked << name;
                                     return QStringLiteral("typed");
                                 });
        sw::model::JobGraph job;
        sw::model::Node node;
        node.id = "n";
        node.options = {{"password", "${secret.stored}"},
                        {"sasl.jaas.config", "org.Login required username=\"${secret.other}\" password=\"${secret.stored}\";"},
                        {"user", "plain"}};
        job.nodes.push_back(node);
        const auto values = secrets.collect(job);
        QVERIFY(values.has_value());
        QCOMPARE(values->at("stored"), std::string("s1"));
        QCOMPARE(values->at("other"), std::string("typed"));
        QCOMPARE(values->size(), std::size_t(2));
        QCOMPARE(asked, QStringList{QStringLiteral("other")});
    }

    void aRuntimeFailureIsShownAndTheDesignerKeepsWorking() {
        MainWindow window;
        prepare(window);
        auto job = datagenExample();
        job.findNode("big")->options["condition"] = "order_id / (order_id - order_id) > 1";  // BIGINT division by zero
        window.document()->reset(std::move(job));
        QVERIFY(window.runJob());
        QTRY_COMPARE_WITH_TIMEOUT(window.runSession()->state(), RunSession::State::Finished, 20000);
        QCOMPARE(window.runSession()->outcome(), Outcome::Failed);
        QVERIFY2(window.runSession()->outcomeMessage().contains(QStringLiteral("division by zero")),
                 qPrintable(window.runSession()->outcomeMessage()));
        QVERIFY(logContains(window.runLog(), QStringLiteral("division by zero")));
        // The failed node is marked on the canvas, its error on the card.
        const NodeItem* filter = window.scene()->nodeItem(QStringLiteral("big"));
        QVERIFY(filter->liveStatus().has_value());
        QVERIFY2(filter->liveStatus()->failure.contains(QStringLiteral("division by zero")),
                 qPrintable(filter->liveText()));
        // Still a working designer: the job can be fixed and run again.
        auto fixed = datagenExample();
        window.document()->reset(std::move(fixed));
        QVERIFY(window.runJob());
        QTRY_COMPARE_WITH_TIMEOUT(window.runSession()->state(), RunSession::State::Running, 20000);
        QVERIFY2(window.runSession()->state() == RunSession::State::Running, qPrintable(window.runSession()->outcomeMessage()));
        window.cancelRun();
        QTRY_COMPARE_WITH_TIMEOUT(window.runSession()->state(), RunSession::State::Finished, 20000);
        QCOMPARE(window.runSession()->outcome(), Outcome::Cancelled);
    }

    void aCrashOfTheRunProcessDoesNotEndTheDesigner() {
        MainWindow window;
        prepare(window);
        window.show();
        window.document()->reset(datagenExample());
        QVERIFY(window.runJob());
        QTRY_COMPARE_WITH_TIMEOUT(window.runSession()->state(), RunSession::State::Running, 20000);
        QVERIFY(window.runSession()->processId() > 0);
        ::kill(static_cast<pid_t>(window.runSession()->processId()), SIGSEGV);
        QTRY_COMPARE_WITH_TIMEOUT(window.runSession()->state(), RunSession::State::Finished, 20000);
        QCOMPARE(window.runSession()->outcome(), Outcome::Failed);
        QVERIFY(window.runSession()->outcomeMessage().contains(QStringLiteral("crashed")));
        QVERIFY(window.isVisible());
        QVERIFY(window.runJob());  // the next run starts as usual
        QTRY_COMPARE_WITH_TIMEOUT(window.runSession()->state(), RunSession::State::Running, 20000);
        window.stopRun();
        QTRY_COMPARE_WITH_TIMEOUT(window.runSession()->state(), RunSession::State::Finished, 20000);
    }

    void seriesKeepAFixedNumberOfPoints() {
        MetricSeries series(QStringLiteral("s"), 3);
        for (int i = 0; i < 10; ++i) series.append(i, i * 10);
        QCOMPARE(series.size(), 3);
        QCOMPARE(series.at(0), QPointF(7, 70));
        QCOMPARE(series.at(2), QPointF(9, 90));
        QCOMPARE(series.pointsSince(8.5).size(), 1);
    }

    void aHiddenChartDrawsWhenItIsShown() {
        MetricChart chart(QStringLiteral("Throughput"), QStringLiteral("records/s"), 10);
        chart.addPoint(QStringLiteral("a"), 0.5, 10);
        chart.addPoint(QStringLiteral("a"), 1.0, 20);
        chart.flush();
        const auto* drawn = qobject_cast<QLineSeries*>(chart.chart()->series().value(0));
        QVERIFY(drawn);
        QCOMPARE(drawn->count(), 0);  // not shown: nothing drawn, the data kept
        QCOMPARE(chart.line(QStringLiteral("a"))->size(), 2);
        chart.show();
        QCOMPARE(drawn->count(), 2);
        chart.addPoint(QStringLiteral("a"), 1.5, 30);
        chart.flush();
        QCOMPARE(drawn->count(), 3);  // shown: each flush draws
    }

    void chartsExportPngAndCsv() {
        MetricChart chart(QStringLiteral("Throughput"), QStringLiteral("records/s"), 10);
        chart.resize(400, 300);
        chart.addPoint(QStringLiteral("a, b"), 0.5, 10);
        chart.addPoint(QStringLiteral("c"), 0.5, 20);
        chart.addPoint(QStringLiteral("a, b"), 1.0, 30);
        QTemporaryDir dir;
        QVERIFY(chart.savePng(dir.filePath(QStringLiteral("chart.png"))));
        QVERIFY(QImage(dir.filePath(QStringLiteral("chart.png"))).width() > 0);
        QVERIFY(chart.saveCsv(dir.filePath(QStringLiteral("chart.csv"))));
        QFile csv(dir.filePath(QStringLiteral("chart.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(csv.readAll()),
                 QStringLiteral("seconds,\"a, b\",\"c\"\n0.500,10,20\n1.000,30,\n"));
    }

    void theLogFiltersAndCopies();

private:
    static void screenshot(MainWindow& window, const char* name);
};

void TestRunPanel::theLogFiltersAndCopies() {
    RunLog log;
    log.append(LogLevel::Info, QStringLiteral("gen"), QStringLiteral("started reading"));
    log.append(LogLevel::Warning, QStringLiteral("out"), QStringLiteral("slow sink"));
    log.append(LogLevel::Error, QStringLiteral("big"), QStringLiteral("division by zero"));
    QCOMPARE(log.visibleRowCount(), 3);
    QTest::keyClicks(log.filterEdit(), QStringLiteral("DIVISION"));
    QCOMPARE(log.visibleRowCount(), 1);
    QVERIFY(log.selectedText().endsWith(QStringLiteral("\terror\tbig\tdivision by zero")));
    log.filterEdit()->clear();
    QCOMPARE(log.visibleRowCount(), 3);
}

// With SW_SCREENSHOT_DIR set, the README's picture of a running job (the cards at a readable zoom).
void TestRunPanel::screenshot(MainWindow& window, const char* name) {
    const QByteArray dir = qgetenv("SW_SCREENSHOT_DIR");
    if (dir.isEmpty()) return;
    window.resize(1600, 1000);
    QTest::qWait(50);
    window.view()->fitAll();
    window.view()->setZoom(0.75);
    window.view()->centerOn(window.scene()->itemsBoundingRect().center());
    QTest::qWait(1500);  // a few more samples on the charts
    QVERIFY(window.grab().save(QString::fromUtf8(dir) + QLatin1Char('/') + QLatin1String(name)));
}

QTEST_MAIN(TestRunPanel)
#include "test_run_panel.moc"
