// RunProfileEditorDialog and the profile choice of a run (ui/run/): profiles typed into the real
// widgets land in the profile file the CLI reads, and a run passes --profile to the CLI.

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

#include "run/run_options.h"
#include "run/run_options_dialog.h"
#include "run/run_profile_box.h"
#include "run/run_profile_editor_dialog.h"
#include "runtime/net/run_profile_store.h"

using namespace sw;
using namespace sw::ui;

namespace {

void typeInto(QWidget* edit, const QString& text) {
    if (auto* line = qobject_cast<QLineEdit*>(edit)) line->clear();
    if (auto* plain = qobject_cast<QPlainTextEdit*>(edit)) plain->clear();
    // keyClicks takes printable characters only: a new line is the Return key.
    const QStringList lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0) QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClicks(edit, lines[i]);
    }
}

void click(QAbstractButton* button) { QTest::mouseClick(button, Qt::LeftButton); }

}  // namespace

class TestRunProfiles : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void addedProfileIsSavedForTheCli();
    void badEntriesAreNamedAndNothingIsSaved();
    void removedProfileIsGoneFromTheFile();
    void runOptionsPassTheChosenProfile();

private:
    runtime::RunProfileStore store() const {
        return runtime::RunProfileStore(m_config->filePath(QStringLiteral("Streamwright/run-profiles.json")).toStdString());
    }
    void addVpcProfile(RunProfileEditorDialog& dialog);
    std::unique_ptr<QTemporaryDir> m_config;
};

void TestRunProfiles::init() {
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
    qputenv("XDG_CONFIG_HOME", m_config->path().toUtf8());
}

void TestRunProfiles::cleanup() {
    qunsetenv("XDG_CONFIG_HOME");
    m_config.reset();
}

void TestRunProfiles::addVpcProfile(RunProfileEditorDialog& dialog) {
    click(dialog.addButton());
    typeInto(dialog.nameEdit(), QStringLiteral("vpc"));
    typeInto(dialog.hostEdit(), QStringLiteral("47.96.1.2"));
    dialog.portBox()->selectAll();
    QTest::keyClicks(dialog.portBox(), QStringLiteral("2222"));
    typeInto(dialog.userEdit(), QStringLiteral("ecs-user"));
    click(dialog.keyFileButton());
    typeInto(dialog.keyFileEdit(), QStringLiteral("/home/u/.ssh/id_ed25519"));
    typeInto(dialog.knownHostsEdit(), QStringLiteral("/home/u/.ssh/known_hosts"));
    typeInto(dialog.endpointsEdit(), QStringLiteral("alikafka-vpc.invalid:9094 = 192.168.0.10:9092\n"
                                                    "rm-db.mysql.invalid:3306 = 192.168.0.20:3306"));
}

void TestRunProfiles::addedProfileIsSavedForTheCli() {
    RunProfileEditorDialog dialog(store());
    dialog.show();
    addVpcProfile(dialog);
    QCOMPARE(dialog.profileList()->item(0)->text(), QStringLiteral("vpc"));
    click(dialog.saveButton());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    // The CLI's --profile reads the same file (RunProfileStore::forUser under XDG_CONFIG_HOME).
    auto saved = runtime::RunProfileStore::forUser().find("vpc");
    QVERIFY2(saved.ok(), saved.ok() ? "" : saved.error().toString().c_str());
    QVERIFY(saved->throughJumpHost);
    QCOMPARE(saved->host, std::string("47.96.1.2"));
    QCOMPARE(saved->port, 2222);
    QCOMPARE(saved->user, std::string("ecs-user"));
    QVERIFY(saved->auth == runtime::JumpHostAuth::KeyFile);
    QCOMPARE(saved->keyFile, std::string("/home/u/.ssh/id_ed25519"));
    QCOMPARE(saved->knownHostsFile, std::string("/home/u/.ssh/known_hosts"));
    QCOMPARE(saved->endpoints.size(), std::size_t(2));
    QCOMPARE(saved->jumpHostTarget({"rm-db.mysql.invalid", 3306}).toString(), std::string("192.168.0.20:3306"));

    // Reopened, the editor shows what was saved.
    RunProfileEditorDialog again(store());
    QCOMPARE(again.profileList()->count(), 1);
    QCOMPARE(again.hostEdit()->text(), QStringLiteral("47.96.1.2"));
    QVERIFY(again.keyFileButton()->isChecked());
    // And the run's profile box offers it.
    RunProfileBox box;
    QCOMPARE(box.count(), 2);
    box.setProfileName(QStringLiteral("vpc"));
    QCOMPARE(box.profileName(), QStringLiteral("vpc"));
}

void TestRunProfiles::badEntriesAreNamedAndNothingIsSaved() {
    RunProfileEditorDialog dialog(store());
    dialog.show();
    addVpcProfile(dialog);
    typeInto(dialog.endpointsEdit(), QStringLiteral("alikafka-vpc.invalid:9094 = 192.168.0.10"));
    click(dialog.saveButton());
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.errorLabel()->text(),
             QStringLiteral("Profile 'vpc': endpoint map line 1: '192.168.0.10' is not host:port"));
    typeInto(dialog.endpointsEdit(), QString());
    dialog.knownHostsEdit()->clear();
    click(dialog.saveButton());
    QVERIFY(dialog.errorLabel()->text().contains(QStringLiteral("a known-hosts file is needed")));
    QVERIFY(!QFile::exists(QString::fromStdString(store().path())));
}

void TestRunProfiles::removedProfileIsGoneFromTheFile() {
    {
        RunProfileEditorDialog dialog(store());
        dialog.show();
        addVpcProfile(dialog);
        click(dialog.saveButton());
    }
    RunProfileEditorDialog dialog(store());
    dialog.show();
    click(dialog.removeButton());
    QCOMPARE(dialog.profileList()->count(), 0);
    click(dialog.saveButton());
    auto loaded = store().load();
    QVERIFY(loaded.ok());
    QVERIFY(loaded->empty());
}

void TestRunProfiles::runOptionsPassTheChosenProfile() {
    {
        RunProfileEditorDialog dialog(store());
        dialog.show();
        addVpcProfile(dialog);
        click(dialog.saveButton());
    }
    RunOptionsDialog dialog(RunOptions{}, model::JobGraph{});
    dialog.show();
    QCOMPARE(dialog.profileBox()->profileName(), QString());
    QVERIFY(!dialog.options().arguments().contains(QStringLiteral("--profile")));
    dialog.profileBox()->setCurrentIndex(dialog.profileBox()->findData(QStringLiteral("vpc")));
    const QStringList arguments = dialog.options().arguments();
    const int at = arguments.indexOf(QStringLiteral("--profile"));
    QVERIFY(at >= 0);
    QCOMPARE(arguments.value(at + 1), QStringLiteral("vpc"));
}

QTEST_MAIN(TestRunProfiles)
#include "test_run_profiles.moc"
