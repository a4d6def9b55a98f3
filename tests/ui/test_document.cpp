// JobDocument, the undo commands and ConnectionRules: merging, clean state, file round trip.

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>

#include "commands/add_node_command.h"
#include "commands/change_node_command.h"
#include "commands/change_settings_command.h"
#include "commands/connect_command.h"
#include "commands/disconnect_command.h"
#include "commands/move_nodes_command.h"
#include "commands/paste_nodes_command.h"
#include "commands/remove_nodes_command.h"
#include "commands/rename_node_command.h"
#include "kinds/catalog.h"
#include "document/connection_rules.h"
#include "document/job_document.h"
#include "document/node_naming.h"
#include "model/job_file.h"

using namespace sw;
using namespace sw::ui;

namespace {

const QString kExample = QStringLiteral(SW_SOURCE_DIR "/resources/examples/orders-enrichment.json");

model::Node makeNode(const std::string& id, const std::string& kind, double x = 0) {
    model::Node node;
    node.id = id;
    node.kind = kind;
    node.name = id;
    node.position = {x, 0};
    return node;
}

model::Edge edge(const std::string& from, const std::string& to, const std::string& toPort = "in") {
    return {from, "out", to, toPort};
}

// src -> flt -> snk, plus an unconnected second source, a union and a lookup.
model::JobGraph smallJob() {
    model::JobGraph job;
    job.name = "small";
    job.nodes = {makeNode("src", "kafka-source"),   makeNode("flt", "filter", 240),
                 makeNode("snk", "print-sink", 480), makeNode("src2", "datagen-source"),
                 makeNode("uni", "union", 240),      makeNode("dim", "mysql-lookup", 240)};
    job.edges = {edge("src", "flt"), edge("flt", "snk")};
    return job;
}

}  // namespace

