// The property panel's "Test connection" on Kafka nodes, clicked like a user: a busy indicator
// while the check runs off the GUI thread, then the results with their failure class; results go
// when the node's options change.

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QtTest>

#include "commands/change_node_command.h"
#include "document/job_document.h"
#include "loopback_port.h"
#include "properties/connection_check_panel.h"
#include "properties/property_panel.h"
#include "properties/secret_store.h"
#include "test_endpoints.h"

using namespace sw;
using namespace sw::ui;

namespace {

model::Node kafkaSource(const std::string& bootstrap, const std::string& topic) {
    model::Node node;
    node.id = node.name = "orders";
    node.kind = "kafka-source";
    node.options = {{"bootstrap.servers", bootstrap}, {"topic", topic}, {"format", "json"},
                    {"scan.startup.mode", "earliest-offset"}};
    node.schema.columns = {{"id", model::FlinkType::parse("BIGINT").value(), {}}};
    return node;
}

model::Node printSink() {
    model::Node node;
    node.id = node.name = "out";
    node.kind = "print-sink";
    return node;
}

// The (status, failure class) of each result row, in order.
QStringList rowStates(const QTreeWidget* results) {
    QStringList states;
    for (int i = 0; i < results->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* row = results->topLevelItem(i);
        states << row->text(0) + ":" + row->data(0, ConnectionCheckPanel::kStatusRole).toString() + "/" +
                      row->data(0, ConnectionCheckPanel::kFailureRole).toString();
    }
    return states;
}

}  // namespace

class TestConnectionCheck : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void onlyConnectorNodesHaveTheSection();
    void reachableBrokerListsEveryCheck();
    void refusedPortIsShownWithItsClass();
    void changedOptionsClearTheResults();
    void resultOfChangedOptionsIsDropped();

private:
    void show(const model::Node& node);
    void editOption(const std::string& key, const std::string& value);
    ConnectionCheckPanel* panel() const { return m_panel->connectionCheck(); }
    void clickTest();
    // Shows a Kafka source whose bootstrap server is a closed loopback port (refused).
    void showAtClosedPort();

    std::optional<testing::LoopbackPort> m_closedPort;

    JobDocument* m_document = nullptr;
    PropertyPanel* m_panel = nullptr;
};

void TestConnectionCheck::init() {
    SecretStore::instance().setKeychainEnabled(false);  // never touch a real keychain
    m_document = new JobDocument;
    m_panel = new PropertyPanel(m_document);
    m_panel->resize(480, 900);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
}

void TestConnectionCheck::cleanup() {
    delete m_panel;
    delete m_document;
    m_closedPort.reset();
}

void TestConnectionCheck::showAtClosedPort() {
    auto closed = testing::LoopbackPort::closed();
    QVERIFY2(closed.ok(), closed.ok() ? "" : closed.error().toString().c_str());
    m_closedPort.emplace(std::move(*closed));
    show(kafkaSource("127.0.0.1:" + std::to_string(m_closedPort->port()), "orders"));
}

void TestConnectionCheck::show(const model::Node& node) {
    model::JobGraph job;
    job.name = "check";
    job.nodes = {node, printSink()};
    m_document->reset(job);
    m_document->setSelectedNodeIds({QString::fromStdString(node.id)});
}

void TestConnectionCheck::editOption(const std::string& key, const std::string& value) {
    const model::Node before = *m_document->node(QStringLiteral("orders"));
    model::Node after = before;
    after.options[key] = value;
    m_document->undoStack()->push(new ChangeNodeCommand(m_document, before, after));
}

void TestConnectionCheck::clickTest() {
    QVERIFY(panel());
    QVERIFY(panel()->testButton()->isVisible());
    QTest::mouseClick(panel()->testButton(), Qt::LeftButton);
    // The check runs on another thread: the GUI shows that it waits, and stays usable.
    QVERIFY(panel()->isRunning());
    QVERIFY(panel()->busyIndicator()->isVisible());
    QVERIFY(!panel()->testButton()->isEnabled());
}

