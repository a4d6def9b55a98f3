// JobSettingsDialog: OK applies exactly one undoable command, Cancel changes nothing.

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QtTest>

#include "document/job_document.h"
#include "properties/job_settings_dialog.h"

using namespace sw;
using namespace sw::ui;

namespace {

// Where a user clicks a check box: on its indicator, not the empty middle of a stretched row.
void clickCheckBox(QCheckBox* box) { QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2)); }

}  // namespace

class TestSettingsDialog : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showsCurrentSettings();
    void okAppliesOneUndoableCommand();
    void cancelChangesNothing();
    void invalidDurationDisablesOk_data();
    void invalidDurationDisablesOk();
    void miniBatchFieldsFollowEnabled();
    void restoreDefaults();
    void extraEntriesRoundTrip();

private:
    JobDocument* m_document = nullptr;
};

void TestSettingsDialog::init() {
    m_document = new JobDocument;
    model::JobGraph job;
    job.settings.parallelism = 4;
    job.settings.checkpointInterval = std::chrono::seconds(30);
    job.settings.extra = {{"pipeline.name", "orders"}};
    m_document->reset(job);
}

void TestSettingsDialog::cleanup() { delete m_document; }

void TestSettingsDialog::showsCurrentSettings() {
    JobSettingsDialog dialog(m_document);
    QCOMPARE(dialog.parallelism()->value(), 4);
    QCOMPARE(dialog.checkpointInterval()->text(), QStringLiteral("30 s"));
    QCOMPARE(dialog.extraTable()->rowCount(), 1);
    QCOMPARE(dialog.enteredSettings(), std::optional(m_document->job().settings));  // nothing lost on the way
}

void TestSettingsDialog::okAppliesOneUndoableCommand() {
    const model::JobSettings before = m_document->job().settings;
    JobSettingsDialog dialog(m_document);
    dialog.show();
    dialog.checkpointInterval()->selectAll();
    QTest::keyClicks(dialog.checkpointInterval(), QStringLiteral("2 min"));
    dialog.parallelism()->setValue(8);
    clickCheckBox(dialog.miniBatchEnabled());
    QCOMPARE(m_document->job().settings, before);  // nothing until OK
    QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(m_document->job().settings.checkpointInterval, std::chrono::milliseconds(120'000));
    QCOMPARE(m_document->job().settings.parallelism, 8);
    QCOMPARE(m_document->job().settings.miniBatchEnabled, !before.miniBatchEnabled);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->job().settings, before);
}

void TestSettingsDialog::cancelChangesNothing() {
    const model::JobSettings before = m_document->job().settings;
    JobSettingsDialog dialog(m_document);
    dialog.show();
    dialog.parallelism()->setValue(16);
    QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(m_document->undoStack()->count(), 0);
    QCOMPARE(m_document->job().settings, before);
}

void TestSettingsDialog::invalidDurationDisablesOk_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("seconds") << "45 s" << true;
    QTest::newRow("minutes") << "10 min" << true;
    QTest::newRow("empty means default") << "" << true;
    QTest::newRow("word") << "soon" << false;
    QTest::newRow("unknown unit") << "5 weeks" << false;
}

void TestSettingsDialog::invalidDurationDisablesOk() {
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    JobSettingsDialog dialog(m_document);
    dialog.show();
    dialog.checkpointInterval()->selectAll();
    QTest::keyClick(dialog.checkpointInterval(), Qt::Key_Delete);
    QTest::keyClicks(dialog.checkpointInterval(), text);
    QCOMPARE(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled(), accepted);
    QCOMPARE(dialog.enteredSettings().has_value(), accepted);
    QCOMPARE(dialog.checkpointInterval()->toolTip().isEmpty(), accepted);
    dialog.accept();
    QCOMPARE(m_document->undoStack()->count(), accepted ? 1 : 0);  // every accepted text differs from 30 s
}

void TestSettingsDialog::miniBatchFieldsFollowEnabled() {
    JobSettingsDialog dialog(m_document);
    dialog.show();
    QVERIFY(dialog.miniBatchEnabled()->isChecked());
    QVERIFY(dialog.miniBatchLatency()->isEnabled());
    clickCheckBox(dialog.miniBatchEnabled());
    QVERIFY(!dialog.miniBatchLatency()->isEnabled());
}

void TestSettingsDialog::restoreDefaults() {
    JobSettingsDialog dialog(m_document);
    dialog.show();
    QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
    QCOMPARE(dialog.enteredSettings(), std::optional(model::JobSettings{}));
    QCOMPARE(m_document->undoStack()->count(), 0);  // only OK applies
}

void TestSettingsDialog::extraEntriesRoundTrip() {
    JobSettingsDialog dialog(m_document);
    QTableWidget* extra = dialog.extraTable();
    extra->insertRow(1);
    extra->setItem(1, 0, new QTableWidgetItem(QStringLiteral("table.exec.sink.not-null-enforcer")));
    extra->setItem(1, 1, new QTableWidgetItem(QStringLiteral("DROP")));
    dialog.accept();
    QCOMPARE(m_document->job().settings.extra.at("table.exec.sink.not-null-enforcer"), std::string("DROP"));
    QCOMPARE(m_document->job().settings.extra.at("pipeline.name"), std::string("orders"));
}

QTEST_MAIN(TestSettingsDialog)
#include "test_settings_dialog.moc"