class TestDocument : public QObject {
    Q_OBJECT

private slots:
    void modifiedFollowsCleanState() {
        JobDocument document;
        document.reset(smallJob());
        QSignalSpy modified(&document, &JobDocument::modifiedChanged);
        QVERIFY(!document.isModified());
        document.undoStack()->push(new AddNodeCommand(&document, makeNode("x", "filter")));
        QVERIFY(document.isModified());
        document.undoStack()->undo();
        QVERIFY(!document.isModified());
        document.undoStack()->redo();
        QVERIFY(document.isModified());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("job.json"));
        QCOMPARE(document.save(path), QString());
        QVERIFY(!document.isModified());
        QCOMPARE(document.filePath(), path);
        document.undoStack()->undo();  // back past the saved state
        QVERIFY(document.isModified());
        QCOMPARE(modified.count(), 5);
        QCOMPARE(modified.last().first().toBool(), true);
    }

    void saveThenLoadGivesIdenticalFile() {
        JobDocument first;
        QCOMPARE(first.load(kExample), QString());
        QVERIFY(!first.job().nodes.empty());
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.json"));
        const QString b = dir.filePath(QStringLiteral("b.json"));
        QCOMPARE(first.save(a), QString());
        JobDocument second;
        QCOMPARE(second.load(a), QString());
        QVERIFY(second.job() == first.job());
        QCOMPARE(second.save(b), QString());
        QFile fa(a), fb(b);
        QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
        const QByteArray bytes = fa.readAll();
        QVERIFY(!bytes.isEmpty());
        QCOMPARE(fb.readAll(), bytes);
    }

    void loadReportsErrorsAndKeepsJob() {
        JobDocument document;
        document.reset(smallJob());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ \"format\": \"streamwright-job\", \"version\": 1, \"nodes\": [ { \"id\": 3 } ] }");
        file.close();
        const QString error = document.load(path);
        QVERIFY2(error.contains(QStringLiteral("nodes[0]")), qPrintable(error));
        QVERIFY(document.job() == smallJob());
    }

    void changeNodeMergesSameKeyOnly() {
        JobDocument document;
        document.reset(smallJob());
        QUndoStack* stack = document.undoStack();
        const QString key = ChangeNodeCommand::mergeKeyFor(QStringLiteral("flt"), QStringLiteral("condition"));
        // Typing "a > 1" one keystroke at a time is one undo step.
        model::Node before = *document.node(QStringLiteral("flt"));
        QString typed;
        for (QChar c : QStringLiteral("a > 1")) {
            model::Node old = *document.node(QStringLiteral("flt"));
            model::Node next = old;
            typed += c;
            next.options["condition"] = typed.toStdString();
            stack->push(new ChangeNodeCommand(&document, old, next, key));
        }
        QCOMPARE(stack->count(), 1);
        QCOMPARE(document.node(QStringLiteral("flt"))->option("condition"), std::string("a > 1"));
        // Another field is a new step; so is an edit without a key.
        model::Node old = *document.node(QStringLiteral("flt"));
        model::Node renamed = old;
        renamed.name = "only_big";
        stack->push(new ChangeNodeCommand(&document, old, renamed,
                                          ChangeNodeCommand::mergeKeyFor(QStringLiteral("flt"), QStringLiteral("name"))));
        QCOMPARE(stack->count(), 2);
        old = *document.node(QStringLiteral("flt"));
        model::Node again = old;
        again.options["condition"] = "a > 2";
        stack->push(new ChangeNodeCommand(&document, old, again));
        model::Node third = again;
        third.options["condition"] = "a > 3";
        stack->push(new ChangeNodeCommand(&document, again, third));
        QCOMPARE(stack->count(), 4);
        stack->setIndex(0);
        QVERIFY(*document.node(QStringLiteral("flt")) == before);
    }

    void changeNodeBackToStartIsNoStep() {
        JobDocument document;
        document.reset(smallJob());
        const QString key = ChangeNodeCommand::mergeKeyFor(QStringLiteral("flt"), QStringLiteral("condition"));
        const model::Node start = *document.node(QStringLiteral("flt"));
        model::Node typed = start;
        typed.options["condition"] = "x";
        document.undoStack()->push(new ChangeNodeCommand(&document, start, typed, key));
        document.undoStack()->push(new ChangeNodeCommand(&document, typed, start, key));
        QCOMPARE(document.undoStack()->count(), 0);
        QVERIFY(!document.isModified());
    }

    void moveMergesContinuedGestureOfSameNodes() {
        JobDocument document;
        document.reset(smallJob());
        QUndoStack* stack = document.undoStack();
        auto nudge = [&](QStringList ids, bool continuation) {
            std::vector<NodeMove> moves;
            for (const QString& id : ids) {
                const model::Position from = document.node(id)->position;
                moves.push_back({id, from, {from.x + 20, from.y}});
            }
            auto* command = new MoveNodesCommand(&document, std::move(moves));
            command->setContinuation(continuation);
            stack->push(command);
        };
        nudge({QStringLiteral("src"), QStringLiteral("flt")}, false);
        nudge({QStringLiteral("flt"), QStringLiteral("src")}, true);  // same set, other order
        nudge({QStringLiteral("src"), QStringLiteral("flt")}, true);
        QCOMPARE(stack->count(), 1);
        QCOMPARE(document.node(QStringLiteral("src"))->position.x, 60.0);
        nudge({QStringLiteral("src")}, true);  // other nodes: a new step
        QCOMPARE(stack->count(), 2);
        nudge({QStringLiteral("src")}, false);  // a new gesture: a new step
        QCOMPARE(stack->count(), 3);
        stack->setIndex(0);
        QVERIFY(document.job() == smallJob());
    }

    void settingsMergeByKey() {
        JobDocument document;
        document.reset(smallJob());
        QSignalSpy settings(&document, &JobDocument::settingsChanged);
        for (int parallelism : {2, 3, 4}) {
            model::JobSettings before = document.job().settings;
            model::JobSettings after = before;
            after.parallelism = parallelism;
            document.undoStack()->push(
                new ChangeSettingsCommand(&document, before, after, QStringLiteral("parallelism")));
        }
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.job().settings.parallelism, 4);
        QCOMPARE(settings.count(), 3);
        document.undoStack()->undo();
        QCOMPARE(document.job().settings.parallelism, smallJob().settings.parallelism);
    }

    // Every command kind: undo gives back the job before, redo the job after.
    void undoRedoRestoresJob_data() {
        QTest::addColumn<int>("which");
        QTest::newRow("add node") << 0;
        QTest::newRow("remove nodes") << 1;
        QTest::newRow("move nodes") << 2;
        QTest::newRow("connect") << 3;
        QTest::newRow("disconnect") << 4;
        QTest::newRow("change node") << 5;
        QTest::newRow("rename node") << 6;
        QTest::newRow("change settings") << 7;
        QTest::newRow("paste nodes") << 8;
    }

    void undoRedoRestoresJob() {
        QFETCH(int, which);
        JobDocument document;
        document.reset(smallJob());
        const model::JobGraph before = document.job();
        const std::vector<std::function<QUndoCommand*()>> makers = {
            [&] { return new AddNodeCommand(&document, makeNode("new", "project")); },
            [&] { return new RemoveNodesCommand(&document, {QStringLiteral("flt"), QStringLiteral("src2")}); },
            [&] { return new MoveNodesCommand(&document, {{QStringLiteral("snk"), {480, 0}, {500, 40}}}); },
            [&] { return new ConnectCommand(&document, edge("src2", "uni")); },
            [&] { return new DisconnectCommand(&document, edge("src", "flt")); },
            [&] {
                model::Node after = *document.node(QStringLiteral("dim"));
                after.options["table-name"] = "users";
                after.joinKeys = {{"user_id", "id"}};
                return new ChangeNodeCommand(&document, *document.node(QStringLiteral("dim")), after);
            },
            [&] { return new RenameNodeCommand(&document, *document.node(QStringLiteral("snk")), QStringLiteral("out")); },
            [&] {
                model::JobSettings after = document.job().settings;
                after.extra["table.exec.sink.not-null-enforcer"] = "DROP";
                return new ChangeSettingsCommand(&document, document.job().settings, after);
            },
            [&] {
                model::JobGraph fragment;
                fragment.nodes = {document.job().nodes[0], document.job().nodes[1]};
                fragment.edges = {document.job().edges[0]};
                return new PasteNodesCommand(&document, fragment, {40, 40});
            },
        };
        QSignalSpy changed(&document, &JobDocument::jobChanged);
        document.undoStack()->push(makers.at(which)());
        QCOMPARE(changed.count(), 1);  // one coalesced notification per command
        const model::JobGraph after = document.job();
        QVERIFY(!(after == before));
        document.undoStack()->undo();
        QVERIFY(document.job() == before);
        document.undoStack()->redo();
        QVERIFY(document.job() == after);
    }

    void removeRestoresNodesAndEdgesInOrder() {
        JobDocument document;
        model::JobGraph job = smallJob();
        job.edges.push_back(edge("src2", "uni"));
        job.edges.push_back(edge("uni", "dim", "probe"));
        document.reset(job);
        document.setSelectedNodeIds({QStringLiteral("uni"), QStringLiteral("snk")});
        document.undoStack()->push(new RemoveNodesCommand(&document, {QStringLiteral("uni")}, {edge("src", "flt")}));
        QCOMPARE(document.job().nodes.size(), job.nodes.size() - 1);
        QCOMPARE(document.job().edges.size(), std::size_t(1));  // flt -> snk survives
        QCOMPARE(document.selectedNodeIds(), QStringList{QStringLiteral("snk")});
        document.undoStack()->undo();
        QVERIFY(document.job() == job);
    }

    void pasteGivesFreshIdsAndNames() {
        JobDocument document;
        document.reset(smallJob());
        model::JobGraph fragment;
        fragment.nodes = {document.job().nodes[0], document.job().nodes[1]};
        fragment.edges = {edge("src", "flt"), edge("flt", "snk")};  // the second leaves the fragment
        auto* command = new PasteNodesCommand(&document, fragment, {40, 40});
        const QStringList ids = command->pastedIds();
        document.undoStack()->push(command);
        QCOMPARE(ids.size(), 2);
        QCOMPARE(document.job().nodes.size(), smallJob().nodes.size() + 2);
        QCOMPARE(document.job().edges.size(), smallJob().edges.size() + 1);
        std::set<std::string> names;
        for (const model::Node& node : document.job().nodes) QVERIFY(names.insert(node.name).second);
        for (const QString& id : ids) QVERIFY(!smallJob().findNode(id.toStdString()));
        const model::Edge& pasted = document.job().edges.back();
        QCOMPARE(QString::fromStdString(pasted.fromNode), ids[0]);
        QCOMPARE(QString::fromStdString(pasted.toNode), ids[1]);
        QCOMPARE(document.node(ids[0])->position.x, 40.0);
        QCOMPARE(document.selectedNodeIds(), ids);
    }

    void diagnosticsFollowChangesAndDialect() {
        JobDocument document;
        document.reset(smallJob());
        QSignalSpy diagnostics(&document, &JobDocument::diagnosticsChanged);
        const auto hasCode = [&](const QString& nodeId, const std::string& code) {
            for (const analysis::Diagnostic& d : document.diagnosticsFor(nodeId)) {
                if (d.code == code) return true;
            }
            return false;
        };
        QVERIFY(hasCode(QStringLiteral("flt"), "missing-option"));  // no condition yet
        model::Node fixed = *document.node(QStringLiteral("flt"));
        fixed.options["condition"] = "TRUE";
        document.undoStack()->push(new ChangeNodeCommand(&document, *document.node(QStringLiteral("flt")), fixed));
        QVERIFY(!hasCode(QStringLiteral("flt"), "missing-option"));
        QVERIFY(diagnostics.count() >= 1);
        for (const analysis::Diagnostic& d : document.diagnosticsFor(QStringLiteral("flt"))) QCOMPARE(d.nodeId, std::string("flt"));
        QSignalSpy dialect(&document, &JobDocument::dialectChanged);
        document.setDialect(kinds::Dialect::ApacheFlink);
        document.setDialect(kinds::Dialect::ApacheFlink);
        QCOMPARE(dialect.count(), 1);
    }

    void connectionRules_data() {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("fromPort");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("toPort");
        QTest::addColumn<QString>("reason");  // "" = allowed; otherwise words the reason contains
        QTest::newRow("second edge into a union") << "src2" << "out" << "uni" << "in" << "";
        QTest::newRow("stream into lookup probe") << "src2" << "out" << "dim2" << "probe" << "";
        QTest::newRow("sink has no output") << "snk" << "in" << "src2" << "out" << "sinks have no outputs";
        QTest::newRow("input to input") << "uni" << "in" << "snk2" << "in" << "connect an output";
        QTest::newRow("output to output") << "src2" << "out" << "uni" << "out" << "connect an output";
        QTest::newRow("self loop") << "uni" << "out" << "uni" << "in" << "itself";
        QTest::newRow("single input taken") << "src2" << "out" << "flt" << "in" << "takes one connection";
        QTest::newRow("probe taken") << "src2" << "out" << "dim" << "probe" << "takes one connection";
        QTest::newRow("duplicate edge") << "src" << "out" << "uni" << "in" << "already connected";
        QTest::newRow("cycle") << "flt" << "out" << "uni" << "in" << "cycle";
        QTest::newRow("unknown port") << "src" << "data" << "uni" << "in" << "port";
        QTest::newRow("unknown node") << "ghost" << "out" << "uni" << "in" << "exist";
    }

    void connectionRules() {
        QFETCH(QString, from);
        QFETCH(QString, fromPort);
        QFETCH(QString, to);
        QFETCH(QString, toPort);
        QFETCH(QString, reason);
        // src -> uni -> dim(probe) -> flt -> snk; src2, dim2 and snk2 unconnected.
        model::JobGraph job;
        job.nodes = {makeNode("src", "kafka-source"),  makeNode("uni", "union"),
                     makeNode("dim", "mysql-lookup"),  makeNode("flt", "filter"),
                     makeNode("snk", "print-sink"),    makeNode("src2", "datagen-source"),
                     makeNode("dim2", "jdbc-lookup"), makeNode("snk2", "blackhole-sink")};
        job.edges = {edge("src", "uni"), edge("uni", "dim", "probe"), edge("dim", "flt"), edge("flt", "snk")};
        const model::Edge candidate{from.toStdString(), fromPort.toStdString(), to.toStdString(), toPort.toStdString()};
        const ConnectionVerdict verdict = ConnectionRules::check(job, candidate);
        if (reason.isEmpty()) {
            QVERIFY2(verdict.allowed, qPrintable(verdict.reason));
            QVERIFY(verdict.reason.isEmpty());
        } else {
            QVERIFY(!verdict.allowed);
            QVERIFY2(verdict.reason.contains(reason, Qt::CaseInsensitive), qPrintable(verdict.reason));
        }
    }

    void uniqueNames_data() {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "orders" << "orders_1";
        QTest::newRow("suffix replaced") << "kafka_source_1" << "kafka_source_3";
        QTest::newRow("non-numeric suffix kept") << "city_stats" << "city_stats_1";
    }

    void uniqueNames() {
        QFETCH(QString, base);
        QFETCH(QString, expected);
        model::JobGraph job;
        job.nodes = {makeNode("a", "filter"), makeNode("b", "filter")};
        job.nodes[0].name = "kafka_source_1";
        job.nodes[1].name = "kafka_source_2";
        QCOMPARE(QString::fromStdString(uniqueNodeName(job, base.toStdString())), expected);
        const kinds::NodeKind* kafka = kinds::Catalog::instance().find("kafka-source");
        QVERIFY(kafka);
        const model::Node node = newNode(job, *kafka, {});
        QCOMPARE(QString::fromStdString(node.name), QStringLiteral("kafka_source_3"));
        QCOMPARE(QString::fromStdString(node.id), QStringLiteral("kafka-source-1"));
    }
};

QTEST_MAIN(TestDocument)
#include "test_document.moc"
