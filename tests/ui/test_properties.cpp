// PropertyPanel, its typed option fields, SchemaEditor and ExpressionEdit, driven like a user.

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QCompleter>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

#include "commands/change_node_command.h"
#include "document/job_document.h"
#include "model/job_file.h"
#include "properties/choice_option_field.h"
#include "properties/diagnostic_line.h"
#include "properties/expression_edit.h"
#include "properties/expression_field.h"
#include "properties/expression_option_field.h"
#include "properties/group_by_editor.h"
#include "properties/join_keys_editor.h"
#include "properties/option_form.h"
#include "properties/output_list_editor.h"
#include "properties/per_column_options_table.h"
#include "properties/property_panel.h"
#include "properties/schema_editor.h"
#include "properties/schema_table_model.h"
#include "properties/secret_edit.h"
#include "properties/secret_store.h"
#include "properties/text_option_field.h"

using namespace sw;
using namespace sw::ui;

namespace {

model::Node makeNode(const char* id, const char* kind) {
    model::Node node;
    node.id = id;
    node.kind = kind;
    node.name = id;
    return node;
}

model::FlinkType type(const char* sql) { return model::FlinkType::parse(sql).value(); }

// orders (kafka) -> users (mysql lookup) -> big (filter) -> cities (project)
model::JobGraph sampleJob() {
    model::JobGraph job;
    job.name = "sample";
    model::Node orders = makeNode("orders", "kafka-source");
    orders.options = {{"bootstrap.servers", "broker:9092"}, {"topic", "old"}};
    orders.schema.columns = {{"order_id", type("BIGINT NOT NULL"), {}},
                             {"user_id", type("BIGINT"), {}},
                             {"amount", type("DECIMAL(10, 2)"), {}},
                             {"order_time", type("TIMESTAMP(3)"), {}}};
    orders.schema.procTimeColumn = "proc_time";
    model::Node users = makeNode("users", "mysql-lookup");
    users.options = {{"hostname", "db"}, {"database-name", "shop"}, {"table-name", "users"},
                     {"lookup.cache", "LRU"}, {"lookup.cache.ttl", "10 min"}};
    users.schema.columns = {{"id", type("BIGINT NOT NULL"), {}}, {"city", type("STRING"), {}}};
    users.schema.primaryKey = {"id"};
    users.joinKeys = {{"user_id", "id"}};
    model::Node filter = makeNode("big", "filter");
    model::Node project = makeNode("cities", "project");
    model::Node window = makeNode("per_minute", "window-aggregate");
    window.options = {{"window.kind", "TUMBLE"}, {"window.size", "1 min"}};
    model::Node datagen = makeNode("fake", "datagen-source");
    datagen.schema.columns = {{"id", type("BIGINT"), {}}, {"name", type("STRING"), {}}};
    datagen.options = {{"fields.id.kind", "sequence"}};
    job.nodes = {orders, users, filter, project, window, datagen};
    job.edges = {{"orders", "out", "users", "probe"}, {"users", "out", "big", "in"}, {"big", "out", "cities", "in"},
                 {"orders", "out", "per_minute", "in"}};
    return job;
}

std::string option(JobDocument& document, const char* nodeId, const char* optionId) {
    return document.node(nodeId)->option(optionId);
}

}  // namespace

class TestProperties : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void selectionDecidesWhatIsShown();
    void kafkaSourceGetsTypedEditors_data();
    void kafkaSourceGetsTypedEditors();
    void requiredAndSqlKeyAreShown();
    void typingAWordIsOneUndoStep();
    void typingKeepsFocusAndEditor();
    void enumComboChangesOption();
    void invalidDurationIsRefused();
    void secretValueNeverReachesTheJob();
    void visibleWhenFollowsSecurityProtocol();
    void diagnosticFixButtonAppliesFix();
    void renameGoesThroughUndo();
    void schemaEditorAddsColumnAndRefusesBadType();
    void filterConditionChecksAgainstUpstream();
    void projectAddsAllInputColumns();
    void lookupShowsJoinKeys();
    void windowColumnsComeFromUpstream();
    void perColumnOptionsTable();
    void expressionEditFlagsAndTypes();
    void expressionCompletionShowsSignatures();
    void expressionCallsDeclaredFunctions();
    void datagenNumericColumnGetsBoundsInTheSameStep();
    void sinkShowsAndDeclaresItsInheritedColumns();
    void quoteIdentifier_data();
    void quoteIdentifier();

