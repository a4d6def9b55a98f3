#pragma once
// ConnectionDrag: the rubber line from a port to the cursor while a connection is being dragged,
// coloured by whether the port under the cursor would accept it, with the refusal next to it.

#include <QPointF>

#include "document/connection_rules.h"

class QGraphicsPathItem;
class QGraphicsSimpleTextItem;

namespace sw::ui {

class JobScene;
class PortItem;

class ConnectionDrag {
public:
    ConnectionDrag(JobScene* scene, PortItem* source);
    ~ConnectionDrag();  // takes the rubber line and the tip off the scene
    ConnectionDrag(const ConnectionDrag&) = delete;
    ConnectionDrag& operator=(const ConnectionDrag&) = delete;

    PortItem* source() const { return m_source; }
    PortItem* target() const { return m_target; }
    const ConnectionVerdict& verdict() const { return m_verdict; }  // for the target; empty without one

    void moveTo(QPointF scenePos);
    PortItem* portNear(QPointF scenePos) const;  // the closest port within reach, never the source
    void forgetTarget();                         // its node is going away

private:
    // Where the refusal reason goes for the cursor at `cursor`: beside it, inside the visible canvas.
    QPointF tipPosition(QPointF cursor) const;

    JobScene* m_scene;
    PortItem* m_source;
    PortItem* m_target = nullptr;
    ConnectionVerdict m_verdict;
    QGraphicsPathItem* m_rubber;
    QGraphicsSimpleTextItem* m_tip;
};

}  // namespace sw::ui
