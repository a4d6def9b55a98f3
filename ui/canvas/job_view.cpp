#include "canvas/job_view.h"

#include <QApplication>
#include <QClipboard>
#include <QGraphicsTextItem>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

#include "canvas/job_scene.h"
#include "canvas/kind_appearance.h"
#include "canvas/node_clipboard.h"
#include "document/job_document.h"
#include "i18n/core_text.h"
#include "kinds/catalog.h"

namespace sw::ui {

namespace {
constexpr qreal kZoomStep = 1.2;
constexpr qreal kSceneMargin = 2000;
}

JobView::JobView(JobScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent), m_scene(scene), m_kindMenu(new QMenu(this)) {
    m_kindMenu->setObjectName(QStringLiteral("kindMenu"));
    connect(scene, &JobScene::connectionDroppedInSpace, this, &JobView::offerKindsFor);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    // Scrolling by hand ends following the fit, as zooming does.
    for (QScrollBar* bar : {horizontalScrollBar(), verticalScrollBar()})
        connect(bar, &QScrollBar::actionTriggered, this, [this] { m_followsFit = false; });
    growSceneRect();
    connect(scene, &QGraphicsScene::changed, this, &JobView::sceneChanged);
}

void JobView::sceneChanged() {
    growSceneRect();
    // The hint is drawn over the whole viewport: repaint it all when it comes or goes, not only
    // the area of the node that ended the emptiness.
    if (m_showedHint != !emptyHint().isEmpty()) viewport()->update();
}

void JobView::offerKindsFor(const QString& nodeId, const QString& portId, QPointF scenePos) {
    m_kindMenu->clear();
    const QStringList fitting = m_scene->kindsFitting(nodeId, portId);
    if (fitting.isEmpty()) return;
    m_kindMenu->addSection(tr("Add and connect"));
    for (const QString& kindId : fitting) {
        const kinds::NodeKind* kind = kinds::Catalog::instance().find(kindId.toStdString());
        QAction* action = m_kindMenu->addAction(kindIcon(*kind), coreText(kind->label));
        action->setData(kindId);
        connect(action, &QAction::triggered, this, [this, nodeId, portId, kindId, scenePos] {
            m_scene->addNodeConnectedTo(nodeId, portId, kindId, scenePos);
        });
    }
    m_kindMenu->popup(viewport()->mapToGlobal(mapFromScene(scenePos)));
}

QString JobView::emptyHint() const {
    if (!m_scene->nodeItems().isEmpty()) return {};
    return tr("This job is empty.\n\n"
              "Double-click a kind in the Palette, or drag it here, to add a node.\n"
              "Connect nodes by dragging from an output port to an input port.\n"
              "File \u2192 Examples opens a finished job.");
}

void JobView::drawForeground(QPainter* painter, const QRectF& rect) {
    QGraphicsView::drawForeground(painter, rect);
    const QString hint = emptyHint();
    m_showedHint = !hint.isEmpty();
    if (hint.isEmpty()) return;
    painter->save();
    painter->resetTransform();  // viewport pixels: the hint keeps its size at any zoom
    QFont font = painter->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    painter->setFont(font);
    painter->setPen(palette().color(QPalette::Disabled, QPalette::Text));
    painter->drawText(viewport()->rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, hint);
    painter->restore();
}

// A margin around the job so nodes can be dragged, and the view panned, past its edges; it only
// grows, so the scroll position never jumps while the user works.
void JobView::growSceneRect() {
    const QRectF wanted = m_scene->itemsBoundingRect().adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin);
    if (!sceneRect().contains(wanted)) setSceneRect(sceneRect() | wanted);
}

void JobView::setZoom(qreal wanted) {
    m_followsFit = false;
    applyZoom(wanted);
}

void JobView::applyZoom(qreal wanted) {
    const qreal target = std::clamp(wanted, kMinZoom, kMaxZoom);
    if (qFuzzyCompare(target, zoom())) return;
    scale(target / zoom(), target / zoom());
    emit zoomChanged(zoom());
    emit viewportMoved();
}

void JobView::zoomIn() { setZoom(zoom() * kZoomStep); }
void JobView::zoomOut() { setZoom(zoom() / kZoomStep); }

void JobView::fitAll() {
    QRectF bounds;
    for (QGraphicsItem* item : m_scene->items()) {
        if (!item->parentItem() && item->isVisible()) bounds |= item->sceneBoundingRect();
    }
    m_fitting = true;
    if (bounds.isEmpty()) {
        applyZoom(1.0);
        centerOn(0, 0);
    } else {
        const QRectF framed = bounds.adjusted(-40, -40, 40, 40);
        fitInView(framed, Qt::KeepAspectRatio);
        if (zoom() > 1.0) applyZoom(1.0);  // a small job is shown at natural size, not blown up
        if (zoom() < kMinFitZoom) {
            applyZoom(kMinFitZoom);
            // Too wide or tall to fit readably: its top-left corner at the view's top-left.
            const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
            centerOn(framed.topLeft() + QPointF(visible.width() / 2, visible.height() / 2));
        } else {
            centerOn(bounds.center());
        }
    }
    m_fitting = false;
    m_followsFit = true;
    emit zoomChanged(zoom());
    emit viewportMoved();
}