private:
    void select(const char* nodeId);
    template <typename T>
    T* field(const char* optionId) {
        return qobject_cast<T*>(m_panel->optionForm()->field(QString::fromLatin1(optionId)));
    }

    JobDocument* m_document = nullptr;
    PropertyPanel* m_panel = nullptr;
};

void TestProperties::init() {
    SecretStore::instance().setKeychainEnabled(false);  // deterministic: never touch a real keychain
    m_document = new JobDocument;
    m_document->reset(sampleJob());
    m_panel = new PropertyPanel(m_document);
    m_panel->resize(420, 900);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    m_panel->activateWindow();
}

void TestProperties::cleanup() {
    delete m_panel;
    delete m_document;
}

void TestProperties::select(const char* nodeId) { m_document->setSelectedNodeIds({QString::fromLatin1(nodeId)}); }

void TestProperties::selectionDecidesWhatIsShown() {
    QCOMPARE(m_panel->nodeId(), QString());
    QVERIFY(m_panel->hintLabel()->isVisible());
    select("orders");
    QCOMPARE(m_panel->nodeId(), QStringLiteral("orders"));
    QVERIFY(!m_panel->hintLabel()->isVisible());
    QCOMPARE(m_panel->nameEdit()->text(), QStringLiteral("orders"));
    QCOMPARE(m_panel->kindLabel()->text(), QStringLiteral("Kafka"));
    m_document->setSelectedNodeIds({QStringLiteral("orders"), QStringLiteral("users")});
    QCOMPARE(m_panel->nodeId(), QString());
    QVERIFY(m_panel->hintLabel()->text().contains(QStringLiteral("2 nodes")));
}

void TestProperties::kafkaSourceGetsTypedEditors_data() {
    QTest::addColumn<QString>("optionId");
    QTest::addColumn<QString>("editorClass");
    QTest::newRow("string") << "topic" << "sw::ui::TextOptionField";
    QTest::newRow("enum") << "format" << "sw::ui::ChoiceOptionField";
    QTest::newRow("bool") << "json.ignore-parse-errors" << "sw::ui::ChoiceOptionField";
    QTest::newRow("int") << "scan.startup.timestamp-millis" << "sw::ui::TextOptionField";
    QTest::newRow("secret") << "sasl.password" << "sw::ui::SecretEdit";
    QTest::newRow("path") << "ssl.ca.location" << "sw::ui::TextOptionField";
}

void TestProperties::kafkaSourceGetsTypedEditors() {
    QFETCH(QString, optionId);
    QFETCH(QString, editorClass);
    select("orders");
    OptionField* editor = m_panel->optionForm()->field(optionId);
    QVERIFY2(editor, qPrintable(optionId));
    QCOMPARE(QString::fromLatin1(editor->metaObject()->className()), editorClass);
    QVERIFY(m_panel->schemaEditor());
    QVERIFY(!m_panel->outputList());
}

void TestProperties::requiredAndSqlKeyAreShown() {
    select("orders");
    QLabel* label = m_panel->optionForm()->label(QStringLiteral("bootstrap.servers"));
    QVERIFY(label->text().endsWith(QStringLiteral(" *")));
    QVERIFY(label->toolTip().contains(QStringLiteral("properties.bootstrap.servers in kafka")));
    QVERIFY(!m_panel->optionForm()->label(QStringLiteral("group.id"))->text().endsWith(QStringLiteral("*")));
    auto* format = field<ChoiceOptionField>("format");
    QCOMPARE(format->comboBox()->itemText(0), QStringLiteral("(default: json)"));
    QCOMPARE(format->comboBox()->currentIndex(), 0);  // unset
    auto* ignore = field<ChoiceOptionField>("json.ignore-parse-errors");
    QCOMPARE(ignore->comboBox()->count(), 3);  // unset / true / false
}

