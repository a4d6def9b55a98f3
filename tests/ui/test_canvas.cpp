// The node-editor canvas driven like a user: palette, port drags, snapping, keyboard editing,
// clipboard, inline rename, automatic layout, and a rendered snapshot.

#include <QApplication>
#include <QClipboard>
#include <QGraphicsSimpleTextItem>
#include <QElapsedTimer>
#include <QGraphicsTextItem>
#include <QMimeData>
#include <QSignalSpy>
#include <QMenu>
#include <QtTest>
#include <memory>
#include <set>

#include "canvas/diagnostic_badge_item.h"
#include "canvas/edge_item.h"
#include "canvas/job_scene.h"
#include "canvas/job_view.h"
#include "canvas/kind_appearance.h"
#include "canvas/node_clipboard.h"
#include "canvas/node_item.h"
#include "canvas/overview_widget.h"
#include "canvas/palette_widget.h"
#include "canvas/port_item.h"
#include "document/job_document.h"
#include "model/job_file.h"

using namespace sw;
using namespace sw::ui;

namespace {

model::Node makeNode(const std::string& id, const std::string& kind, double x, double y) {
    model::Node node;
    node.id = id;
    node.kind = kind;
    node.name = id;
    node.position = {x, y};
    return node;
}

// The document, scene and a shown view, as the main window wires them.
struct Canvas {
    JobDocument document;
    std::unique_ptr<JobScene> scene = std::make_unique<JobScene>(&document);
    std::unique_ptr<JobView> view = std::make_unique<JobView>(scene.get());

    explicit Canvas(model::JobGraph job = {}) {
        document.reset(std::move(job));
        view->resize(1100, 700);
        view->show();
        view->setFocus();
    }
    ~Canvas() {
        view.reset();  // the view before the scene it shows
        scene.reset();
    }
    QPoint viewPos(QPointF scenePoint) const { return view->mapFromScene(scenePoint); }
    QPoint portPos(const QString& node, const QString& port) const {
        return viewPos(scene->portItem(node, port)->sceneAnchor());
    }
    QWidget* viewport() const { return view->viewport(); }
};

// src -> flt -> snk in a row, plus an unconnected datagen source and a union.
model::JobGraph rowJob() {
    model::JobGraph job;
    job.nodes = {makeNode("src", "kafka-source", 0, 0), makeNode("flt", "filter", 300, 0),
                 makeNode("snk", "print-sink", 600, 0), makeNode("gen", "datagen-source", 0, 200),
                 makeNode("uni", "union", 300, 200)};
    job.edges = {{"src", "out", "flt", "in"}, {"flt", "out", "snk", "in"}};
    return job;
}

void dragWithMouse(QWidget* viewport, QPoint from, QPoint to) {
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    QTest::mouseMove(viewport, from + (to - from) / 2);
    QTest::mouseMove(viewport, to);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
}

}  // namespace

class TestCanvas : public QObject {
    Q_OBJECT

private slots:
    // The empty canvas says how to start, drawn over its middle; the first node ends it, undo brings it back.
    void emptyCanvasTellsHowToStart() {
        Canvas canvas;
        QVERIFY(canvas.view->emptyHint().contains(QStringLiteral("Palette")));
        // The hint's ink: what changes in the middle when its colour is made the background's.
        const auto inkInMiddle = [&] {
            const QImage shown = canvas.viewport()->grab().toImage();
            const QPalette original = canvas.view->palette();
            QPalette hidden = original;
            hidden.setColor(QPalette::Disabled, QPalette::Text, original.color(QPalette::Window));
            canvas.view->setPalette(hidden);
            const QImage blank = canvas.viewport()->grab().toImage();
            canvas.view->setPalette(original);
            int ink = 0;
            for (int y = shown.height() / 3; y < 2 * shown.height() / 3; ++y) {
                for (int x = shown.width() / 4; x < 3 * shown.width() / 4; ++x) ink += shown.pixel(x, y) != blank.pixel(x, y);
            }
            return ink;
        };
        QVERIFY2(inkInMiddle() > 500, "the hint is not drawn");
        canvas.view->addNodeFromPalette(QStringLiteral("datagen-source"));
        QCOMPARE(canvas.view->emptyHint(), QString());
        canvas.document.undoStack()->undo();
        QVERIFY(!canvas.view->emptyHint().isEmpty());
        QTRY_VERIFY(inkInMiddle() > 500);
    }

    // Fit keeps cards readable: a job too wide for the view is shown from its left end at the
    // minimum fit zoom; while the user has not zoomed or panned, a resize fits again.
    void fitKeepsCardsReadableAndFollowsResizes() {
        model::JobGraph wide;
        for (int i = 0; i < 12; ++i) wide.nodes.push_back(makeNode("n" + std::to_string(i), "datagen-source", i * 300, 0));
        Canvas canvas(wide);
        canvas.view->resize(700, 450);
        QTest::qWait(0);
        canvas.view->fitAll();
        QCOMPARE(canvas.view->zoom(), JobView::kMinFitZoom);
        const QRect first = canvas.view->mapFromScene(canvas.scene->nodeItem(QStringLiteral("n0"))->sceneBoundingRect()).boundingRect();
        QVERIFY2(canvas.viewport()->rect().contains(first), "the job's first card is not in view");
        QVERIFY(canvas.view->followsFit());

        canvas.view->resize(2400, 900);  // the window reaches its size: the fit follows
        QTRY_VERIFY(canvas.view->zoom() > JobView::kMinFitZoom);
        const qreal fitted = canvas.view->zoom();
        canvas.view->zoomIn();  // the user's zoom: resizes keep it
        QVERIFY(!canvas.view->followsFit());
        const qreal chosen = canvas.view->zoom();
        QVERIFY(chosen > fitted);
        canvas.view->resize(1000, 600);
        QTest::qWait(0);
        QCOMPARE(canvas.view->zoom(), chosen);
    }

