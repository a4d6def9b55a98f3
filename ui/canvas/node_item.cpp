#include "canvas/node_item.h"

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

#include "canvas/diagnostic_badge_item.h"
#include "canvas/job_scene.h"
#include "canvas/kind_appearance.h"
#include "canvas/port_item.h"
#include "i18n/core_text.h"
#include "kinds/catalog.h"

namespace sw::ui {

namespace {

constexpr qreal kBand = 26;        // coloured title band
constexpr qreal kNameTop = kBand + 4;
constexpr qreal kNameHeight = 20;
constexpr qreal kFactHeight = 16;
constexpr int kFactRows = 2;       // always reserved, so cards of one kind line up
constexpr qreal kPortsTop = kNameTop + kNameHeight + kFactRows * kFactHeight + 6;
constexpr qreal kPortRow = 20;
constexpr qreal kPadding = 10;
constexpr qreal kRadius = 7;
constexpr qreal kLiveGap = 3;      // between the card and its live strip
constexpr qreal kLiveHeight = 18;

// Options worth seeing on the card, most telling first; the card shows the first two set.
QFont scaledFont(const QFont& base, qreal factor, bool bold) {
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

}  // namespace

NodeItem::NodeItem(const model::Node& node)
    : m_nodeId(QString::fromStdString(node.id)),
      m_kindId(QString::fromStdString(node.kind)),
      m_kind(kinds::Catalog::instance().find(node.kind)) {
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges | ItemIsFocusable);
    setCacheMode(DeviceCoordinateCache);
    setZValue(1);
    createPorts();
    m_badge = new DiagnosticBadgeItem(this);
    m_badge->setPos(kWidth - 5, 5);
    setNode(node);
}

void NodeItem::createPorts() {
    if (!m_kind) return;
    int inputs = 0;
    int outputs = 0;
    for (const kinds::PortDescriptor& descriptor : m_kind->ports) {
        auto* port = new PortItem(this, QString::fromStdString(descriptor.id),
                                  coreText(descriptor.label), descriptor.isInput);
        int& row = descriptor.isInput ? inputs : outputs;
        port->setPos(descriptor.isInput ? 0 : kWidth, kPortsTop + kPortRow * row + kPortRow / 2);
        ++row;
        m_ports.push_back(port);
    }
    m_height = kPortsTop + kPortRow * std::max({inputs, outputs, 1}) + kPadding / 2;
}

QRectF NodeItem::boundingRect() const {
    // Half the widest outline pen (the selected or failed 2.5 px) plus a pixel of antialiasing
    // lies outside the card: a smaller margin leaves those pixels behind when a selected card moves.
    constexpr qreal kMargin = kOutlinePenWidth / 2 + 1;
    return QRectF(0, 0, kWidth, m_height + (m_live ? kLiveGap + kLiveHeight : 0)).adjusted(-kMargin, -kMargin, kMargin, kMargin);
}

void NodeItem::setLiveStatus(std::optional<LiveNodeStatus> status) {
    if (status.has_value() != m_live.has_value()) prepareGeometryChange();
    m_live = std::move(status);
    setToolTip(m_live && !m_live->failure.isEmpty()
                   ? QObject::tr("The run failed here: %1").arg(m_live->failure)
                   : (m_kind ? coreText(m_kind->help) : QObject::tr("Unknown kind %1").arg(m_kindId)));
    update();
}

QString NodeItem::liveText() const {
    if (!m_live) return {};
    if (!m_live->failure.isEmpty()) return QObject::tr("Failed: %1").arg(m_live->failure);
    const double rate = m_live->recordsPerSecond;
    QString text = rate >= 1e6   ? QObject::tr("%1M rec/s").arg(rate / 1e6, 0, 'f', 1)
                   : rate >= 1e3 ? QObject::tr("%1k rec/s").arg(rate / 1e3, 0, 'f', 1)
                                 : QObject::tr("%1 rec/s").arg(rate, 0, 'f', 0);
    if (m_live->errors > 0) text += QObject::tr(" · %n error(s)", nullptr, int(std::min<quint64>(m_live->errors, INT_MAX)));
    return text;
}

QRectF NodeItem::nameRect() const { return {kPadding, kNameTop, kWidth - 2 * kPadding, kNameHeight}; }

PortItem* NodeItem::port(const QString& portId) const {
    for (PortItem* port : m_ports) {
        if (port->portId() == portId) return port;
    }
    return nullptr;
}

void NodeItem::setNode(const model::Node& node) {
    const QString name = QString::fromStdString(node.name);
    QStringList facts = factsOf(node, m_kind);
    if (name != m_name || facts != m_facts) {
        m_name = name;
        m_facts = std::move(facts);
        setToolTip(m_kind ? coreText(m_kind->help) : QObject::tr("Unknown kind %1").arg(m_kindId));
        update();
    }
    const QPointF position(node.position.x, node.position.y);
    if (pos() != position) {
        m_applyingModel = true;
        setPos(position);
        m_applyingModel = false;
    }
}

void NodeItem::setDiagnostics(const std::vector<analysis::Diagnostic>& diagnostics) {
    m_badge->setDiagnostics(diagnostics);
}

QStringList NodeItem::factsOf(const model::Node& node, const kinds::NodeKind* kind) {
    QStringList facts;
    if (!kind) return facts;
    for (const std::string& optionId : kind->headlineOptions) {
        const kinds::OptionDescriptor* descriptor = kind->option(optionId);
        if (!descriptor || facts.size() == kFactRows) continue;
        const std::string value = node.option(optionId);
        if (value.empty()) continue;  // defaults are noise on a card; the property panel shows them
        facts << QStringLiteral("%1: %2").arg(coreText(descriptor->label), QString::fromStdString(value));
    }
    if (!node.outputs.empty() && facts.size() < kFactRows) {
        QStringList names;
        for (const model::NamedExpression& output : node.outputs) names << QString::fromStdString(output.name);
        facts << QObject::tr("Columns: %1").arg(names.join(QStringLiteral(", ")));
    }
    if (!node.groupBy.empty() && facts.size() < kFactRows) {
        QStringList names;
        for (const std::string& column : node.groupBy) names << QString::fromStdString(column);
        facts << QObject::tr("Group by: %1").arg(names.join(QStringLiteral(", ")));
    }
    return facts;
}

QString NodeItem::shownName() const { return m_name.isEmpty() ? QObject::tr("(unnamed)") : m_name; }

QColor NodeItem::bandColor(const QPalette& palette) const {
    return m_kind ? roleColor(m_kind->role, palette) : palette.color(QPalette::Mid);
}

QFont NodeItem::nameFont(const QFont& base, qreal zoom) {
    return scaledFont(base, zoom < kDetailZoom ? 1.0 / std::max(zoom, 0.05) : 1.0, true);
}

void NodeItem::paintDetails(QPainter* painter, const QPalette& palette, const QFont& base, const QPainterPath& outline) {
    painter->fillPath(outline, palette.color(QPalette::Base));

    // The role band: the card's top with the outline's rounded corners.
    QPainterPath band;
    band.addRect(0, 0, kWidth, kBand);
    painter->fillPath(outline.intersected(band), bandColor(palette));

    if (m_kind) kindIcon(*m_kind).paint(painter, QRect(8, 5, 16, 16));
    painter->setFont(scaledFont(base, 0.85, true));
    painter->setPen(Qt::white);
    const QString kindLabel = m_kind ? coreText(m_kind->label) : m_kindId;
    const qreal labelRight = kWidth - 8 - (m_badge->isVisible() ? m_badge->boundingRect().width() + 4 : 0);
    const QRectF kindRect(30, 0, labelRight - 30, kBand);
    painter->drawText(kindRect, Qt::AlignVCenter | Qt::AlignLeft,
                      painter->fontMetrics().elidedText(kindLabel, Qt::ElideRight, int(kindRect.width())));

    painter->setFont(nameFont(base, 1.0));
    painter->setPen(palette.color(QPalette::Text));
    const QString name = shownName();
    painter->drawText(nameRect(), Qt::AlignVCenter | Qt::AlignLeft,
                      painter->fontMetrics().elidedText(name, Qt::ElideRight, int(nameRect().width())));

    painter->setFont(scaledFont(base, 0.85, false));
    painter->setPen(palette.color(QPalette::PlaceholderText));
    for (int i = 0; i < m_facts.size(); ++i) {
        const QRectF row(kPadding, kNameTop + kNameHeight + i * kFactHeight, kWidth - 2 * kPadding, kFactHeight);
        painter->drawText(row, Qt::AlignVCenter | Qt::AlignLeft,
                          painter->fontMetrics().elidedText(m_facts[i], Qt::ElideRight, int(row.width())));
    }

    // Port labels sit inside the card next to their circles (the PortItems draw the circles).
    painter->setPen(palette.color(QPalette::Text));
    for (const PortItem* port : m_ports) {
        const qreal y = port->pos().y();
        const QRectF row = port->isInput() ? QRectF(12, y - kPortRow / 2, kWidth / 2 - 12, kPortRow)
                                           : QRectF(kWidth / 2, y - kPortRow / 2, kWidth / 2 - 12, kPortRow);
        painter->drawText(row, Qt::AlignVCenter | (port->isInput() ? Qt::AlignLeft : Qt::AlignRight),
                          painter->fontMetrics().elidedText(port->label(), Qt::ElideRight, int(row.width())));
    }
}

void NodeItem::paintOverview(QPainter* painter, const QPalette& palette, const QFont& base, const QPainterPath& outline,
                             qreal zoom) {
    // The whole card in the role colour says source/lookup/transform/sink at a glance; the
    // name is what a user looks for in a zoomed-out job, so it gets the room.
    painter->fillPath(outline, bandColor(palette));
    const qreal iconSize = std::min(kBand / zoom * 0.6, m_height / 2);
    if (m_kind) kindIcon(*m_kind).paint(painter, QRectF(kPadding, kPadding, iconSize, iconSize).toRect());
    painter->setFont(nameFont(base, zoom));
    painter->setPen(Qt::white);
    constexpr qreal kSide = 4;  // the name may use nearly the whole width
    const QRectF nameArea(kSide, kPadding + iconSize, kWidth - 2 * kSide, m_height - 2 * kPadding - iconSize);
    const QString name = shownName();
    // Wrapped at spaces when that fits; otherwise one line shortened in the middle, where
    // names like city_stats_rds keep both ends that tell them apart.
    const QFontMetricsF metrics(painter->font());
    const QRectF wrapped = metrics.boundingRect(nameArea, Qt::AlignCenter | Qt::TextWordWrap, name);
    if (wrapped.width() <= nameArea.width() && wrapped.height() <= nameArea.height())
        painter->drawText(nameArea, Qt::AlignCenter | Qt::TextWordWrap, name);
    else
        painter->drawText(nameArea, Qt::AlignCenter, metrics.elidedText(name, Qt::ElideMiddle, nameArea.width()));
}

void NodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    const QFont base = scene() ? scene()->font() : QFont();
    const QRectF card(0, 0, kWidth, m_height);
    painter->setRenderHint(QPainter::Antialiasing);