void TestProperties::typingAWordIsOneUndoStep() {
    select("orders");
    QLineEdit* topic = field<TextOptionField>("topic")->lineEdit();
    const int before = m_document->undoStack()->count();
    topic->setFocus();
    topic->selectAll();
    QTest::keyClicks(topic, QStringLiteral("payments"));
    QCOMPARE(option(*m_document, "orders", "topic"), std::string("payments"));
    QCOMPARE(m_document->undoStack()->count(), before + 1);
    m_document->undoStack()->undo();
    QCOMPARE(option(*m_document, "orders", "topic"), std::string("old"));
    QCOMPARE(topic->text(), QStringLiteral("old"));
}

void TestProperties::typingKeepsFocusAndEditor() {
    select("orders");
    OptionForm* form = m_panel->optionForm();
    QLineEdit* group = field<TextOptionField>("group.id")->lineEdit();
    group->setFocus();
    QTest::keyClicks(group, QStringLiteral("analytics"));
    QCOMPARE(m_panel->optionForm(), form);  // not rebuilt under the user's fingers
    QVERIFY(group->hasFocus());
    QCOMPARE(group->text(), QStringLiteral("analytics"));
    QCOMPARE(group->cursorPosition(), 9);
}

void TestProperties::enumComboChangesOption() {
    select("orders");
    QComboBox* combo = field<ChoiceOptionField>("scan.startup.mode")->comboBox();
    combo->setFocus();
    const int before = m_document->undoStack()->count();
    QTest::keyClick(combo, Qt::Key_Down);  // (default) -> earliest-offset
    QCOMPARE(option(*m_document, "orders", "scan.startup.mode"), std::string("earliest-offset"));
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(option(*m_document, "orders", "scan.startup.mode"), std::string("latest-offset"));
    QCOMPARE(m_document->undoStack()->count(), before + 2);  // each pick is its own step
    QTest::keyClick(combo, Qt::Key_Home);  // back to the "(default: ...)" entry: unset
    QVERIFY(!m_document->node("orders")->options.contains("scan.startup.mode"));
}

void TestProperties::invalidDurationIsRefused() {
    select("users");
    auto* ttl = field<TextOptionField>("lookup.cache.ttl");
    QVERIFY(ttl);
    QVERIFY(m_panel->optionForm()->isOptionShown(QStringLiteral("lookup.cache.ttl")));
    ttl->lineEdit()->setFocus();
    ttl->lineEdit()->selectAll();
    QTest::keyClicks(ttl->lineEdit(), QStringLiteral("ten minutes"));
    QCOMPARE(option(*m_document, "users", "lookup.cache.ttl"), std::string("10 min"));
    QVERIFY(!ttl->errorText().isEmpty());
    QVERIFY(ttl->lineEdit()->styleSheet().contains(QStringLiteral("border")));
    QCOMPARE(ttl->lineEdit()->toolTip(), ttl->errorText());
    QCOMPARE(ttl->lineEdit()->text(), QStringLiteral("ten minutes"));  // the typing is kept to fix

    ttl->lineEdit()->selectAll();
    QTest::keyClicks(ttl->lineEdit(), QStringLiteral("30 s"));
    QCOMPARE(option(*m_document, "users", "lookup.cache.ttl"), std::string("30 s"));
    QVERIFY(ttl->errorText().isEmpty());
}