    // A connection dropped on empty canvas offers the kinds that fit; choosing one adds it there,
    // connected, as one undo step.
    void droppingAConnectionInSpaceOffersTheKindsThatFit() {
        Canvas canvas(rowJob());
        const QPoint from = canvas.portPos(QStringLiteral("uni"), QStringLiteral("out"));
        const QPoint drop = from + QPoint(260, 160);
        QVERIFY(canvas.scene->itemAt(canvas.view->mapToScene(drop), canvas.view->transform()) == nullptr);
        dragWithMouse(canvas.viewport(), from, drop);
        QMenu* menu = canvas.view->kindMenu();
        QTRY_VERIFY(menu->isVisible());
        QStringList offered;
        for (QAction* action : menu->actions()) {
            if (!action->isSeparator()) offered << action->data().toString();
        }
        QVERIFY2(offered.contains(QStringLiteral("filter")) && offered.contains(QStringLiteral("print-sink")),
                 qPrintable(offered.join(',')));
        QVERIFY2(!offered.contains(QStringLiteral("datagen-source")), "a source has no input to connect");
        const std::size_t nodes = canvas.document.job().nodes.size();
        const int steps = canvas.document.undoStack()->count();
        const QList<QAction*> actions = menu->actions();
        const auto filter = std::ranges::find_if(actions, [](QAction* a) { return a->data() == QStringLiteral("filter"); });
        (*filter)->trigger();
        menu->hide();
        QCOMPARE(canvas.document.job().nodes.size(), nodes + 1);
        QCOMPARE(canvas.document.undoStack()->count(), steps + 1);
        const model::Node& added = canvas.document.job().nodes.back();
        QCOMPARE(added.kind, std::string("filter"));
        QVERIFY(std::ranges::any_of(canvas.document.job().edges, [&](const model::Edge& e) {
            return e.fromNode == "uni" && e.fromPort == "out" && e.toNode == added.id;
        }));
        const QRectF card = canvas.scene->nodeItem(QString::fromStdString(added.id))->sceneBoundingRect();
        QVERIFY(card.adjusted(-60, -60, 60, 60).contains(canvas.view->mapToScene(drop)));  // where it was dropped
        canvas.document.undoStack()->undo();
        QCOMPARE(canvas.document.job().nodes.size(), nodes);
    }

    // A card without connections dropped onto a connection goes into it (one undo step with the move).
    void droppingANodeOnAConnectionInsertsIt() {
        Canvas canvas(rowJob());
        const QString project = canvas.scene->addNode(QStringLiteral("project"), {300, 500});
        QVERIFY(!project.isEmpty());
        const int steps = canvas.document.undoStack()->count();
        const QPoint onEdge = (canvas.portPos(QStringLiteral("src"), QStringLiteral("out")) +
                               canvas.portPos(QStringLiteral("flt"), QStringLiteral("in"))) / 2;
        const QPoint grab = canvas.viewPos(canvas.scene->nodeItem(project)->sceneBoundingRect().center());
        dragWithMouse(canvas.viewport(), grab, onEdge);
        const auto has = [&](const char* from, const std::string& to) {
            return std::ranges::any_of(canvas.document.job().edges,
                                       [&](const model::Edge& e) { return e.fromNode == from && e.toNode == to; });
        };
        const std::string id = project.toStdString();
        QVERIFY(has("src", id));
        QVERIFY(std::ranges::any_of(canvas.document.job().edges,
                                    [&](const model::Edge& e) { return e.fromNode == id && e.toNode == "flt"; }));
        QVERIFY(!has("src", "flt"));
        QCOMPARE(canvas.document.undoStack()->count(), steps + 1);
        canvas.document.undoStack()->undo();
        QVERIFY(has("src", "flt"));
        QVERIFY(!has("src", id));
        // Dropped elsewhere, a card only moves.
        dragWithMouse(canvas.viewport(), grab, grab + QPoint(0, 80));
        QVERIFY(has("src", "flt"));
        QVERIFY(!has("src", id));
    }

    void sceneMirrorsDocumentIncrementally() {
        Canvas canvas(rowJob());
        QCOMPARE(canvas.scene->nodeItems().size(), 5);
        QCOMPARE(canvas.scene->edgeItems().size(), 2);
        NodeItem* before = canvas.scene->nodeItem(QStringLiteral("src"));
        canvas.scene->addNode(QStringLiteral("project"), {100, 400});
        QCOMPARE(canvas.scene->nodeItems().size(), 6);
        QCOMPARE(canvas.scene->nodeItem(QStringLiteral("src")), before);  // not rebuilt
        // Ports follow the kind: a lookup has its probe on the left and out on the right.
        const QString lookup = canvas.scene->addNode(QStringLiteral("mysql-lookup"), {100, 600});
        PortItem* probe = canvas.scene->portItem(lookup, QStringLiteral("probe"));
        PortItem* out = canvas.scene->portItem(lookup, QStringLiteral("out"));
        QVERIFY(probe && out && probe->isInput() && !out->isInput());
        QVERIFY(probe->sceneAnchor().x() < out->sceneAnchor().x());
    }

