// The property panel's "Infer schema…" on a Kafka node, clicked like a user: the sample is read
// off the GUI thread, the proposal's dialog lists the columns and the changes, Apply changes the
// schema as one undo step; an unreachable broker is said with node and field.

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QtTest>

#include "document/job_document.h"
#include "kcat_client.h"
#include "loopback_port.h"
#include "properties/property_panel.h"
#include "properties/schema_inference_dialog.h"
#include "properties/schema_inference_panel.h"
#include "properties/secret_store.h"
#include "test_endpoints.h"

using namespace sw;
using namespace sw::ui;

namespace {

model::Node kafkaSource(const std::string& bootstrap, const std::string& topic) {
    model::Node node;
    node.id = node.name = "orders";
    node.kind = "kafka-source";
    node.options = {{"bootstrap.servers", bootstrap}, {"topic", topic}, {"format", "json"}};
    node.schema.columns = {{"id", model::FlinkType::parse("INT").value(), {}},
                           {"gone", model::FlinkType::parse("STRING").value(), {}}};
    return node;
}

QStringList texts(const QListWidget* list) {
    QStringList lines;
    for (int i = 0; i < list->count(); ++i) lines << list->item(i)->text();
    return lines;
}

}  // namespace

class TestSchemaInference : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void applyingTheProposalIsOneUndoStep();
    void unreachableBrokerIsSaidWithNodeAndField();

private:
    void show(const model::Node& node);
    SchemaInferencePanel* panel() const { return m_panel->schemaInference(); }

    JobDocument* m_document = nullptr;
    PropertyPanel* m_panel = nullptr;
};

void TestSchemaInference::init() {
    SecretStore::instance().setKeychainEnabled(false);  // never touch a real keychain
    m_document = new JobDocument;
    m_panel = new PropertyPanel(m_document);
    m_panel->resize(480, 900);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
}

void TestSchemaInference::cleanup() {
    delete m_panel;
    delete m_document;
}

void TestSchemaInference::show(const model::Node& node) {
    model::JobGraph job;
    job.name = "infer";
    job.nodes = {node};
    m_document->reset(job);
    m_document->setSelectedNodeIds({QString::fromStdString(node.id)});
}

void TestSchemaInference::applyingTheProposalIsOneUndoStep() {
    auto endpoints = testing::TestEndpoints::fromEnvironment();
    QVERIFY2(endpoints.ok(), endpoints.ok() ? "" : endpoints.error().toString().c_str());
    if (!endpoints->kafkaBootstrap()) SW_QSKIP_OUTSIDE_CI("SW_TEST_KAFKA is not set; run scripts/test.sh");
    const std::string topic = testing::KcatClient::uniqueTopic("infer-ui");
    QVERIFY(testing::KcatClient(*endpoints->kafkaBootstrap())
                .produce(topic, {R"(a:{"id": 1, "user": {"name": "ann"}})", R"(b:{"id": 2})"})
                .ok());
    show(kafkaSource(*endpoints->kafkaBootstrap(), topic));
    const model::Schema declared = m_document->node(QStringLiteral("orders"))->schema;
    QVERIFY(panel());
    QSignalSpy shown(panel(), &SchemaInferencePanel::proposalShown);
    QTest::mouseClick(panel()->inferButton(), Qt::LeftButton);
    // The sample is read on another thread: the GUI says it waits and stays usable.
    QVERIFY(panel()->isRunning());
    QVERIFY(!panel()->inferButton()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 30000);

    SchemaInferenceDialog* dialog = panel()->dialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->columns()->topLevelItemCount(), 2);
    QCOMPARE(dialog->columns()->topLevelItem(1)->text(1), QStringLiteral("ROW<`name` STRING>"));
    QCOMPARE(dialog->columns()->topLevelItem(1)->text(2), QStringLiteral("seen in 1 of 2 message(s)"));
    QCOMPARE(texts(dialog->changes()), QStringList({"+ user ROW<`name` STRING>", "- gone STRING",
                                                    "~ id: INT -> BIGINT NOT NULL"}));
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Apply), Qt::LeftButton);

    const model::Schema& applied = m_document->node(QStringLiteral("orders"))->schema;
    QCOMPARE(applied.columns.size(), std::size_t(2));
    QCOMPARE(QString::fromStdString(applied.columns[0].type.toSql()), QStringLiteral("BIGINT NOT NULL"));
    QCOMPARE(QString::fromStdString(applied.columns[1].name), QStringLiteral("user"));
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QVERIFY(m_document->node(QStringLiteral("orders"))->schema == declared);
}

void TestSchemaInference::unreachableBrokerIsSaidWithNodeAndField() {
    auto closed = testing::LoopbackPort::closed();
    QVERIFY2(closed.ok(), closed.ok() ? "" : closed.error().toString().c_str());
    show(kafkaSource("127.0.0.1:" + std::to_string(closed->port()), "orders"));
    QSignalSpy failed(panel(), &SchemaInferencePanel::failed);
    QTest::mouseClick(panel()->inferButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
    QVERIFY(!panel()->dialog());
    QVERIFY(panel()->inferButton()->isEnabled());
    QVERIFY2(panel()->status()->text().startsWith(
                 QStringLiteral("Cannot infer the schema: node 'orders' / bootstrap.servers: [refused] ")),
             qPrintable(panel()->status()->text()));
    QCOMPARE(m_document->undoStack()->count(), 0);
}

QTEST_MAIN(TestSchemaInference)
#include "test_schema_inference.moc"
