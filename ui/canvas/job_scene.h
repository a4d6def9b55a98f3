#pragma once
// JobScene: draws a JobDocument (one NodeItem per node, one EdgeItem per edge), follows its
// signals incrementally and turns mouse and keyboard gestures into undo commands.

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>
#include <memory>
#include <optional>

#include "document/connection_rules.h"

class QMimeData;

namespace sw::ui {

class ConnectionDrag;
class EdgeItem;
class JobDocument;
class NodeItem;
class PortItem;

class JobScene : public QGraphicsScene {
    Q_OBJECT
public:
    static constexpr qreal kGridSize = 20;

    explicit JobScene(JobDocument* document, QObject* parent = nullptr);
    ~JobScene() override;

    JobDocument* document() const { return m_document; }
    NodeItem* nodeItem(const QString& nodeId) const { return m_nodes.value(nodeId); }
    QList<NodeItem*> nodeItems() const { return m_nodes.values(); }
    EdgeItem* edgeItem(const model::Edge& edge) const;
    QList<EdgeItem*> edgeItems() const { return m_edges.values(); }
    PortItem* portItem(const QString& nodeId, const QString& portId) const;

    bool snapToGrid() const { return m_snapToGrid; }
    void setSnapToGrid(bool snap) { m_snapToGrid = snap; }
    QPointF snapped(QPointF point) const;  // identity when snapping is off

    // --- Edits: the mouse and keyboard paths and tests all go through these ------------------
    // Adds a node of `kindId` centred at `scenePos`; returns its id ("" for an unknown kind).
    QString addNode(const QString& kindId, QPointF scenePos);
    // A node chosen in the palette without a drop point: with one node selected that the new
    // kind can follow, placed to its right and connected after it (one undo step); otherwise
    // near `centre`. Either way in free space, never on top of another card.
    QString addNodeFromPalette(const QString& kindId, QPointF centre);
    // The kinds whose new node could connect to the port (its first port of the other direction
    // accepting the edge), in catalog order.
    QStringList kindsFitting(const QString& nodeId, const QString& portId) const;
    // A node of `kindId` centred at `scenePos` and connected to the port: one undo step. "" when
    // the kind does not fit.
    QString addNodeConnectedTo(const QString& nodeId, const QString& portId, const QString& kindId, QPointF scenePos);
    // A top-left close to `wanted` (searched in square rings) where a rectangle of `size` keeps a grid step's distance from
    // every card (on the snapping grid when snapping is on).
    QPointF freeSpotFor(QPointF wanted, QSizeF size) const;
    // Checks (either drag direction) and, if allowed, connects; the verdict says why not.
    ConnectionVerdict canConnect(const PortItem* a, const PortItem* b) const;
    ConnectionVerdict connectPorts(const PortItem* a, const PortItem* b);
    void removeSelection();  // selected nodes with their edges, and selected edges
    std::unique_ptr<QMimeData> copySelection();  // null when nothing is selected
    // Pastes a copied fragment; shifted by `offset`, or by a growing step per paste if none.
    QStringList paste(const QMimeData* mime, std::optional<QPointF> offset = std::nullopt);
    QStringList duplicateSelection();
    // "" when renamed, otherwise why not (empty or taken name).
    QString renameNode(const QString& nodeId, const QString& name);
    void startRename(const QString& nodeId);  // inline editor over the card's name
    void autoLayout();                        // one undoable step
    void commitMoves();                       // item positions that differ from the model -> one command

    // --- Connection drag, driven by PortItem's mouse handlers ---------------------------------
    void beginConnectionDrag(PortItem* source);
    void updateConnectionDrag(QPointF scenePos);
    void endConnectionDrag(QPointF scenePos);
    bool isDraggingConnection() const { return m_drag != nullptr; }
    QString connectionDragReason() const;  // refusal for the port under the cursor

    void nodeItemMoved(NodeItem* item);  // keeps attached edges on the ports while dragging

signals:
    void statusMessage(const QString& text);  // refusals and hints for the status bar
    void nodeActivated(const QString& nodeId);  // double-click on a card outside its name
    // A connection dragged from the port ended on empty canvas, not on a port or a card.
    void connectionDroppedInSpace(const QString& nodeId, const QString& portId, QPointF scenePos);

protected:
    void drawBackground(QPainter* painter, const QRectF& rect) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;

private:
    struct Insertion {
        model::Edge replaced;
        model::Edge in;   // from the replaced edge's source into the node
        model::Edge out;  // from the node to the replaced edge's target
    };
    std::optional<Insertion> insertionInto(const QString& nodeId) const;
    // Adds `node` and the edge to it as one undo step named `text`.
    void pushConnectedNode(model::Node node, const model::Edge& edge, const QString& text);

    void rebuild();
    void addNodeItem(const QString& nodeId);
    void removeNodeItem(const QString& nodeId);
    void refreshNodeItem(const QString& nodeId);
    void syncEdges();
    void updateEdgeGeometry(EdgeItem* edge);
    void refreshDiagnostics();
    void pushSelectionToDocument();
    void pullSelectionFromDocument();

    JobDocument* m_document;
    QHash<QString, NodeItem*> m_nodes;
    QHash<QString, EdgeItem*> m_edges;                // key: edgeKey()
    QMultiHash<QString, EdgeItem*> m_edgesByNode;     // both ends
    bool m_snapToGrid = true;
    bool m_syncingSelection = false;
    int m_pasteCount = 0;

    std::unique_ptr<ConnectionDrag> m_drag;
};

}  // namespace sw::ui