void TestProperties::secretValueNeverReachesTheJob() {
    model::JobGraph job = sampleJob();
    job.nodes[0].options["security.protocol"] = "SASL_SSL";
    m_document->reset(job);
    select("orders");
    auto* secret = field<SecretEdit>("sasl.password");
    QVERIFY(secret && secret->isVisible());
    QCOMPARE(secret->valueEdit()->echoMode(), QLineEdit::Password);

    const QString password = QStringLiteral("s3cr3t-P@ss");
    secret->valueEdit()->setFocus();
    QTest::keyClicks(secret->valueEdit(), password);
    QTest::keyClick(secret->valueEdit(), Qt::Key_Return);
    // No name was given: one is derived from the node and the option.
    QCOMPARE(option(*m_document, "orders", "sasl.password"), std::string("${secret.orders_sasl_password}"));
    const std::string serialized = model::serializeJob(m_document->job());
    QVERIFY(serialized.find(password.toStdString()) == std::string::npos);
    QVERIFY(secret->valueEdit()->text().isEmpty());
    QCOMPARE(SecretStore::instance().sessionValue(QStringLiteral("orders_sasl_password")), std::optional(password));
    QVERIFY(secret->noteLabel()->isVisible());
    QVERIFY(secret->noteLabel()->text().contains(QStringLiteral("memory")));

    QLineEdit* name = secret->nameEdit();
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("kafka_pw"));
    QCOMPARE(option(*m_document, "orders", "sasl.password"), std::string("${secret.kafka_pw}"));
    QTest::keyClicks(name, QStringLiteral(" x"));  // a space is not allowed in a secret name
    QCOMPARE(option(*m_document, "orders", "sasl.password"), std::string("${secret.kafka_pw}"));
    QVERIFY(name->styleSheet().contains(QStringLiteral("border")));
}

void TestProperties::visibleWhenFollowsSecurityProtocol() {
    select("orders");
    OptionForm* form = m_panel->optionForm();
    QVERIFY(!form->isOptionShown(QStringLiteral("sasl.mechanism")));
    QVERIFY(!form->field(QStringLiteral("sasl.password"))->isVisible());
    QComboBox* protocol = field<ChoiceOptionField>("security.protocol")->comboBox();
    protocol->setFocus();
    QTest::keyClick(protocol, Qt::Key_Down);  // PLAINTEXT
    QTest::keyClick(protocol, Qt::Key_Down);  // SASL_PLAINTEXT
    QCOMPARE(option(*m_document, "orders", "security.protocol"), std::string("SASL_PLAINTEXT"));
    QVERIFY(form->isOptionShown(QStringLiteral("sasl.mechanism")));
    QVERIFY(form->field(QStringLiteral("sasl.password"))->isVisible());
    QVERIFY(!form->isOptionShown(QStringLiteral("ssl.ca.location")));  // SSL only
    QTest::keyClick(protocol, Qt::Key_Down);  // SASL_SSL
    QVERIFY(form->isOptionShown(QStringLiteral("ssl.ca.location")));
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QVERIFY(!form->isOptionShown(QStringLiteral("sasl.mechanism")));
}

void TestProperties::diagnosticFixButtonAppliesFix() {
    model::JobGraph job = sampleJob();
    job.nodes[0].options["security.protocol"] = "sasl_ssl";  // only the spelling is off
    job.nodes[0].options["bootstrap.servers"] = "broker:9095";  // the SASL_SSL port
    m_document->reset(job);
    select("orders");
    DiagnosticLine* line = m_panel->optionForm()->diagnosticLine(QStringLiteral("security.protocol"));
    QVERIFY(line->isVisible());
    QVERIFY(line->text().contains(QStringLiteral("sasl_ssl")));
    QVERIFY(line->fixButton()->isVisible());
    QTest::mouseClick(line->fixButton(), Qt::LeftButton);
    QCOMPARE(option(*m_document, "orders", "security.protocol"), std::string("SASL_SSL"));
    QVERIFY2(!line->isVisible(), qPrintable(line->text()));
    m_document->undoStack()->undo();
    QCOMPARE(option(*m_document, "orders", "security.protocol"), std::string("sasl_ssl"));
}

void TestProperties::renameGoesThroughUndo() {
    select("orders");
    QLineEdit* name = m_panel->nameEdit();
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("raw_orders"));
    QCOMPARE(m_document->node("orders")->name, std::string("orders"));  // committed on Enter
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(m_document->node("orders")->name, std::string("raw_orders"));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->node("orders")->name, std::string("orders"));
}

