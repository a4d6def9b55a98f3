#include "canvas/job_scene.h"

#include <QGraphicsSceneMouseEvent>
#include <QMimeData>
#include <QPainter>
#include <QPalette>
#include <algorithm>
#include <cmath>
#include <map>

#include "canvas/connection_drag.h"
#include "canvas/edge_item.h"
#include "canvas/layered_layout.h"
#include "canvas/node_clipboard.h"
#include "canvas/node_item.h"
#include "canvas/node_name_editor.h"
#include "canvas/port_item.h"
#include "commands/add_node_command.h"
#include "commands/connect_command.h"
#include "commands/disconnect_command.h"
#include "commands/move_nodes_command.h"
#include "commands/paste_nodes_command.h"
#include "commands/remove_nodes_command.h"
#include "commands/rename_node_command.h"
#include "i18n/core_text.h"
#include "kinds/catalog.h"
#include "document/job_document.h"
#include "document/node_naming.h"

namespace sw::ui {

namespace {

QString edgeKey(const model::Edge& edge) {
    return QString::fromStdString(edge.fromNode + '\n' + edge.fromPort + '\n' + edge.toNode + '\n' + edge.toPort);
}

constexpr qreal kPasteStep = 40;

}  // namespace

JobScene::JobScene(JobDocument* document, QObject* parent) : QGraphicsScene(parent), m_document(document) {
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    connect(document, &JobDocument::jobReset, this, &JobScene::rebuild);
    connect(document, &JobDocument::nodeAdded, this, &JobScene::addNodeItem);
    connect(document, &JobDocument::nodeRemoved, this, &JobScene::removeNodeItem);
    connect(document, &JobDocument::nodeChanged, this, &JobScene::refreshNodeItem);
    connect(document, &JobDocument::edgesChanged, this, &JobScene::syncEdges);
    connect(document, &JobDocument::diagnosticsChanged, this, &JobScene::refreshDiagnostics);
    connect(document, &JobDocument::selectionChanged, this, &JobScene::pullSelectionFromDocument);
    connect(this, &QGraphicsScene::selectionChanged, this, &JobScene::pushSelectionToDocument);
    rebuild();
}

JobScene::~JobScene() {
    setFocusItem(nullptr);  // an open rename editor commits while the scene is still whole
    // Items die with the scene; stop following selection changes while they do.
    disconnect(this, &QGraphicsScene::selectionChanged, this, &JobScene::pushSelectionToDocument);
}

EdgeItem* JobScene::edgeItem(const model::Edge& edge) const { return m_edges.value(edgeKey(edge)); }

PortItem* JobScene::portItem(const QString& nodeId, const QString& portId) const {
    NodeItem* node = nodeItem(nodeId);
    return node ? node->port(portId) : nullptr;
}

QPointF JobScene::snapped(QPointF point) const {
    if (!m_snapToGrid) return point;
    return {std::round(point.x() / kGridSize) * kGridSize, std::round(point.y() / kGridSize) * kGridSize};
}

// --- Following the document ------------------------------------------------------------------

void JobScene::rebuild() {
    m_drag.reset();
    m_syncingSelection = true;
    for (EdgeItem* edge : std::as_const(m_edges)) delete edge;
    for (NodeItem* node : std::as_const(m_nodes)) delete node;
    m_edges.clear();
    m_edgesByNode.clear();
    m_nodes.clear();
    m_syncingSelection = false;
    for (const model::Node& node : m_document->job().nodes) addNodeItem(QString::fromStdString(node.id));
    syncEdges();
    refreshDiagnostics();
    pullSelectionFromDocument();
}

void JobScene::addNodeItem(const QString& nodeId) {
    const model::Node* node = m_document->node(nodeId);
    if (!node || m_nodes.contains(nodeId)) return;
    auto* item = new NodeItem(*node);
    addItem(item);
    m_nodes.insert(nodeId, item);
    item->setDiagnostics(m_document->diagnosticsFor(nodeId));
}

void JobScene::removeNodeItem(const QString& nodeId) {
    NodeItem* item = m_nodes.take(nodeId);
    if (!item) return;
    if (m_drag && m_drag->source()->nodeItem() == item) m_drag.reset();
    if (m_drag && m_drag->target() && m_drag->target()->nodeItem() == item) m_drag->forgetTarget();
    m_syncingSelection = true;  // the document already dropped it from its selection
    delete item;
    m_syncingSelection = false;
}

void JobScene::refreshNodeItem(const QString& nodeId) {
    NodeItem* item = nodeItem(nodeId);
    if (const model::Node* node = m_document->node(nodeId); item && node) item->setNode(*node);
}

// Diffs the edge items against the model: a command changes one or a few edges at a time.
void JobScene::syncEdges() {
    QHash<QString, const model::Edge*> wanted;
    for (const model::Edge& edge : m_document->job().edges) wanted.insert(edgeKey(edge), &edge);
    for (auto it = m_edges.begin(); it != m_edges.end();) {
        if (wanted.contains(it.key())) {
            ++it;
            continue;
        }
        EdgeItem* edge = it.value();
        m_edgesByNode.remove(QString::fromStdString(edge->edge().fromNode), edge);
        m_edgesByNode.remove(QString::fromStdString(edge->edge().toNode), edge);
        it = m_edges.erase(it);
        m_syncingSelection = true;
        delete edge;
        m_syncingSelection = false;
    }
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        if (m_edges.contains(it.key())) continue;
        auto* edge = new EdgeItem(*it.value());
        addItem(edge);
        m_edges.insert(it.key(), edge);
        m_edgesByNode.insert(QString::fromStdString(edge->edge().fromNode), edge);
        m_edgesByNode.insert(QString::fromStdString(edge->edge().toNode), edge);
        updateEdgeGeometry(edge);
    }
}