    void paletteDoubleClickAddsAtViewCentre() {
        Canvas canvas;
        PaletteWidget palette;
        QObject::connect(&palette, &PaletteWidget::kindActivated, canvas.view.get(), &JobView::addNodeFromPalette);
        palette.resize(240, 600);
        palette.show();
        QVERIFY(QTest::qWaitForWindowExposed(&palette));
        QCOMPARE(palette.topLevelItemCount(), 4);
        QTreeWidgetItem* kafka = palette.itemForKind(QStringLiteral("kafka-source"));
        QVERIFY(kafka);
        QCOMPARE(kafka->parent()->text(0), QStringLiteral("Sources"));
        QVERIFY(!kafka->toolTip(0).isEmpty());
        const QPoint at = palette.visualItemRect(kafka).center();
        // A real double-click: the first click's press, then the double-click event.
        QTest::mouseClick(palette.viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(palette.viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(canvas.document.job().nodes.size(), std::size_t(1));
        const model::Node& node = canvas.document.job().nodes.front();
        QCOMPARE(node.name, std::string("kafka_source_1"));
        QCOMPARE(node.kind, std::string("kafka-source"));
        NodeItem* item = canvas.scene->nodeItem(QString::fromStdString(node.id));
        const QPointF centre = canvas.view->mapToScene(canvas.viewport()->rect().center());
        QVERIFY(QLineF(item->sceneBoundingRect().center(), centre).length() < JobScene::kGridSize * 2);
        // A second one gets the next free name.
        QTest::mouseClick(palette.viewport(), Qt::LeftButton, {}, at, 500);
        QTest::mouseDClick(palette.viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(canvas.document.job().nodes.back().name, std::string("kafka_source_2"));
        // ... in free space next to the first, not on top of it.
        QVERIFY(!canvas.scene->nodeItem(QString::fromStdString(canvas.document.job().nodes.front().id))
                     ->sceneBoundingRect()
                     .intersects(canvas.scene->nodeItem(QString::fromStdString(canvas.document.job().nodes.back().id))->sceneBoundingRect()));
        // The palette's drag payload is the kind id.
        std::unique_ptr<QMimeData> mime(palette.model()->mimeData({palette.currentIndex()}));
        QVERIFY(mime);
        QCOMPARE(mime->data(QString::fromLatin1(kKindMimeType)), QByteArray("kafka-source"));
    }

    // With one node selected, a kind from the palette lands to its right, connected after it, as
    // one undo step; a kind that cannot follow it lands in free space, unconnected.
    void paletteAddsAfterTheSelectedNodeConnected() {
        Canvas canvas(rowJob());
        canvas.document.setSelectedNodeIds({QStringLiteral("gen")});
        const int steps = canvas.document.undoStack()->count();
        canvas.view->addNodeFromPalette(QStringLiteral("filter"));
        const model::JobGraph& job = canvas.document.job();
        QCOMPARE(job.nodes.size(), std::size_t(6));
        const model::Node& added = job.nodes.back();
        QCOMPARE(job.edges.back(), (model::Edge{"gen", "out", added.id, "in"}));
        const QRectF gen = canvas.scene->nodeItem(QStringLiteral("gen"))->sceneBoundingRect();
        const QRectF filter = canvas.scene->nodeItem(QString::fromStdString(added.id))->sceneBoundingRect();
        QVERIFY(filter.left() > gen.right());
        for (const model::Node& node : job.nodes)
            if (node.id != added.id)
                QVERIFY2(!canvas.scene->nodeItem(QString::fromStdString(node.id))->sceneBoundingRect().intersects(filter),
                         node.id.c_str());
        QCOMPARE(canvas.document.undoStack()->count(), steps + 1);
        QVERIFY(canvas.document.undoStack()->undoText().contains(QStringLiteral("after 'gen'")));
        canvas.document.undoStack()->undo();
        QVERIFY(canvas.document.job() == rowJob());

        canvas.document.setSelectedNodeIds({QStringLiteral("snk")});  // a sink has no output to follow
        canvas.view->addNodeFromPalette(QStringLiteral("filter"));
        QCOMPARE(job.edges.size(), rowJob().edges.size());
        const QRectF placed = canvas.scene->nodeItem(QString::fromStdString(job.nodes.back().id))->sceneBoundingRect();
        for (const model::Node& node : rowJob().nodes)
            QVERIFY(!canvas.scene->nodeItem(QString::fromStdString(node.id))->sceneBoundingRect().intersects(placed));
    }

    // What a selected card paints (its outline pen straddles the edge) lies inside its bounding
    // rectangle, so moving it leaves no pixels behind.
    // The palette's group headings read on light and dark palettes, also after a theme switch.
    void paletteHeadingsAreLegibleOnEveryPalette() {
        PaletteWidget palette;
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, Qt::white);
        for (const QPalette& colours : {QPalette(QColor(0xef, 0xef, 0xef)), dark, QPalette(QColor(0xef, 0xef, 0xef))}) {
            palette.setPalette(colours);
            QCOMPARE(palette.topLevelItemCount(), 4);
            for (int i = 0; i < palette.topLevelItemCount(); ++i) {
                const QColor text = palette.topLevelItem(i)->foreground(0).color();
                const double contrast = contrastRatio(text, colours.color(QPalette::Base));
                QVERIFY2(contrast >= kTextContrast, qPrintable(QStringLiteral("%1: %2 on %3 is %4:1")
                                                                   .arg(palette.topLevelItem(i)->text(0), text.name(),
                                                                        colours.color(QPalette::Base).name())
                                                                   .arg(contrast)));
            }
        }
        // The ratio itself, on WCAG's own extremes.
        QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white) * 10), 210);
        QCOMPARE(contrastRatio(Qt::gray, Qt::gray), 1.0);
    }

    void zoomedOutCardsShowRoleAndReadableName() {
        Canvas canvas(rowJob());
        NodeItem* card = canvas.scene->nodeItem(QStringLiteral("flt"));
        const QColor role = roleColor(kinds::NodeRole::Transform, canvas.scene->palette());
        // A point low in the card, clear of the name, the port labels and the facts' text.
        const QPointF probe = card->mapToScene(QPointF(NodeItem::kWidth - 6, card->size().height() - 6));
        auto colourAt = [&](qreal zoom) {
            canvas.view->setZoom(zoom);
            canvas.view->centerOn(card);
            QApplication::processEvents();
            return canvas.viewport()->grab().toImage().pixelColor(canvas.viewPos(probe));
        };
        QCOMPARE(colourAt(1.0), canvas.scene->palette().color(QPalette::Base));
        QCOMPARE(colourAt(NodeItem::kDetailZoom), canvas.scene->palette().color(QPalette::Base));
        QCOMPARE(colourAt(0.4), role);
        // The name keeps about the scene font's size on screen however far out the view is.
        const QFont base = canvas.scene->font();
        for (qreal zoom : {0.5, 0.3, 0.15})
            QCOMPARE(qRound(NodeItem::nameFont(base, zoom).pointSizeF() * zoom * 10), qRound(base.pointSizeF() * 10));
        QCOMPARE(NodeItem::nameFont(base, 1.0).pointSizeF(), base.pointSizeF());
    }

    void aSelectedCardPaintsInsideItsBoundingRect() {
        Canvas canvas(rowJob());
        NodeItem* card = canvas.scene->nodeItem(QStringLiteral("flt"));
        canvas.document.setSelectedNodeIds({QStringLiteral("flt")});
        QVERIFY(card->isSelected());
        const qreal outside = NodeItem::kOutlinePenWidth / 2 + 0.5;  // half the pen, and antialiasing
        QVERIFY(card->boundingRect().contains(QRectF(QPointF(0, 0), card->size()).adjusted(-outside, -outside, outside, outside)));
    }

    void duplicateLandsBesideTheOriginalNotOnIt() {
        Canvas canvas(rowJob());
        QVERIFY(QTest::qWaitForWindowActive(canvas.view.get()));
        canvas.document.setSelectedNodeIds({QStringLiteral("flt")});
        QTest::keyClick(canvas.view.get(), Qt::Key_D, Qt::ControlModifier);
        const QStringList copies = canvas.document.selectedNodeIds();
        QCOMPARE(copies.size(), 1);
        const QRectF copy = canvas.scene->nodeItem(copies.front())->sceneBoundingRect();
        for (const model::Node& node : rowJob().nodes)
            QVERIFY2(!canvas.scene->nodeItem(QString::fromStdString(node.id))->sceneBoundingRect().intersects(copy), node.id.c_str());
    }

    void dropFromPaletteAddsAtDropPoint() {
        Canvas canvas;
        QMimeData mime;
        mime.setData(QString::fromLatin1(kKindMimeType), QByteArray("filter"));
        const QPoint at(300, 250);
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(canvas.viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(canvas.viewport(), &drop);
        QCOMPARE(canvas.document.job().nodes.size(), std::size_t(1));
        NodeItem* item = canvas.scene->nodeItem(QString::fromStdString(canvas.document.job().nodes[0].id));
        QVERIFY(item->sceneBoundingRect().contains(canvas.view->mapToScene(at)));
        // Anything else is not accepted.
        QMimeData text;
        text.setText(QStringLiteral("hello"));
        QDragEnterEvent other(at, Qt::CopyAction, &text, Qt::LeftButton, {});
        QApplication::sendEvent(canvas.viewport(), &other);
        QVERIFY(!other.isAccepted());
    }

    void connectThroughSceneApi() {
        Canvas canvas(rowJob());
        const auto before = canvas.document.job();
        JobScene& scene = *canvas.scene;
        // Either drag direction means output -> input.
        ConnectionVerdict verdict = scene.connectPorts(scene.portItem(QStringLiteral("uni"), QStringLiteral("in")),
                                                       scene.portItem(QStringLiteral("gen"), QStringLiteral("out")));
        QVERIFY2(verdict.allowed, qPrintable(verdict.reason));
        const model::Edge added{"gen", "out", "uni", "in"};
        QCOMPARE(canvas.document.job().edges.back(), added);
        EdgeItem* edge = scene.edgeItem(added);
        QVERIFY(edge);
        QCOMPARE(edge->fromPoint(), scene.portItem(QStringLiteral("gen"), QStringLiteral("out"))->sceneAnchor());
        canvas.document.undoStack()->undo();
        QVERIFY(canvas.document.job() == before);
        QVERIFY(!scene.edgeItem(added));
    }

    void connectByDraggingBetweenPorts() {
        Canvas canvas(rowJob());
        QVERIFY(QTest::qWaitForWindowExposed(canvas.view.get()));
        dragWithMouse(canvas.viewport(), canvas.portPos(QStringLiteral("gen"), QStringLiteral("out")),
                      canvas.portPos(QStringLiteral("uni"), QStringLiteral("in")));
        QCOMPARE(canvas.document.job().edges.size(), std::size_t(3));
        QCOMPARE(canvas.document.job().edges.back(), (model::Edge{"gen", "out", "uni", "in"}));
        QCOMPARE(canvas.document.undoStack()->count(), 1);
        QVERIFY(!canvas.scene->isDraggingConnection());
    }

    void refusedDragShowsReasonAndAddsNothing_data() {
        QTest::addColumn<QString>("fromNode");
        QTest::addColumn<QString>("fromPort");
        QTest::addColumn<QString>("toNode");
        QTest::addColumn<QString>("toPort");
        QTest::addColumn<QString>("reason");
        QTest::newRow("second edge into single input") << "gen" << "out" << "flt" << "in" << "takes one connection";
        QTest::newRow("dragged from a taken input") << "snk" << "in" << "uni" << "out" << "takes one connection";
        QTest::newRow("two inputs") << "uni" << "in" << "snk" << "in" << "both ports are inputs";
        QTest::newRow("two outputs") << "gen" << "out" << "src" << "out" << "both ports are outputs";
    }

    void refusedDragShowsReasonAndAddsNothing() {
        QFETCH(QString, fromNode);
        QFETCH(QString, fromPort);
        QFETCH(QString, toNode);
        QFETCH(QString, toPort);
        QFETCH(QString, reason);
        Canvas canvas(rowJob());
        QVERIFY(QTest::qWaitForWindowExposed(canvas.view.get()));
        QSignalSpy status(canvas.scene.get(), &JobScene::statusMessage);
        const QPoint from = canvas.portPos(fromNode, fromPort);
        const QPoint to = canvas.portPos(toNode, toPort);
        QTest::mousePress(canvas.viewport(), Qt::LeftButton, {}, from);
        QVERIFY(canvas.scene->isDraggingConnection());
        QTest::mouseMove(canvas.viewport(), to);
        // While hovering the refused port the reason is shown next to the cursor.
        QVERIFY2(canvas.scene->connectionDragReason().contains(reason, Qt::CaseInsensitive),
                 qPrintable(canvas.scene->connectionDragReason()));
        QTest::mouseRelease(canvas.viewport(), Qt::LeftButton, {}, to);
        QCOMPARE(canvas.document.job().edges.size(), rowJob().edges.size());
        QCOMPARE(canvas.document.undoStack()->count(), 0);
        QCOMPARE(status.count(), 1);
        QVERIFY(status.first().first().toString().contains(reason, Qt::CaseInsensitive));
    }

    // Near the canvas's right edge the refusal reason moves left, so it is read whole.
    void theRefusalReasonStaysInsideTheCanvas() {
        Canvas canvas(rowJob());
        QVERIFY(QTest::qWaitForWindowExposed(canvas.view.get()));
        const QPointF input = canvas.scene->portItem(QStringLiteral("flt"), QStringLiteral("in"))->sceneAnchor();
        const qreal halfWidth = canvas.view->mapToScene(canvas.viewport()->rect()).boundingRect().width() / 2;
        canvas.view->centerOn(input - QPointF(halfWidth - 40, 0));  // the input 40 px from the right edge
        QTest::mousePress(canvas.viewport(), Qt::LeftButton, {}, canvas.portPos(QStringLiteral("gen"), QStringLiteral("out")));
        QTest::mouseMove(canvas.viewport(), canvas.portPos(QStringLiteral("flt"), QStringLiteral("in")));
        QVERIFY(!canvas.scene->connectionDragReason().isEmpty());
        const QGraphicsSimpleTextItem* tip = nullptr;
        for (QGraphicsItem* item : canvas.scene->items())
            if (auto* text = qgraphicsitem_cast<QGraphicsSimpleTextItem*>(item); text && text->isVisible()) tip = text;
        QVERIFY(tip);
        QCOMPARE(tip->text(), canvas.scene->connectionDragReason());
        const QRectF visible = canvas.view->mapToScene(canvas.viewport()->rect()).boundingRect();
        QVERIFY2(visible.contains(tip->sceneBoundingRect()), qPrintable(QStringLiteral("tip %1..%2, canvas to %3")
                                                                          .arg(tip->sceneBoundingRect().left())
                                                                          .arg(tip->sceneBoundingRect().right())
                                                                          .arg(visible.right())));
        QTest::mouseRelease(canvas.viewport(), Qt::LeftButton, {}, canvas.portPos(QStringLiteral("flt"), QStringLiteral("in")));
    }

    void cycleIsRefused() {
        model::JobGraph job = rowJob();
        job.edges = {{"gen", "out", "uni", "in"}, {"uni", "out", "flt", "in"}};
        Canvas canvas(job);
        const ConnectionVerdict verdict = canvas.scene->connectPorts(
            canvas.scene->portItem(QStringLiteral("flt"), QStringLiteral("out")),
            canvas.scene->portItem(QStringLiteral("uni"), QStringLiteral("in")));
        QVERIFY(!verdict.allowed);
        QVERIFY2(verdict.reason.contains(QStringLiteral("cycle")), qPrintable(verdict.reason));
        QVERIFY(canvas.document.job() == job);
    }

    void moveSnapsToGridAsOneStep() {
        Canvas canvas(rowJob());
        QVERIFY(QTest::qWaitForWindowExposed(canvas.view.get()));
        NodeItem* item = canvas.scene->nodeItem(QStringLiteral("flt"));
        const QPoint grab = canvas.viewPos(item->mapToScene(item->nameRect().center()));
        QTest::mousePress(canvas.viewport(), Qt::LeftButton, {}, grab);
        for (int step = 1; step <= 4; ++step) QTest::mouseMove(canvas.viewport(), grab + QPoint(9 * step, 6 * step));
        QTest::mouseRelease(canvas.viewport(), Qt::LeftButton, {}, grab + QPoint(36, 24));
        const model::Position moved = canvas.document.node(QStringLiteral("flt"))->position;
        QVERIFY(moved.x != 300 || moved.y != 0);
        QCOMPARE(std::fmod(moved.x, JobScene::kGridSize), 0.0);
        QCOMPARE(std::fmod(moved.y, JobScene::kGridSize), 0.0);
        QCOMPARE(canvas.document.undoStack()->count(), 1);
        // The edges followed the card.
        EdgeItem* edge = canvas.scene->edgeItem({"src", "out", "flt", "in"});
        QCOMPARE(edge->toPoint(), canvas.scene->portItem(QStringLiteral("flt"), QStringLiteral("in"))->sceneAnchor());
        canvas.document.undoStack()->undo();
        QVERIFY(canvas.document.job() == rowJob());
        QCOMPARE(item->pos(), QPointF(300, 0));
        // Without snapping the card lands where it is dropped.
        canvas.scene->setSnapToGrid(false);
        item->setPos(313, 7);
        canvas.scene->commitMoves();
        QCOMPARE(canvas.document.node(QStringLiteral("flt"))->position, (model::Position{313, 7}));
    }

    void deleteAndUndoRestoreInOrder() {
        Canvas canvas(rowJob());
        canvas.document.setSelectedNodeIds({QStringLiteral("flt")});
        QVERIFY(canvas.scene->nodeItem(QStringLiteral("flt"))->isSelected());
        QTest::keyClick(canvas.view.get(), Qt::Key_Delete);
        QCOMPARE(canvas.document.job().nodes.size(), std::size_t(4));
        QVERIFY(canvas.document.job().edges.empty());
        QVERIFY(canvas.scene->edgeItems().isEmpty());
        QVERIFY(!canvas.scene->nodeItem(QStringLiteral("flt")));
        canvas.document.undoStack()->undo();
        QVERIFY(canvas.document.job() == rowJob());
        QCOMPARE(canvas.scene->edgeItems().size(), 2);
        QVERIFY(canvas.scene->nodeItem(QStringLiteral("flt"))->isSelected());
        // A selected edge alone is deleted too.
        canvas.document.setSelectedNodeIds({});
        canvas.scene->edgeItem({"flt", "out", "snk", "in"})->setSelected(true);
        QTest::keyClick(canvas.view.get(), Qt::Key_Delete);
        QCOMPARE(canvas.document.job().edges.size(), std::size_t(1));
        QCOMPARE(canvas.document.job().nodes.size(), std::size_t(5));
    }

    void rubberBandSelectsIntoDocument() {
        Canvas canvas(rowJob());
        QVERIFY(QTest::qWaitForWindowExposed(canvas.view.get()));
        QSignalSpy selection(&canvas.document, &JobDocument::selectionChanged);
        // Sweep from empty canvas above-left of src to the middle of flt's card.
        const QPoint from = canvas.viewPos({-30, -30});
        const QPoint to = canvas.viewPos({340, 40});
        QTest::mousePress(canvas.viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(canvas.viewport(), (from + to) / 2);
        QTest::mouseMove(canvas.viewport(), to);
        QTest::mouseRelease(canvas.viewport(), Qt::LeftButton, {}, to);
        QCOMPARE(canvas.document.selectedNodeIds(), (QStringList{QStringLiteral("src"), QStringLiteral("flt")}));
        QVERIFY(selection.count() >= 1);
    }

    void copyPasteGivesFreshIds() {
        Canvas canvas(rowJob());
        canvas.document.setSelectedNodeIds({QStringLiteral("src"), QStringLiteral("flt")});
        QTest::keyClick(canvas.view.get(), Qt::Key_C, Qt::ControlModifier);
        QVERIFY(QGuiApplication::clipboard()->mimeData()->hasFormat(QString::fromLatin1(kNodesMimeType)));
        QTest::keyClick(canvas.view.get(), Qt::Key_V, Qt::ControlModifier);
        const model::JobGraph& job = canvas.document.job();
        QCOMPARE(job.nodes.size(), std::size_t(7));
        QCOMPARE(job.edges.size(), std::size_t(3));  // the inner edge src -> flt came along
        const QStringList pasted = canvas.document.selectedNodeIds();
        QCOMPARE(pasted.size(), 2);
        for (const QString& id : pasted) {
            QVERIFY(!rowJob().findNode(id.toStdString()));
            QVERIFY(canvas.scene->nodeItem(id));
        }
        const model::Edge& inner = job.edges.back();
        QVERIFY(pasted.contains(QString::fromStdString(inner.fromNode)) && pasted.contains(QString::fromStdString(inner.toNode)));
        QVERIFY(canvas.scene->edgeItem(inner));
        // Duplicate (Ctrl+D) copies the pasted pair again, with names still unique.
        QTest::keyClick(canvas.view.get(), Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(job.nodes.size(), std::size_t(9));
        std::set<std::string> names;
        for (const model::Node& node : job.nodes) QVERIFY(names.insert(node.name).second);
        canvas.document.undoStack()->setIndex(0);
        QVERIFY(canvas.document.job() == rowJob());
    }

    void renameInlineAndUndo() {
        Canvas canvas(rowJob());
        QVERIFY(QTest::qWaitForWindowActive(canvas.view.get()));
        canvas.document.setSelectedNodeIds({QStringLiteral("flt")});
        QTest::keyClick(canvas.view.get(), Qt::Key_F2);
        QGraphicsItem* focus = canvas.scene->focusItem();
        QVERIFY(focus && focus->type() == QGraphicsTextItem::Type);
        QTest::keyClicks(canvas.view.get(), QStringLiteral("big_orders"));  // replaces the selected name
        QTest::keyClick(canvas.view.get(), Qt::Key_Return);
        QCOMPARE(canvas.document.node(QStringLiteral("flt"))->name, std::string("big_orders"));
        QCOMPARE(canvas.scene->nodeItem(QStringLiteral("flt"))->name(), QStringLiteral("big_orders"));
        canvas.document.undoStack()->undo();
        QCOMPARE(canvas.document.node(QStringLiteral("flt"))->name, std::string("flt"));
        // A taken name is refused with a reason; nothing changes.
        QSignalSpy status(canvas.scene.get(), &JobScene::statusMessage);
        QVERIFY(!canvas.scene->renameNode(QStringLiteral("flt"), QStringLiteral("snk")).isEmpty());
        QCOMPARE(canvas.document.node(QStringLiteral("flt"))->name, std::string("flt"));
        // Escape cancels the editor.
        QTest::keyClick(canvas.view.get(), Qt::Key_F2);
        QTest::keyClicks(canvas.view.get(), QStringLiteral("nope"));
        QTest::keyClick(canvas.view.get(), Qt::Key_Escape);
        QCOMPARE(canvas.document.node(QStringLiteral("flt"))->name, std::string("flt"));
        QCOMPARE(canvas.document.undoStack()->index(), 0);
    }

    void autoLayoutPutsEdgesLeftToRight() {
        // Given in reverse file order and stacked on one spot.
        model::JobGraph job;
        job.nodes = {makeNode("sink", "print-sink", 0, 0),     makeNode("agg", "window-aggregate", 0, 0),
                     makeNode("lookup", "mysql-lookup", 0, 0), makeNode("uni", "union", 0, 0),
                     makeNode("a", "kafka-source", 0, 0),      makeNode("b", "datagen-source", 0, 0)};
        job.edges = {{"a", "out", "uni", "in"}, {"b", "out", "uni", "in"}, {"uni", "out", "lookup", "probe"},
                     {"lookup", "out", "agg", "in"}, {"agg", "out", "sink", "in"}, {"a", "out", "sink", "in"}};
        job.edges.pop_back();  // sink takes one input; keep the graph valid
        Canvas canvas(job);
        canvas.view->autoLayout();
        for (const model::Edge& edge : canvas.document.job().edges) {
            NodeItem* from = canvas.scene->nodeItem(QString::fromStdString(edge.fromNode));
            NodeItem* to = canvas.scene->nodeItem(QString::fromStdString(edge.toNode));
            QVERIFY2(from->sceneBoundingRect().right() < to->sceneBoundingRect().left(), edge.fromNode.c_str());
        }
        // No two cards overlap.
        const QList<NodeItem*> items = canvas.scene->nodeItems();
        for (int i = 0; i < items.size(); ++i) {
            for (int j = i + 1; j < items.size(); ++j) {
                QVERIFY(!items[i]->sceneBoundingRect().intersects(items[j]->sceneBoundingRect()));
            }
        }
        QCOMPARE(canvas.document.undoStack()->count(), 1);
        canvas.document.undoStack()->undo();
        QVERIFY(canvas.document.job() == job);
    }

    void largeJobBuildsAndLaysOutQuickly() {
        // 200 nodes: 40 chains source -> filter -> project -> filter -> sink.
        model::JobGraph job;
        const char* kinds[] = {"datagen-source", "filter", "project", "filter", "blackhole-sink"};
        for (int chain = 0; chain < 40; ++chain) {
            for (int step = 0; step < 5; ++step) {
                const std::string id = "n" + std::to_string(chain) + "_" + std::to_string(step);
                job.nodes.push_back(makeNode(id, kinds[step], 0, 0));
                if (step > 0) job.edges.push_back({"n" + std::to_string(chain) + "_" + std::to_string(step - 1), "out", id, "in"});
            }
        }
        QElapsedTimer timer;
        timer.start();
        Canvas canvas(job);
        canvas.view->autoLayout();
        QCoreApplication::processEvents();
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(canvas.scene->nodeItems().size(), 200);
        QCOMPARE(canvas.scene->edgeItems().size(), 160);
        QVERIFY2(elapsed < 3000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
        for (const model::Edge& edge : canvas.document.job().edges) {
            QVERIFY(canvas.document.job().findNode(edge.fromNode)->position.x <
                    canvas.document.job().findNode(edge.toNode)->position.x);
        }
    }

    void zoomAndFit() {
        Canvas canvas(rowJob());
        const qreal start = canvas.view->zoom();
        QTest::keyClick(canvas.view.get(), Qt::Key_Equal, Qt::ControlModifier);
        QVERIFY(canvas.view->zoom() > start);
        QTest::keyClick(canvas.view.get(), Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(canvas.view.get(), Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(canvas.view->zoom() < start);
        QTest::keyClick(canvas.view.get(), Qt::Key_0, Qt::ControlModifier);
        const QRectF visible = canvas.view->mapToScene(canvas.viewport()->rect()).boundingRect();
        for (NodeItem* item : canvas.scene->nodeItems()) QVERIFY(visible.contains(item->sceneBoundingRect()));
        for (int i = 0; i < 40; ++i) canvas.view->zoomOut();
        QCOMPARE(canvas.view->zoom(), JobView::kMinZoom);
    }

    void wheelZoomsAroundTheCursor() {
        Canvas canvas(rowJob());
        QVERIFY(QTest::qWaitForWindowExposed(canvas.view.get()));
        const QPoint cursor(230, 170);
        const QPointF under = canvas.view->mapToScene(cursor);
        const qreal zoom = canvas.view->zoom();
        QWheelEvent wheel(cursor, canvas.viewport()->mapToGlobal(cursor), {}, {0, 120}, Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(canvas.viewport(), &wheel);
        QVERIFY(canvas.view->zoom() > zoom);
        QVERIFY(QLineF(canvas.view->mapToScene(cursor), under).length() < 2);
    }

    void panWithMiddleDragAndSpaceDrag() {
        Canvas canvas(rowJob());
        QVERIFY(QTest::qWaitForWindowExposed(canvas.view.get()));
        const auto centre = [&] { return canvas.view->mapToScene(canvas.viewport()->rect().center()); };
        const QPointF start = centre();
        QTest::mousePress(canvas.viewport(), Qt::MiddleButton, {}, {500, 300});
        QTest::mouseMove(canvas.viewport(), {400, 250});
        QTest::mouseRelease(canvas.viewport(), Qt::MiddleButton, {}, {400, 250});
        QVERIFY(QLineF(centre(), start + QPointF(100, 50) / canvas.view->zoom()).length() < 2);
        // Space + left drag pans back; it neither selects nor moves anything.
        const QPoint onCard = canvas.viewPos(canvas.scene->nodeItem(QStringLiteral("flt"))->sceneBoundingRect().center());
        QTest::keyPress(canvas.view.get(), Qt::Key_Space);
        QTest::mousePress(canvas.viewport(), Qt::LeftButton, {}, onCard);
        QTest::mouseMove(canvas.viewport(), onCard + QPoint(100, 50));
        QTest::mouseRelease(canvas.viewport(), Qt::LeftButton, {}, onCard + QPoint(100, 50));
        QTest::keyRelease(canvas.view.get(), Qt::Key_Space);
        QVERIFY(QLineF(centre(), start).length() < 2);
        QVERIFY(canvas.document.selectedNodeIds().isEmpty());
        QCOMPARE(canvas.document.undoStack()->count(), 0);
    }

    void overviewMovesTheView() {
        Canvas canvas(rowJob());
        OverviewWidget overview(canvas.view.get());
        overview.resize(240, 160);
        overview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&overview));
        const QPointF target(600, 60);  // the sink
        QTest::mouseClick(&overview, Qt::LeftButton, {}, overview.toWidget(target).toPoint());
        const QPointF centre = canvas.view->mapToScene(canvas.viewport()->rect().center());
        QVERIFY(QLineF(centre, target).length() < 10);
    }

    // Renders light and dark snapshots (canvas.png, canvas-dark.png in the temp dir) for a look.
    void snapshotLooksLikeAJob_data() {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void snapshotLooksLikeAJob() {
        QFETCH(bool, dark);
        const QPalette original = QApplication::palette();
        if (dark) QApplication::setPalette(darkPalette());
        JobDocument loaded;
        QCOMPARE(loaded.load(QStringLiteral(SW_SOURCE_DIR "/resources/examples/orders-enrichment.json")), QString());
        model::JobGraph job = loaded.job();
        job.nodes.push_back(makeNode("debug", "print-sink", 0, 0));
        job.nodes.push_back(makeNode("only_big", "filter", 0, 0));  // no condition: an error badge
        job.edges.push_back({job.nodes[2].id, "out", "only_big", "in"});
        job.edges.push_back({"only_big", "out", "debug", "in"});
        Canvas canvas(job);
        canvas.view->autoLayout();
        canvas.document.setSelectedNodeIds({QString::fromStdString(job.nodes[1].id)});
        QVERIFY(QTest::qWaitForWindowExposed(canvas.view.get()));
        const NodeItem* filter = canvas.scene->nodeItem(QStringLiteral("only_big"));
        QVERIFY(filter->badge()->isVisible());
        QVERIFY(filter->badge()->errorCount() > 0);
        QVERIFY(filter->badge()->toolTip().contains(QStringLiteral("condition"), Qt::CaseInsensitive));
        const QImage image = canvas.view->grab().toImage();
        QApplication::setPalette(original);
        QVERIFY(!image.isNull());
        // Cards and their coloured bands differ from the background.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7) colours.insert(image.pixel(x, y));
        }
        QVERIFY(colours.size() > 20);
        image.save(QDir::temp().filePath(dark ? QStringLiteral("canvas-dark.png") : QStringLiteral("canvas.png")));
    }

private:
    static QPalette darkPalette() {
        QPalette palette;
        palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
        palette.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        palette.setColor(QPalette::Base, QColor(0x36, 0x37, 0x3b));
        palette.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        palette.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa8));
        palette.setColor(QPalette::Mid, QColor(0x55, 0x56, 0x5c));
        palette.setColor(QPalette::Highlight, QColor(0x4a, 0x9e, 0xf0));
        return palette;
    }
};

QTEST_MAIN(TestCanvas)
#include "test_canvas.moc"
