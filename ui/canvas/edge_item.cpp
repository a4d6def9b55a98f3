#include "canvas/edge_item.h"

#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPathStroker>
#include <QPalette>
#include <algorithm>
#include <cmath>

namespace sw::ui {

EdgeItem::EdgeItem(model::Edge edge) : m_edge(std::move(edge)) {
    setFlags(ItemIsSelectable);
    setZValue(0);  // under the cards
    setPen(QPen(Qt::transparent, 12));  // only widens boundingRect() to hold the arrow head
    setToolTip(baseToolTip());
}

QString EdgeItem::baseToolTip() const {
    return QObject::tr("%1.%2 → %3.%4")
        .arg(QString::fromStdString(m_edge.fromNode), QString::fromStdString(m_edge.fromPort),
             QString::fromStdString(m_edge.toNode), QString::fromStdString(m_edge.toPort));
}

QPainterPath EdgeItem::curve(QPointF from, QPointF to) {
    // Horizontal tangents at both ports; a backwards edge loops out instead of cutting through cards.
    const qreal reach = std::max(40.0, std::abs(to.x() - from.x()) / 2);
    QPainterPath path(from);
    path.cubicTo(from + QPointF(reach, 0), to - QPointF(reach, 0), to);
    return path;
}

void EdgeItem::setEnds(QPointF from, QPointF to) {
    if (from == m_from && to == m_to && !path().isEmpty()) return;
    m_from = from;
    m_to = to;
    setPath(curve(from, to));
}

QPainterPath EdgeItem::shape() const {
    QPainterPathStroker stroker;
    stroker.setWidth(10);  // a thin curve is hard to click
    return stroker.createStroke(path());
}

void EdgeItem::setBackPressure(std::optional<double> fill) {
    if (fill) fill = std::clamp(*fill, 0.0, 1.0);
    if (fill == m_backPressure) return;
    m_backPressure = fill;
    setToolTip(fill ? baseToolTip() + QLatin1Char('\n') +
                          QObject::tr("Queue %1% full: the next node %2")
                              .arg(qRound(*fill * 100))
                              .arg(*fill > 0.8 ? QObject::tr("holds this one back") : QObject::tr("keeps up"))
                    : baseToolTip());
    update();
}

void EdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    QColor color = isSelected() ? palette.color(QPalette::Highlight) : palette.color(QPalette::Text);
    if (!isSelected()) color.setAlphaF(0.55f);
    qreal width = isSelected() ? 2.5 : 1.8;
    if (m_backPressure && !isSelected()) {
        // Green when the queue is empty, through amber, to red when it is full; thicker as it fills.
        color = QColor::fromHsvF(static_cast<float>(0.33 * (1 - *m_backPressure)), 0.85f, 0.8f);
        width = 2 + 4 * *m_backPressure;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(color, width, Qt::SolidLine, Qt::RoundCap));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path());
    // A small arrow head just before the input port shows the direction of flow.
    QPolygonF head;
    head << m_to - QPointF(6, 0) << m_to - QPointF(14, 4.5) << m_to - QPointF(14, -4.5);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(head);
}

}  // namespace sw::ui