void JobScene::updateEdgeGeometry(EdgeItem* edge) {
    const model::Edge& model = edge->edge();
    PortItem* from = portItem(QString::fromStdString(model.fromNode), QString::fromStdString(model.fromPort));
    PortItem* to = portItem(QString::fromStdString(model.toNode), QString::fromStdString(model.toPort));
    edge->setVisible(from && to);  // an edge to an unknown port is the validator's to report
    if (from && to) edge->setEnds(from->sceneAnchor(), to->sceneAnchor());
}

void JobScene::nodeItemMoved(NodeItem* item) {
    const auto edges = m_edgesByNode.values(item->nodeId());
    for (EdgeItem* edge : edges) updateEdgeGeometry(edge);
}

void JobScene::refreshDiagnostics() {
    std::map<std::string, std::vector<analysis::Diagnostic>> byNode;
    for (const analysis::Diagnostic& d : m_document->diagnostics()) byNode[d.nodeId].push_back(d);
    for (NodeItem* item : std::as_const(m_nodes)) {
        auto it = byNode.find(item->nodeId().toStdString());
        item->setDiagnostics(it == byNode.end() ? std::vector<analysis::Diagnostic>{} : it->second);
        item->update();  // the kind label makes room for the badge
    }
}

void JobScene::pushSelectionToDocument() {
    if (m_syncingSelection) return;
    QStringList ids;
    for (const model::Node& node : m_document->job().nodes) {
        const QString id = QString::fromStdString(node.id);
        if (NodeItem* item = nodeItem(id); item && item->isSelected()) ids << id;
    }
    m_syncingSelection = true;
    m_document->setSelectedNodeIds(ids);
    m_syncingSelection = false;
}

void JobScene::pullSelectionFromDocument() {
    if (m_syncingSelection) return;
    m_syncingSelection = true;
    const QStringList selected = m_document->selectedNodeIds();
    for (NodeItem* item : std::as_const(m_nodes)) item->setSelected(selected.contains(item->nodeId()));
    for (EdgeItem* edge : std::as_const(m_edges)) edge->setSelected(false);
    m_syncingSelection = false;
}

// --- Edits ----------------------------------------------------------------------------------