    QPainterPath outline;
    outline.addRoundedRect(card, kRadius, kRadius);
    const qreal zoom = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    if (zoom < kDetailZoom)
        paintOverview(painter, palette, base, outline, zoom);
    else
        paintDetails(painter, palette, base, outline);

    const bool selected = isSelected();
    const bool failed = m_live && !m_live->failure.isEmpty();
    const QColor failure(0xd3, 0x2f, 0x2f);
    QColor border = selected ? palette.color(QPalette::Highlight) : failed ? failure : palette.color(QPalette::Mid);
    painter->setPen(QPen(border, selected || failed ? kOutlinePenWidth : 1.0));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(outline);

    if (m_live) {
        const QRectF strip(0, m_height + kLiveGap, kWidth, kLiveHeight);
        QPainterPath pill;
        pill.addRoundedRect(strip, kLiveHeight / 2, kLiveHeight / 2);
        const bool errors = failed || m_live->errors > 0;
        painter->fillPath(pill, errors ? failure : palette.color(QPalette::Highlight));
        painter->setFont(scaledFont(base, 0.8, true));
        painter->setPen(Qt::white);
        painter->drawText(strip.adjusted(8, 0, -8, 0), Qt::AlignVCenter | Qt::AlignHCenter,
                          painter->fontMetrics().elidedText(liveText(), Qt::ElideRight, int(strip.width() - 16)));
    }
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant& value) {
    auto* jobScene = qobject_cast<JobScene*>(scene());
    if (change == ItemPositionChange && jobScene && !m_applyingModel) {
        return jobScene->snapped(value.toPointF());
    }
    if (change == ItemPositionHasChanged && jobScene) jobScene->nodeItemMoved(this);
    return QGraphicsItem::itemChange(change, value);
}

void NodeItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) {
    auto* jobScene = qobject_cast<JobScene*>(scene());
    if (jobScene && event->button() == Qt::LeftButton) {
        if (nameRect().contains(event->pos())) {
            jobScene->startRename(m_nodeId);
        } else {
            emit jobScene->nodeActivated(m_nodeId);
        }
        event->accept();
        return;
    }
    QGraphicsItem::mouseDoubleClickEvent(event);
}

}  // namespace sw::ui
