#pragma once
// NodeItem: a node drawn as a card — role band, icon, kind, name, key facts, ports, badge.

#include <QGraphicsItem>
#include <QStringList>
#include <optional>
#include <vector>

#include "kinds/node_kind.h"
#include "model/node.h"
#include "analysis/diagnostic.h"

namespace sw::ui {

class DiagnosticBadgeItem;
class PortItem;

// What a running job shows on a card: its rate and errors, or that it failed and why.
struct LiveNodeStatus {
    double recordsPerSecond = 0;
    quint64 errors = 0;
    QString failure;  // non-empty: the run failed at this node
};

class NodeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 1 };
    static constexpr qreal kWidth = 200;
    static constexpr qreal kOutlinePenWidth = 2.5;  // of a selected or failed card
    // Below this zoom the card's small texts cannot be read: it shows its role colour, icon and
    // name (in a font that stays readable on screen) instead of every detail.
    static constexpr qreal kDetailZoom = 0.6;
    // The name's font at `zoom`: the scene's bold font, enlarged below kDetailZoom so that on
    // screen it stays near the scene font's size.
    static QFont nameFont(const QFont& base, qreal zoom);

    explicit NodeItem(const model::Node& node);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    const QString& nodeId() const { return m_nodeId; }
    const QString& name() const { return m_name; }
    const QStringList& facts() const { return m_facts; }
    QSizeF size() const { return {kWidth, m_height}; }
    QRectF nameRect() const;  // item coordinates; double-click here renames

    // Takes texts and position from the model; the position is applied without grid snapping.
    void setNode(const model::Node& node);
    void setDiagnostics(const std::vector<analysis::Diagnostic>& diagnostics);
    const DiagnosticBadgeItem* badge() const { return m_badge; }
    // During a run: a strip under the card with the node's rate and errors or failure;
    // std::nullopt removes it.
    void setLiveStatus(std::optional<LiveNodeStatus> status);
    const std::optional<LiveNodeStatus>& liveStatus() const { return m_live; }
    QString liveText() const;

    PortItem* port(const QString& portId) const;
    const std::vector<PortItem*>& ports() const { return m_ports; }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;

private:
    void createPorts();
    void paintDetails(QPainter* painter, const QPalette& palette, const QFont& base, const QPainterPath& outline);
    void paintOverview(QPainter* painter, const QPalette& palette, const QFont& base, const QPainterPath& outline, qreal zoom);
    QColor bandColor(const QPalette& palette) const;
    QString shownName() const;  // the name, or "(unnamed)" for an empty one
    static QStringList factsOf(const model::Node& node, const kinds::NodeKind* kind);

    QString m_nodeId;
    QString m_kindId;
    const kinds::NodeKind* m_kind = nullptr;
    QString m_name;
    QStringList m_facts;
    qreal m_height = 0;
    std::vector<PortItem*> m_ports;
    DiagnosticBadgeItem* m_badge = nullptr;
    bool m_applyingModel = false;
    std::optional<LiveNodeStatus> m_live;
};

}  // namespace sw::ui