QString JobScene::addNode(const QString& kindId, QPointF scenePos) {
    const kinds::NodeKind* kind = kinds::Catalog::instance().find(kindId.toStdString());
    if (!kind) return {};
    model::Node node = newNode(m_document->job(), *kind, {});
    // Centre the card on the drop point; its height depends on the kind's ports only.
    const QSizeF size = NodeItem(node).size();
    const QPointF topLeft = snapped(scenePos - QPointF(size.width() / 2, size.height() / 2));
    node.position = {topLeft.x(), topLeft.y()};
    const QString id = QString::fromStdString(node.id);
    m_document->undoStack()->push(new AddNodeCommand(m_document, std::move(node)));
    return id;
}

namespace {

// The edge between the port and a new node of `kind` (its first port of the other direction),
// nothing when the kind has no such port.
std::optional<model::Edge> edgeToNewNode(const model::Node& node, const kinds::PortDescriptor& port,
                                         const kinds::NodeKind& kind, const std::string& newId) {
    const auto other = std::ranges::find_if(kind.ports, [&](const auto& p) { return p.isInput != port.isInput; });
    if (other == kind.ports.end()) return std::nullopt;
    if (port.isInput) return model::Edge{newId, other->id, node.id, port.id};
    return model::Edge{node.id, port.id, newId, other->id};
}

}  // namespace

QString JobScene::addNodeFromPalette(const QString& kindId, QPointF centre) {
    const kinds::NodeKind* kind = kinds::Catalog::instance().find(kindId.toStdString());
    if (!kind) return {};
    model::Node node = newNode(m_document->job(), *kind, {});
    const QSizeF size = NodeItem(node).size();
    const QString id = QString::fromStdString(node.id);
    const QStringList selected = m_document->selectedNodeIds();
    const model::Node* upstream = selected.size() == 1 ? m_document->node(selected.front()) : nullptr;
    const kinds::NodeKind* upstreamKind = upstream ? kinds::Catalog::instance().find(upstream->kind) : nullptr;
    const auto output = upstreamKind ? std::ranges::find_if(upstreamKind->ports, [](const auto& port) { return !port.isInput; })
                                     : std::vector<kinds::PortDescriptor>::const_iterator{};
    if (upstreamKind && output != upstreamKind->ports.end()) {
        const auto edge = edgeToNewNode(*upstream, *output, *kind, node.id);
        model::JobGraph withNode = m_document->job();
        withNode.nodes.push_back(node);
        if (edge && ConnectionRules::check(withNode, *edge)) {
            const QRectF after = nodeItem(selected.front())->sceneBoundingRect();
            const QPointF topLeft = freeSpotFor(after.topRight() + QPointF(kGridSize * 4, 0), size);
            node.position = {topLeft.x(), topLeft.y()};
            pushConnectedNode(std::move(node), *edge, tr("Add %1 after '%2'").arg(coreText(kind->label),
                                                                                  QString::fromStdString(upstream->name)));
            return id;
        }
    }
    const QPointF half(size.width() / 2, size.height() / 2);
    return addNode(kindId, freeSpotFor(centre - half, size) + half);
}


QStringList JobScene::kindsFitting(const QString& nodeId, const QString& portId) const {
    QStringList fitting;
    const model::Node* node = m_document->node(nodeId);
    const kinds::NodeKind* nodeKind = node ? kinds::Catalog::instance().find(node->kind) : nullptr;
    const kinds::PortDescriptor* port = nodeKind ? nodeKind->port(portId.toStdString()) : nullptr;
    if (!port) return fitting;
    for (const kinds::NodeKind& kind : kinds::Catalog::instance().kinds()) {
        model::JobGraph withNode = m_document->job();
        withNode.nodes.push_back(newNode(withNode, kind, {}));
        const auto edge = edgeToNewNode(*node, *port, kind, withNode.nodes.back().id);
        if (edge && ConnectionRules::check(withNode, *edge)) fitting << QString::fromStdString(kind.id);
    }
    return fitting;
}

