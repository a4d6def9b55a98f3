#include "canvas/connection_drag.h"

#include <QGraphicsPathItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsView>
#include <algorithm>
#include <QPalette>
#include <QPen>

#include "canvas/edge_item.h"
#include "canvas/job_scene.h"
#include "canvas/port_item.h"

namespace sw::ui {

namespace {
const QColor kRefusedColor(0xd3, 0x2f, 0x2f);
constexpr qreal kReach = 10;  // ports are small; dropping near one is enough
}  // namespace

ConnectionDrag::ConnectionDrag(JobScene* scene, PortItem* source)
    : m_scene(scene), m_source(source), m_rubber(new QGraphicsPathItem), m_tip(new QGraphicsSimpleTextItem) {
    m_rubber->setZValue(5);
    scene->addItem(m_rubber);
    m_tip->setZValue(6);
    m_tip->setBrush(kRefusedColor);
    m_tip->hide();
    scene->addItem(m_tip);
    moveTo(source->sceneAnchor());
}

ConnectionDrag::~ConnectionDrag() {
    forgetTarget();
    delete m_rubber;
    delete m_tip;
}

PortItem* ConnectionDrag::portNear(QPointF scenePos) const {
    const QRectF area(scenePos - QPointF(kReach, kReach), QSizeF(2 * kReach, 2 * kReach));
    PortItem* best = nullptr;
    qreal bestDistance = 0;
    for (QGraphicsItem* item : m_scene->items(area)) {
        if (item->type() != PortItem::Type || item == m_source) continue;
        auto* port = static_cast<PortItem*>(item);
        const qreal distance = QLineF(port->sceneAnchor(), scenePos).length();
        if (!best || distance < bestDistance) {
            best = port;
            bestDistance = distance;
        }
    }
    return best;
}

void ConnectionDrag::forgetTarget() {
    if (m_target) m_target->setHighlight(PortItem::Highlight::None);
    m_target = nullptr;
    m_verdict = {};
}

void ConnectionDrag::moveTo(QPointF scenePos) {
    PortItem* target = portNear(scenePos);
    if (target != m_target) forgetTarget();
    m_target = target;
    m_verdict = target ? m_scene->canConnect(m_source, target) : ConnectionVerdict{};
    if (target) target->setHighlight(m_verdict ? PortItem::Highlight::Accepting : PortItem::Highlight::Refusing);

    const QPointF anchor = m_source->sceneAnchor();
    const QPointF end = target ? target->sceneAnchor() : scenePos;
    // Drawn from output to input whichever end the user started at.
    m_rubber->setPath(m_source->isInput() ? EdgeItem::curve(end, anchor) : EdgeItem::curve(anchor, end));
    const bool refused = target && !m_verdict;
    const QColor color = refused ? kRefusedColor : m_scene->palette().color(QPalette::Highlight);
    m_rubber->setPen(QPen(color, 2, refused || !target ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap));

    m_tip->setText(m_verdict.reason);
    m_tip->setPos(tipPosition(scenePos));
    m_tip->setVisible(refused);
}

QPointF ConnectionDrag::tipPosition(QPointF cursor) const {
    QPointF at = cursor + QPointF(14, 10);
    const QList<QGraphicsView*> views = m_scene->views();
    if (views.isEmpty()) return at;
    // Within the visible part of the canvas: near its right or bottom edge the reason would be cut.
    const QGraphicsView* view = views.front();
    const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
    const QSizeF size = m_tip->boundingRect().size();
    at.setX(std::max(visible.left() + 4, std::min(at.x(), visible.right() - size.width() - 4)));
    if (at.y() + size.height() > visible.bottom() - 4) at.setY(cursor.y() - size.height() - 10);  // above the cursor
    return at;
}

}  // namespace sw::ui