// A sink without columns of its own takes its input's (as the SQL declares them): the schema
// section says which, and one click declares them as one undo step.
void TestProperties::sinkShowsAndDeclaresItsInheritedColumns() {
    model::JobGraph job = m_document->job();
    job.nodes.push_back(makeNode("out", "print-sink"));
    job.edges.push_back({"fake", "out", "out", "in"});
    m_document->reset(job);
    select("out");
    SchemaEditor* editor = m_panel->schemaEditor();
    QVERIFY(editor && editor->inheritedColumns());
    QCOMPARE(editor->view()->model()->rowCount(), 0);
    QVERIFY(editor->inheritedColumns()->isVisibleTo(m_panel));
    QVERIFY2(editor->inheritedColumns()->text().contains(QStringLiteral("id BIGINT, name STRING")),
             qPrintable(editor->inheritedColumns()->text()));

    QTest::mouseClick(editor->declareInheritedButton(), Qt::LeftButton);
    const auto& declared = m_document->node("out")->schema.columns;
    QCOMPARE(declared.size(), std::size_t(2));
    QCOMPARE(declared[0].name, std::string("id"));
    QCOMPARE(declared[1].type, type("STRING"));
    editor = m_panel->schemaEditor();
    QCOMPARE(editor->view()->model()->rowCount(), 2);
    QVERIFY(!editor->inheritedColumns()->isVisibleTo(m_panel));
    m_document->undoStack()->undo();
    QVERIFY(m_document->node("out")->schema.columns.empty());
}

void TestProperties::schemaEditorAddsColumnAndRefusesBadType() {
    select("orders");
    SchemaEditor* editor = m_panel->schemaEditor();
    QVERIFY(editor);
    QTableView* view = editor->view();
    QCOMPARE(view->model()->rowCount(), 4);
    QTest::mouseClick(editor->addButton(), Qt::LeftButton);
    QCOMPARE(m_document->node("orders")->schema.columns.size(), std::size_t(5));
    const int row = 4;

    const auto typeInto = [&](const QString& text) {
        const QModelIndex cell = view->model()->index(row, SchemaTableModel::TypeSection);
        view->setCurrentIndex(cell);
        view->edit(cell);
        auto* cellEditor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        QVERIFY(cellEditor);
        cellEditor->selectAll();
        QTest::keyClicks(cellEditor, text);
        QTest::keyClick(cellEditor, Qt::Key_Return);
        QCoreApplication::processEvents();  // the delegate commits through a queued call
    };
    typeInto(QStringLiteral("BIGINT"));
    QCOMPARE(m_document->node("orders")->schema.columns[4].type, type("BIGINT"));
    const int steps = m_document->undoStack()->count();

    typeInto(QStringLiteral("BIGGINT"));
    QCOMPARE(m_document->node("orders")->schema.columns[4].type, type("BIGINT"));  // not committed
    QCOMPARE(m_document->undoStack()->count(), steps);
    const QModelIndex cell = view->model()->index(row, SchemaTableModel::TypeSection);
    QCOMPARE(cell.data().toString(), QStringLiteral("BIGGINT"));
    QVERIFY(!cell.data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(cell.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xd3, 0x2f, 0x2f));
    // Not silently dropped: the schema's problem line says what was not applied, and why.
    QVERIFY2(editor->diagnosticLine()->isVisibleTo(editor), "the problem line is hidden");
    const QString problem = editor->diagnosticLine()->text();
    QVERIFY2(problem.contains(QStringLiteral("'BIGGINT' is not applied")) && problem.contains(QStringLiteral("did you mean BIGINT?")) &&
                 problem.contains(QStringLiteral("keeps BIGINT")),
             qPrintable(problem));

    // While typing, the cell editor checks the text and completes Flink's types.
    view->setCurrentIndex(cell);
    view->edit(cell);
    auto* typing = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    QVERIFY(typing && typing->completer());
    typing->selectAll();
    QTest::keyClicks(typing, QStringLiteral("DUBLE"));
    QVERIFY2(typing->toolTip().contains(QStringLiteral("did you mean DOUBLE?")), qPrintable(typing->toolTip()));
    typing->selectAll();
    QTest::keyClicks(typing, QStringLiteral("deci"));
    QCOMPARE(typing->completer()->currentCompletion(), QStringLiteral("DECIMAL(10, 2)"));
    typing->selectAll();
    QTest::keyClicks(typing, QStringLiteral("DECIMAL(10, 2)"));
    QVERIFY(typing->toolTip().isEmpty());
    QTest::keyClick(typing, Qt::Key_Return);
    QCoreApplication::processEvents();
    QCOMPARE(m_document->node("orders")->schema.columns[4].type, type("DECIMAL(10, 2)"));
    QVERIFY(!editor->diagnosticLine()->isVisibleTo(editor));  // corrected: the problem is gone

    // A text that did not parse belongs to its column: once the column moves, no row claims it.
    typeInto(QStringLiteral("DUBLE"));
    QVERIFY(editor->diagnosticLine()->isVisibleTo(editor));
    auto schema = m_document->node("orders")->schema;
    std::swap(schema.columns[3], schema.columns[4]);
    const sw::model::Node before = *m_document->node("orders");
    sw::model::Node moved = before;
    moved.schema = schema;
    m_document->undoStack()->push(new ChangeNodeCommand(m_document, before, moved, QString()));
    QVERIFY(!editor->diagnosticLine()->isVisibleTo(editor));
    QVERIFY(view->model()->index(row, SchemaTableModel::TypeSection).data(Qt::ToolTipRole).toString().isEmpty());

    // The nullable checkbox toggles NOT NULL.
    const QModelIndex nullable = view->model()->index(row, SchemaTableModel::NullableSection);
    QVERIFY(view->model()->setData(nullable, Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!m_document->node("orders")->schema.columns[4].type.nullable());
}

void TestProperties::filterConditionChecksAgainstUpstream() {
    select("big");
    auto* condition = field<ExpressionOptionField>("condition");
    QVERIFY(condition);
    ExpressionEdit* edit = condition->expressionEdit();
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("amount > 100 AND city IS NOT NULL"));
    QVERIFY2(edit->isValid(), qPrintable(edit->errorText()));
    QCOMPARE(edit->resultType(), QStringLiteral("BOOLEAN"));
    QCOMPARE(option(*m_document, "big", "condition"), std::string("amount > 100 AND city IS NOT NULL"));
    m_document->undoStack()->undo();
    QVERIFY(!m_document->node("big")->options.contains("condition"));  // the whole text was one step
}

