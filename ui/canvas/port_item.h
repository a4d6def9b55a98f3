#pragma once
// PortItem: a node's input (left edge) or output (right edge); connections are dragged from it.

#include <QGraphicsItem>
#include <QString>

namespace sw::ui {

class NodeItem;

class PortItem : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };

    PortItem(NodeItem* node, QString portId, QString label, bool isInput);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    NodeItem* nodeItem() const { return m_node; }
    QString nodeId() const;
    const QString& portId() const { return m_portId; }
    const QString& label() const { return m_label; }
    bool isInput() const { return m_isInput; }
    QPointF sceneAnchor() const { return scenePos(); }  // where edges attach

    // Set by the scene while a connection is dragged over this port.
    enum class Highlight { None, Accepting, Refusing };
    void setHighlight(Highlight highlight);

    static constexpr qreal kRadius = 5.5;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;

private:
    NodeItem* m_node;
    QString m_portId;
    QString m_label;
    bool m_isInput;
    bool m_hovered = false;
    Highlight m_highlight = Highlight::None;
};

}  // namespace sw::ui
