#include "canvas/overview_widget.h"

#include <QMouseEvent>
#include <QPainter>

#include "canvas/edge_item.h"
#include "canvas/job_scene.h"
#include "canvas/job_view.h"
#include "canvas/kind_appearance.h"
#include "canvas/node_item.h"
#include "kinds/catalog.h"
#include "document/job_document.h"

namespace sw::ui {

namespace {
constexpr qreal kMargin = 6;
}

OverviewWidget::OverviewWidget(JobView* view, QWidget* parent) : QWidget(parent), m_view(view) {
    setMinimumSize(120, 80);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Overview: click or drag to move the canvas"));
    auto repaint = [this] { update(); };
    connect(view, &JobView::viewportMoved, this, repaint);
    connect(view->jobScene(), &QGraphicsScene::changed, this, repaint);
}

QRectF OverviewWidget::visibleSceneRect() const {
    return m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
}

QRectF OverviewWidget::shownSceneRect() const {
    QRectF bounds;
    for (NodeItem* item : m_view->jobScene()->nodeItems()) bounds |= item->sceneBoundingRect();
    return bounds.isEmpty() ? visibleSceneRect() : bounds.adjusted(-40, -40, 40, 40);
}

// Uniform scale, centred: the miniature keeps the canvas' proportions.
QTransform OverviewWidget::sceneToWidget() const {
    const QRectF source = shownSceneRect();
    const QRectF target = QRectF(rect()).adjusted(kMargin, kMargin, -kMargin, -kMargin);
    if (source.isEmpty() || target.isEmpty()) return {};
    const qreal scale = std::min(target.width() / source.width(), target.height() / source.height());
    const QPointF offset = target.center() - source.center() * scale;
    return QTransform::fromTranslate(offset.x(), offset.y()).scale(scale, scale);
}

QPointF OverviewWidget::toScene(QPointF widgetPoint) const { return sceneToWidget().inverted().map(widgetPoint); }
QPointF OverviewWidget::toWidget(QPointF scenePoint) const { return sceneToWidget().map(scenePoint); }

void OverviewWidget::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Window));
    painter.setPen(QPen(pal.color(QPalette::Mid), 1));
    painter.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));

    const QTransform transform = sceneToWidget();
    painter.setClipRect(rect().adjusted(1, 1, -1, -1));
    QColor edgeColor = pal.color(QPalette::WindowText);
    edgeColor.setAlphaF(0.45f);
    painter.setPen(QPen(edgeColor, 1));
    for (EdgeItem* edge : m_view->jobScene()->edgeItems()) {
        if (edge->isVisible()) painter.drawPath(transform.map(edge->path()));
    }
    // Cards in their role colour: enough to recognise the job's shape.
    painter.setPen(Qt::NoPen);
    const JobDocument* document = m_view->jobScene()->document();
    for (NodeItem* item : m_view->jobScene()->nodeItems()) {
        const model::Node* node = document->node(item->nodeId());
        const kinds::NodeKind* kind = node ? kinds::Catalog::instance().find(node->kind) : nullptr;
        QColor fill = kind ? roleColor(kind->role, pal) : pal.color(QPalette::Mid);
        if (item->isSelected()) fill = pal.color(QPalette::Highlight);
        painter.setBrush(fill);
        painter.drawRoundedRect(transform.mapRect(item->sceneBoundingRect()), 2, 2);
    }

    QColor frame = pal.color(QPalette::Highlight);
    painter.setPen(QPen(frame, 1.5));
    frame.setAlphaF(0.12f);
    painter.setBrush(frame);
    painter.drawRect(transform.mapRect(visibleSceneRect()));
}

void OverviewWidget::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) m_view->centerOn(toScene(event->position()));
}

void OverviewWidget::mouseMoveEvent(QMouseEvent* event) {
    if (event->buttons() & Qt::LeftButton) m_view->centerOn(toScene(event->position()));
}

}  // namespace sw::ui