void TestProperties::projectAddsAllInputColumns() {
    select("cities");
    OutputListEditor* outputs = m_panel->outputList();
    QVERIFY(outputs);
    QVERIFY(outputs->addAllButton()->isEnabled());
    QTest::mouseClick(outputs->addAllButton(), Qt::LeftButton);
    const auto& result = m_document->node("cities")->outputs;
    // Probe columns (+ proc_time) and the dimension's city; "id" equals user_id's key and is dropped.
    QVERIFY(result.size() >= 5);
    QCOMPARE(result.front().name, std::string("order_id"));
    QCOMPARE(outputs->rowCount(), int(result.size()));
    QVERIFY(outputs->expressionField(0)->edit()->isValid());
    outputs->expressionField(1)->edit()->setFocus();
    outputs->expressionField(1)->edit()->selectAll();
    QTest::keyClicks(outputs->expressionField(1)->edit(), QStringLiteral("user_id + 1"));
    QCOMPARE(m_document->node("cities")->outputs[1].expression, std::string("user_id + 1"));
}

void TestProperties::lookupShowsJoinKeys() {
    select("users");
    JoinKeysEditor* keys = m_panel->joinKeysEditor();
    QVERIFY(keys);
    QCOMPARE(keys->rowCount(), 1);
    QCOMPARE(keys->probeCombo(0)->currentText(), QStringLiteral("user_id"));
    QCOMPARE(keys->dimCombo(0)->currentText(), QStringLiteral("id"));
    QTest::mouseClick(keys->addButton(), Qt::LeftButton);
    QCOMPARE(m_document->node("users")->joinKeys.size(), std::size_t(2));
    QCOMPARE(keys->rowCount(), 2);
}