QString JobScene::addNodeConnectedTo(const QString& nodeId, const QString& portId, const QString& kindId,
                                     QPointF scenePos) {
    if (!kindsFitting(nodeId, portId).contains(kindId)) return {};
    const model::Node* existing = m_document->node(nodeId);
    const kinds::NodeKind* existingKind = kinds::Catalog::instance().find(existing->kind);
    const kinds::NodeKind* kind = kinds::Catalog::instance().find(kindId.toStdString());
    model::Node node = newNode(m_document->job(), *kind, {});
    const auto edge = edgeToNewNode(*existing, *existingKind->port(portId.toStdString()), *kind, node.id);
    const QSizeF size = NodeItem(node).size();
    const QPointF topLeft = freeSpotFor(scenePos - QPointF(size.width() / 2, size.height() / 2), size);
    node.position = {topLeft.x(), topLeft.y()};
    const QString id = QString::fromStdString(node.id);
    pushConnectedNode(std::move(node), *edge, tr("Add %1 connected to '%2'").arg(coreText(kind->label),
                                                                                 QString::fromStdString(existing->name)));
    return id;
}

void JobScene::pushConnectedNode(model::Node node, const model::Edge& edge, const QString& text) {
    auto* step = new QUndoCommand(text);
    new AddNodeCommand(m_document, std::move(node), step);
    new ConnectCommand(m_document, edge, step);
    m_document->undoStack()->push(step);
}

QPointF JobScene::freeSpotFor(QPointF wanted, QSizeF size) const {
    const auto isFree = [this, size](QPointF topLeft) {
        const QRectF rect = QRectF(topLeft, size).adjusted(-kGridSize, -kGridSize, kGridSize, kGridSize);
        return std::ranges::none_of(m_nodes, [&rect](const NodeItem* item) { return item->sceneBoundingRect().intersects(rect); });
    };
    const QPointF start = snapped(wanted);
    const qreal step = kGridSize * 2;
    // Square rings of growing size around the wanted spot; the first ring with a free spot gives
    // the one nearest to it (a corner of that ring may lie farther than the next ring's sides).
    for (int ring = 0; ring <= 100; ++ring) {
        std::optional<QPointF> best;
        for (int dx = -ring; dx <= ring; ++dx) {
            for (int dy = -ring; dy <= ring; ++dy) {
                if (std::max(std::abs(dx), std::abs(dy)) != ring) continue;
                const QPointF candidate = start + QPointF(dx * step, dy * step);
                if (!isFree(candidate)) continue;
                if (!best || QLineF(start, candidate).length() < QLineF(start, *best).length()) best = candidate;
            }
        }
        if (best) return *best;
    }
    return start;
}

ConnectionVerdict JobScene::canConnect(const PortItem* a, const PortItem* b) const {
    if (!a || !b) return {false, tr("Drop the connection on a port.")};
    if (a->isInput() == b->isInput()) {
        return {false, a->isInput() ? tr("Both ports are inputs; connect an output to an input.")
                                    : tr("Both ports are outputs; connect an output to an input.")};
    }
    const PortItem* from = a->isInput() ? b : a;
    const PortItem* to = a->isInput() ? a : b;
    const model::Edge edge{from->nodeId().toStdString(), from->portId().toStdString(), to->nodeId().toStdString(),
                           to->portId().toStdString()};
    return ConnectionRules::check(m_document->job(), edge);
}

ConnectionVerdict JobScene::connectPorts(const PortItem* a, const PortItem* b) {
    ConnectionVerdict verdict = canConnect(a, b);
    if (!verdict) {
        emit statusMessage(verdict.reason);
        return verdict;
    }
    const PortItem* from = a->isInput() ? b : a;
    const PortItem* to = a->isInput() ? a : b;
    m_document->undoStack()->push(new ConnectCommand(
        m_document, {from->nodeId().toStdString(), from->portId().toStdString(), to->nodeId().toStdString(),
                     to->portId().toStdString()}));
    return verdict;
}

void JobScene::removeSelection() {
    QStringList nodeIds = m_document->selectedNodeIds();
    std::vector<model::Edge> edges;
    for (QGraphicsItem* item : selectedItems()) {
        if (item->type() == EdgeItem::Type) edges.push_back(static_cast<EdgeItem*>(item)->edge());
    }
    if (nodeIds.isEmpty() && edges.empty()) return;
    m_document->undoStack()->push(new RemoveNodesCommand(m_document, nodeIds, edges));
}