void TestConnectionCheck::onlyConnectorNodesHaveTheSection() {
    show(kafkaSource("127.0.0.1:9", "orders"));
    QVERIFY(panel());
    QVERIFY(!panel()->results()->isVisible());
    m_document->setSelectedNodeIds({QStringLiteral("out")});
    QVERIFY(!panel());
    model::Node lookup;
    lookup.id = lookup.name = "orders";
    lookup.kind = "mysql-lookup";
    show(lookup);
    QVERIFY(panel());
    QVERIFY(panel()->testButton()->isVisible());
}

void TestConnectionCheck::reachableBrokerListsEveryCheck() {
    auto endpoints = testing::TestEndpoints::fromEnvironment();
    QVERIFY2(endpoints.ok(), endpoints.ok() ? "" : endpoints.error().toString().c_str());
    if (!endpoints->kafkaBootstrap()) SW_QSKIP_OUTSIDE_CI("SW_TEST_KAFKA is not set; run scripts/test.sh");
    show(kafkaSource(*endpoints->kafkaBootstrap(), "sw-orders"));
    clickTest();
    QTRY_VERIFY_WITH_TIMEOUT(!panel()->isRunning(), 30000);
    QCOMPARE(rowStates(panel()->results()),
             QStringList({"bootstrap:ok/none", "security:ok/none", "brokers:ok/none", "topic:ok/none", "offsets:ok/none"}));
    QCOMPARE(panel()->summary()->text(), QStringLiteral("Connection OK."));
    QVERIFY(panel()->results()->isVisible());
    QVERIFY(!panel()->busyIndicator()->isVisible());
    QVERIFY(panel()->testButton()->isEnabled());
    // The brokers row lists each broker with its advertised address.
    QCOMPARE(panel()->results()->topLevelItem(2)->childCount(), 3);
    QVERIFY(panel()->results()->topLevelItem(2)->child(0)->text(1).contains(QStringLiteral(" at 127.0.0.1:")));
}

void TestConnectionCheck::refusedPortIsShownWithItsClass() {
    showAtClosedPort();
    clickTest();
    QTRY_VERIFY_WITH_TIMEOUT(!panel()->isRunning(), 30000);
    QCOMPARE(rowStates(panel()->results()), QStringList({"bootstrap:failed/refused"}));
    QVERIFY(panel()->results()->topLevelItem(0)->text(1).startsWith(
        QStringLiteral("[connection refused] bootstrap.servers: cannot reach Kafka at 127.0.0.1:")));
    QVERIFY(panel()->summary()->text().startsWith(QStringLiteral(
        "Connection failed: connection refused.\nbootstrap.servers: cannot reach Kafka at 127.0.0.1:")));
}

void TestConnectionCheck::changedOptionsClearTheResults() {
    showAtClosedPort();
    clickTest();
    QTRY_VERIFY_WITH_TIMEOUT(!panel()->isRunning(), 30000);
    QCOMPARE(panel()->results()->topLevelItemCount(), 1);
    editOption("topic", "payments");
    QCOMPARE(panel()->results()->topLevelItemCount(), 0);
    QVERIFY(!panel()->results()->isVisible());
    QVERIFY(panel()->summary()->text().contains(QStringLiteral("changed")));
    // Undo brings the tested options back, not the results: they were cleared, not hidden.
    m_document->undoStack()->undo();
    QCOMPARE(panel()->results()->topLevelItemCount(), 0);
}

void TestConnectionCheck::resultOfChangedOptionsIsDropped() {
    showAtClosedPort();
    QSignalSpy shown(panel(), &ConnectionCheckPanel::reportShown);
    clickTest();
    // Edited before the answer came: that answer is about other options and never shows.
    editOption("topic", "payments");
    QVERIFY(!panel()->isRunning());
    QVERIFY(panel()->testButton()->isEnabled());
    clickTest();
    QTRY_VERIFY_WITH_TIMEOUT(!panel()->isRunning(), 30000);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(rowStates(panel()->results()), QStringList({"bootstrap:failed/refused"}));
}

QTEST_MAIN(TestConnectionCheck)
#include "test_connection_check.moc"
