#pragma once
// EdgeItem: one connection drawn as a cubic Bézier from an output port to an input port.

#include <QGraphicsPathItem>

#include "model/job_graph.h"

namespace sw::ui {

class EdgeItem : public QGraphicsPathItem {
public:
    enum { Type = UserType + 3 };

    explicit EdgeItem(model::Edge edge);

    int type() const override { return Type; }
    const model::Edge& edge() const { return m_edge; }

    void setEnds(QPointF from, QPointF to);
    QPointF fromPoint() const { return m_from; }
    QPointF toPoint() const { return m_to; }

    // The same curve for edges and for the rubber line of a connection being dragged.
    static QPainterPath curve(QPointF from, QPointF to);

    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    model::Edge m_edge;
    QPointF m_from;
    QPointF m_to;
};

}  // namespace sw::ui