void JobView::addNodeFromPalette(const QString& kindId) {
    m_scene->addNodeFromPalette(kindId, mapToScene(viewport()->rect().center()));
}

void JobView::deleteSelection() { m_scene->removeSelection(); }

void JobView::copy() {
    if (std::unique_ptr<QMimeData> mime = m_scene->copySelection()) {
        QGuiApplication::clipboard()->setMimeData(mime.release());  // the clipboard takes ownership
    }
}

void JobView::paste() { m_scene->paste(QGuiApplication::clipboard()->mimeData()); }
void JobView::duplicate() { m_scene->duplicateSelection(); }

void JobView::renameSelected() {
    const QStringList selected = m_scene->document()->selectedNodeIds();
    if (selected.size() == 1) m_scene->startRename(selected.front());
}

void JobView::autoLayout() {
    m_scene->autoLayout();
    fitAll();
}

void JobView::wheelEvent(QWheelEvent* event) {
    const qreal steps = event->angleDelta().y() / 120.0;
    if (qFuzzyIsNull(steps)) {
        QGraphicsView::wheelEvent(event);  // horizontal wheels scroll
        return;
    }
    zoomAt(std::pow(kZoomStep, steps), event->position().toPoint());
    event->accept();
}

// Keeps the scene point under `viewPoint` in place (AnchorUnderMouse would read QCursor::pos()).
void JobView::zoomAt(qreal factor, QPoint viewPoint) {
    const QPointF anchor = mapToScene(viewPoint);
    setZoom(zoom() * factor);
    const QPointF drift = anchor - mapToScene(viewPoint);
    centerOn(mapToScene(viewport()->rect().center()) + drift);
}

void JobView::keyPressEvent(QKeyEvent* event) {
    // An inline editor (rename) gets its keys first.
    if (m_scene->focusItem() && m_scene->focusItem()->type() == QGraphicsTextItem::Type) {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
    } else if (event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace) {
        deleteSelection();
    } else if (event->matches(QKeySequence::Copy)) {
        copy();
    } else if (event->matches(QKeySequence::Paste)) {
        paste();
    } else if (ctrl && event->key() == Qt::Key_D) {
        duplicate();
    } else if (ctrl && event->key() == Qt::Key_0) {
        fitAll();
    } else if (ctrl && (event->key() == Qt::Key_Equal || event->key() == Qt::Key_Plus)) {
        zoomIn();
    } else if (ctrl && event->key() == Qt::Key_Minus) {
        zoomOut();
    } else if (event->key() == Qt::Key_F2) {
        renameSelected();
    } else {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void JobView::keyReleaseEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        if (!m_panning) viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void JobView::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_followsFit = false;
        m_panOrigin = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void JobView::mouseMoveEvent(QMouseEvent* event) {
    if (m_panning) {
        const QPoint delta = event->position().toPoint() - m_panOrigin;
        m_panOrigin = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void JobView::mouseReleaseEvent(QMouseEvent* event) {
    if (m_panning && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        m_panning = false;
        if (m_spaceHeld) {
            viewport()->setCursor(Qt::OpenHandCursor);
        } else {
            viewport()->unsetCursor();
        }
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

// Palette drags carry a node kind id; the scene itself never sees them.
void JobView::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasFormat(QString::fromLatin1(kKindMimeType))) {
        event->acceptProposedAction();
    } else {
        event->ignore();
    }
}

void JobView::dragMoveEvent(QDragMoveEvent* event) {
    if (event->mimeData()->hasFormat(QString::fromLatin1(kKindMimeType))) {
        event->acceptProposedAction();
    } else {
        event->ignore();
    }
}

void JobView::dropEvent(QDropEvent* event) {
    const QByteArray kind = event->mimeData()->data(QString::fromLatin1(kKindMimeType));
    if (kind.isEmpty()) {
        event->ignore();
        return;
    }
    m_scene->addNode(QString::fromUtf8(kind), mapToScene(event->position().toPoint()));
    event->acceptProposedAction();
    setFocus();
}

void JobView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    if (m_followsFit && !m_fitting) fitAll();  // e.g. the window reached its size after the first fit
    emit viewportMoved();
}

void JobView::scrollContentsBy(int dx, int dy) {
    QGraphicsView::scrollContentsBy(dx, dy);
    emit viewportMoved();
}

}  // namespace sw::ui
