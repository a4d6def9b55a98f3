#include "canvas/port_item.h"

#include <QCursor>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPalette>

#include "canvas/job_scene.h"
#include "canvas/node_item.h"

namespace sw::ui {

namespace {
constexpr qreal kHitRadius = 9;  // easier to hit than to see
}

PortItem::PortItem(NodeItem* node, QString portId, QString label, bool isInput)
    : QGraphicsItem(node), m_node(node), m_portId(std::move(portId)), m_label(std::move(label)), m_isInput(isInput) {
    setAcceptHoverEvents(true);
    setAcceptedMouseButtons(Qt::LeftButton);
    setCursor(Qt::CrossCursor);
    setToolTip(m_label);
}

QString PortItem::nodeId() const { return m_node->nodeId(); }

QRectF PortItem::boundingRect() const { return {-kHitRadius, -kHitRadius, 2 * kHitRadius, 2 * kHitRadius}; }

QPainterPath PortItem::shape() const {
    QPainterPath path;
    path.addEllipse(boundingRect());
    return path;
}

void PortItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    QColor fill = palette.color(QPalette::Base);
    QColor ring = palette.color(QPalette::Text);
    ring.setAlphaF(0.7f);
    switch (m_highlight) {
    case Highlight::Accepting: fill = palette.color(QPalette::Highlight); break;
    case Highlight::Refusing: fill = QColor(0xd3, 0x2f, 0x2f); break;
    case Highlight::None:
        if (m_hovered) fill = palette.color(QPalette::Highlight);
        break;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(ring, 1.5));
    painter->setBrush(fill);
    const qreal r = (m_hovered || m_highlight != Highlight::None) ? kRadius + 1.5 : kRadius;
    painter->drawEllipse(QPointF(0, 0), r, r);
}

void PortItem::setHighlight(Highlight highlight) {
    if (highlight == m_highlight) return;
    m_highlight = highlight;
    update();
}

void PortItem::hoverEnterEvent(QGraphicsSceneHoverEvent*) {
    m_hovered = true;
    update();
}

void PortItem::hoverLeaveEvent(QGraphicsSceneHoverEvent*) {
    m_hovered = false;
    update();
}

void PortItem::mousePressEvent(QGraphicsSceneMouseEvent* event) {
    auto* jobScene = qobject_cast<JobScene*>(scene());
    if (!jobScene || event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    jobScene->beginConnectionDrag(this);  // the press is accepted, so this item grabs the mouse
}

void PortItem::mouseMoveEvent(QGraphicsSceneMouseEvent* event) {
    if (auto* jobScene = qobject_cast<JobScene*>(scene())) jobScene->updateConnectionDrag(event->scenePos());
}

void PortItem::mouseReleaseEvent(QGraphicsSceneMouseEvent* event) {
    if (auto* jobScene = qobject_cast<JobScene*>(scene())) jobScene->endConnectionDrag(event->scenePos());
}

}  // namespace sw::ui
