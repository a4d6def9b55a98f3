#pragma once
// EdgeItem: one connection drawn as a cubic Bézier from an output port to an input port.

#include <QGraphicsPathItem>
#include <optional>

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

    // During a run: how full the queue behind this edge is (0..1); nothing draws the plain edge.
    void setBackPressure(std::optional<double> fill);
    std::optional<double> backPressure() const { return m_backPressure; }

    QPainterPath shape() const override;
    QString baseToolTip() const;  // the edge's ports, shown with or without a run
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    model::Edge m_edge;
    QPointF m_from;
    QPointF m_to;
    std::optional<double> m_backPressure;
};

}  // namespace sw::ui