std::unique_ptr<QMimeData> JobScene::copySelection() {
    m_pasteCount = 0;
    return nodesToMimeData(m_document->job(), m_document->selectedNodeIds());
}

QStringList JobScene::paste(const QMimeData* mime, std::optional<QPointF> offset) {
    std::optional<model::JobGraph> fragment = nodesFromMimeData(mime);
    if (!fragment || fragment->nodes.empty()) return {};
    QPointF shift = offset.value_or(QPointF(kPasteStep, kPasteStep) * ++m_pasteCount);
    // The pasted cards as a block, moved on to the nearest spot where they cover no card.
    QRectF block;
    for (const model::Node& node : fragment->nodes)
        block |= QRectF(QPointF(node.position.x, node.position.y), NodeItem(node).size());
    shift = freeSpotFor(block.topLeft() + shift, block.size()) - block.topLeft();
    auto* command = new PasteNodesCommand(m_document, *fragment, {shift.x(), shift.y()});
    const QStringList ids = command->pastedIds();
    m_document->undoStack()->push(command);
    return ids;
}

QStringList JobScene::duplicateSelection() {
    const std::unique_ptr<QMimeData> copy = nodesToMimeData(m_document->job(), m_document->selectedNodeIds());
    return copy ? paste(copy.get(), QPointF(kPasteStep, kPasteStep)) : QStringList{};
}

QString JobScene::renameNode(const QString& nodeId, const QString& name) {
    const model::Node* node = m_document->node(nodeId);
    if (!node) return tr("The node no longer exists.");
    const QString trimmed = name.trimmed();
    if (trimmed == QString::fromStdString(node->name)) return {};
    if (trimmed.isEmpty()) return tr("A node needs a name.");
    if (m_document->job().findNodeByName(trimmed.toStdString())) {
        return tr("Another node is already named '%1'.").arg(trimmed);
    }
    m_document->undoStack()->push(new RenameNodeCommand(m_document, *node, trimmed));
    return {};
}

void JobScene::startRename(const QString& nodeId) {
    NodeItem* item = nodeItem(nodeId);
    if (!item) return;
    auto commit = [this, nodeId](const QString& name) {
        const QString problem = renameNode(nodeId, name);
        if (!problem.isEmpty()) emit statusMessage(problem);
    };
    new NodeNameEditor(item->name(), item->nameRect(), item, commit);  // owned by the card
}

void JobScene::autoLayout() {
    const auto positions = layeredLayout(m_document->job(), [this](const std::string& id) {
        NodeItem* item = nodeItem(QString::fromStdString(id));
        return item ? item->size() : QSizeF(NodeItem::kWidth, 100);
    });
    std::vector<NodeMove> moves;
    for (const model::Node& node : m_document->job().nodes) {
        auto it = positions.find(node.id);
        if (it == positions.end()) continue;
        const QPointF target = snapped({it->second.x, it->second.y});
        const model::Position to{target.x(), target.y()};
        if (to != node.position) moves.push_back({QString::fromStdString(node.id), node.position, to});
    }
    if (moves.empty()) return;
    auto* command = new MoveNodesCommand(m_document, std::move(moves));
    command->setText(tr("Auto layout"));
    m_document->undoStack()->push(command);
}

void JobScene::commitMoves() {
    std::vector<NodeMove> moves;
    for (const model::Node& node : m_document->job().nodes) {
        NodeItem* item = nodeItem(QString::fromStdString(node.id));
        if (!item) continue;
        const model::Position now{item->pos().x(), item->pos().y()};
        if (now != node.position) moves.push_back({item->nodeId(), node.position, now});
    }
    if (moves.empty()) return;
    if (moves.size() == 1) {
        if (auto insertion = insertionInto(moves.front().nodeId)) {
            const model::Node* node = m_document->node(moves.front().nodeId);
            auto* step = new QUndoCommand(tr("Insert '%1' into a connection").arg(QString::fromStdString(node->name)));
            new MoveNodesCommand(m_document, std::move(moves), step);
            new DisconnectCommand(m_document, insertion->replaced, step);
            new ConnectCommand(m_document, insertion->in, step);
            new ConnectCommand(m_document, insertion->out, step);
            m_document->undoStack()->push(step);
            return;
        }
    }
    m_document->undoStack()->push(new MoveNodesCommand(m_document, std::move(moves)));
}