void TestProperties::windowColumnsComeFromUpstream() {
    select("per_minute");
    QComboBox* timeColumn = field<ChoiceOptionField>("window.time-column")->comboBox();
    QStringList offered;
    for (int i = 1; i < timeColumn->count(); ++i) offered << timeColumn->itemText(i);
    QCOMPARE(offered, (QStringList{"order_id", "user_id", "amount", "order_time", "proc_time"}));
    QVERIFY(!m_panel->optionForm()->isOptionShown(QStringLiteral("window.slide")));  // HOP only
    timeColumn->setFocus();
    QTest::keyClick(timeColumn, Qt::Key_End);
    QCOMPARE(option(*m_document, "per_minute", "window.time-column"), std::string("proc_time"));

    QListWidget* groupBy = m_panel->groupByEditor()->list();
    QCOMPARE(groupBy->count(), 5);
    groupBy->item(1)->setCheckState(Qt::Checked);
    QCOMPARE(m_document->node("per_minute")->groupBy, std::vector<std::string>{"user_id"});
    QVERIFY(m_panel->outputList());  // aggregates
}

void TestProperties::perColumnOptionsTable() {
    select("fake");
    PerColumnOptionsTable* table = m_panel->perColumnTable();
    QVERIFY(table);
    QVERIFY(!m_panel->optionForm()->hasOption(QStringLiteral("fields.#.kind")));
    QCOMPARE(table->table()->rowCount(), 2);
    int startColumn = -1;
    int lengthColumn = -1;
    for (int c = 0; c < table->table()->columnCount(); ++c) {
        const QString header = table->table()->horizontalHeaderItem(c)->text();
        if (header == QStringLiteral("Sequence start")) startColumn = c;
        if (header == QStringLiteral("Length")) lengthColumn = c;
    }
    QVERIFY(startColumn >= 0 && lengthColumn >= 0);
    // "id" is a sequence: start applies, length does not; "name" is random: the other way round.
    QVERIFY(table->table()->item(0, startColumn)->flags() & Qt::ItemIsEditable);
    QVERIFY(!(table->table()->item(0, lengthColumn)->flags() & Qt::ItemIsEditable));
    QVERIFY(table->table()->item(1, lengthColumn)->flags() & Qt::ItemIsEditable);
    table->table()->item(0, startColumn)->setText(QStringLiteral("100"));
    QCOMPARE(option(*m_document, "fake", "fields.id.start"), std::string("100"));
    table->table()->item(0, startColumn)->setText(QStringLiteral("many"));  // not a whole number
    QCOMPARE(option(*m_document, "fake", "fields.id.start"), std::string("100"));
}

void TestProperties::expressionEditFlagsAndTypes() {
    ExpressionField field;
    ExpressionEdit* edit = field.edit();
    edit->setColumns({{"amount", type("DECIMAL(10, 2)"), {}}});
    field.show();
    QTest::keyClicks(edit, QStringLiteral("amount >"));
    QVERIFY(!edit->isValid());
    QVERIFY2(edit->errorText().contains(QStringLiteral("offset")), qPrintable(edit->errorText()));
    QVERIFY(field.statusLabel()->text().contains(QStringLiteral("offset")));
    QVERIFY(edit->styleSheet().contains(QStringLiteral("border")));
    QTest::keyClicks(edit, QStringLiteral(" 10"));
    QVERIFY2(edit->isValid(), qPrintable(edit->errorText()));
    QCOMPARE(edit->resultType(), QStringLiteral("BOOLEAN"));
    QVERIFY(field.statusLabel()->text().contains(QStringLiteral("BOOLEAN")));
    QVERIFY(edit->styleSheet().isEmpty());
    edit->setText(QStringLiteral("price > 10"));
    QVERIFY(!edit->isValid());  // unknown column
    QVERIFY2(edit->errorText().contains(QStringLiteral("price")), qPrintable(edit->errorText()));
    edit->setColumns({});  // unconnected: the message says so instead of naming the column
    QCOMPARE(edit->errorText(), QStringLiteral("no input is connected, so there are no columns to use yet"));
    edit->setText(QStringLiteral("1 > 0"));
    QVERIFY(edit->isValid());
}