// A node without connections dropped onto a connection goes into it: A -> B becomes
// A -> node -> B through the node's first input and first output, when both edges are allowed.
std::optional<JobScene::Insertion> JobScene::insertionInto(const QString& nodeId) const {
    const model::Node* node = m_document->node(nodeId);
    NodeItem* item = nodeItem(nodeId);
    const kinds::NodeKind* kind = node ? kinds::Catalog::instance().find(node->kind) : nullptr;
    if (!item || !kind || m_edgesByNode.contains(nodeId)) return std::nullopt;
    const kinds::PortDescriptor* input = kind->firstInput();
    const auto output = std::ranges::find_if(kind->ports, [](const auto& port) { return !port.isInput; });
    if (!input || output == kind->ports.end()) return std::nullopt;
    const QRectF card = item->sceneBoundingRect();
    for (const EdgeItem* edgeItem : std::as_const(m_edges)) {
        if (!edgeItem->mapToScene(edgeItem->shape()).intersects(card)) continue;
        const model::Edge& replaced = edgeItem->edge();
        Insertion insertion{replaced, {replaced.fromNode, replaced.fromPort, node->id, input->id},
                            {node->id, output->id, replaced.toNode, replaced.toPort}};
        model::JobGraph without = m_document->job();
        std::erase(without.edges, replaced);
        if (!ConnectionRules::check(without, insertion.in)) continue;
        without.edges.push_back(insertion.in);
        if (!ConnectionRules::check(without, insertion.out)) continue;
        return insertion;
    }
    return std::nullopt;
}

void JobScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event) {
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton) commitMoves();  // a whole drag is one undo step
}

// --- Connection drag ------------------------------------------------------------------------

void JobScene::beginConnectionDrag(PortItem* source) { m_drag = std::make_unique<ConnectionDrag>(this, source); }

void JobScene::updateConnectionDrag(QPointF scenePos) {
    if (m_drag) m_drag->moveTo(scenePos);
}

void JobScene::endConnectionDrag(QPointF scenePos) {
    if (!m_drag) return;
    PortItem* source = m_drag->source();
    PortItem* target = m_drag->portNear(scenePos);
    const QString nodeId = source->nodeId();
    const QString portId = source->portId();
    m_drag.reset();
    if (target) {
        connectPorts(source, target);  // a refusal is reported via statusMessage
        return;
    }
    const bool onCard = std::ranges::any_of(m_nodes, [&](const NodeItem* item) { return item->sceneBoundingRect().contains(scenePos); });
    if (!onCard) emit connectionDroppedInSpace(nodeId, portId, scenePos);
}

QString JobScene::connectionDragReason() const { return m_drag ? m_drag->verdict().reason : QString(); }

// --- Background -----------------------------------------------------------------------------

void JobScene::drawBackground(QPainter* painter, const QRectF& rect) {
    const QPalette pal = palette();
    painter->fillRect(rect, pal.color(QPalette::Window));
    // Dots on the snapping grid, every other one, so the grid guides without cluttering.
    const qreal step = kGridSize * 2;
    QColor dot = pal.color(QPalette::WindowText);
    dot.setAlphaF(0.18f);
    painter->setPen(QPen(dot, 1.5));
    const qreal left = std::floor(rect.left() / step) * step;
    const qreal top = std::floor(rect.top() / step) * step;
    QVector<QPointF> points;
    for (qreal x = left; x < rect.right(); x += step) {
        for (qreal y = top; y < rect.bottom(); y += step) points.append({x, y});
    }
    if (points.size() < 200'000) painter->drawPoints(points.data(), int(points.size()));
}

}  // namespace sw::ui