void TestProperties::expressionCompletionShowsSignatures() {
    ExpressionField field;
    ExpressionEdit* edit = field.edit();
    edit->setColumns({{"city", type("STRING"), {}}});
    field.show();
    field.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&field));  // the popup opens only for a focused edit
    edit->setFocus();
    QVERIFY(edit->hasFocus());
    QTest::keyClicks(edit, QStringLiteral("split_i"));
    auto* completer = edit->findChild<QCompleter*>();
    QVERIFY(completer);
    QCOMPARE(completer->completionCount(), 1);
    QCOMPARE(completer->currentCompletion(), QStringLiteral("SPLIT_INDEX"));
    // The popup line carries the signature and what the function does.
    const QString shown = completer->completionModel()->index(0, 0).data(Qt::DisplayRole).toString();
    QVERIFY2(shown.startsWith(QStringLiteral("SPLIT_INDEX(string1, string2, integer1)")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("split")), qPrintable(shown));
    QVERIFY(completer->popup()->isVisible());
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(edit->text(), QStringLiteral("SPLIT_INDEX"));
    QTest::keyClicks(edit, QStringLiteral("(city, ',', 1)"));
    QVERIFY2(edit->isValid(), qPrintable(edit->errorText()));  // a Flink built-in, not an unknown function
    QCOMPARE(edit->resultType(), QStringLiteral("STRING"));
}

// A datagen column retyped to DOUBLE gets explicit bounds (not Flink's ±1e308), in the same undo step.
void TestProperties::datagenNumericColumnGetsBoundsInTheSameStep() {
    select("fake");
    SchemaEditor* editor = m_panel->schemaEditor();
    QVERIFY(editor);
    QTableView* view = editor->view();
    const QModelIndex cell = view->model()->index(1, SchemaTableModel::TypeSection);  // `name`, STRING
    const int steps = m_document->undoStack()->count();
    QVERIFY(view->model()->setData(cell, QStringLiteral("DOUBLE"), Qt::EditRole));
    QCOMPARE(m_document->node("fake")->schema.columns[1].type, type("DOUBLE"));
    QCOMPARE(option(*m_document, "fake", "fields.name.min"), std::string("0"));
    QCOMPARE(option(*m_document, "fake", "fields.name.max"), std::string("1000"));
    QCOMPARE(option(*m_document, "fake", "fields.id.min"), std::string());  // a sequence keeps none
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->node("fake")->schema.columns[1].type, type("STRING"));
    QCOMPARE(option(*m_document, "fake", "fields.name.max"), std::string());
}

void TestProperties::expressionCallsDeclaredFunctions() {
    ExpressionField field;
    ExpressionEdit* edit = field.edit();
    edit->setColumns({{"phone", type("STRING"), {}}});
    field.show();
    QTest::keyClicks(edit, QStringLiteral("mask_phone(phone)"));
    QVERIFY(!edit->isValid());
    QVERIFY2(edit->errorText().contains(QStringLiteral("unknown function mask_phone")), qPrintable(edit->errorText()));
    edit->setFunctions({{"mask_phone", "com.example.udf.MaskPhone", {type("STRING")}, type("STRING")}});
    QVERIFY2(edit->isValid(), qPrintable(edit->errorText()));
    QCOMPARE(edit->resultType(), QStringLiteral("STRING"));
    auto* completer = edit->findChild<QCompleter*>();
    completer->setCompletionPrefix(QStringLiteral("mask_"));
    QCOMPARE(completer->completionCount(), 1);
    const QString shown = completer->completionModel()->index(0, 0).data(Qt::DisplayRole).toString();
    QVERIFY2(shown.startsWith(QStringLiteral("mask_phone(STRING) RETURNS STRING")), qPrintable(shown));
}

void TestProperties::quoteIdentifier_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << "amount" << "amount";
    QTest::newRow("underscore") << "_order_id2" << "_order_id2";
    QTest::newRow("space") << "order id" << "`order id`";
    QTest::newRow("leading digit") << "2nd" << "`2nd`";
    QTest::newRow("dash") << "user-id" << "`user-id`";
    QTest::newRow("backquote") << "a`b" << "`a``b`";
}

void TestProperties::quoteIdentifier() {
    QFETCH(QString, name);
    QFETCH(QString, quoted);
    QCOMPARE(ExpressionEdit::quoteIdentifier(name), quoted);
}

QTEST_MAIN(TestProperties)
#include "test_properties.moc"
