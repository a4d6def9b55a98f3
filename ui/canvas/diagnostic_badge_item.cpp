#include "canvas/diagnostic_badge_item.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>

namespace sw::ui {

namespace {
constexpr qreal kHeight = 16;
const QColor kErrorColor(0xd3, 0x2f, 0x2f);
const QColor kWarningColor(0xf2, 0xa9, 0x00);

QFont badgeFont(const QGraphicsItem* item) {
    QFont font = item->scene() ? item->scene()->font() : QFont();
    font.setPointSizeF(font.pointSizeF() * 0.8);
    font.setBold(true);
    return font;
}
}  // namespace

DiagnosticBadgeItem::DiagnosticBadgeItem(QGraphicsItem* parent) : QGraphicsItem(parent) {
    setVisible(false);
    setAcceptHoverEvents(true);  // tooltips need hover events
}

void DiagnosticBadgeItem::setDiagnostics(const std::vector<analysis::Diagnostic>& diagnostics) {
    prepareGeometryChange();
    m_errors = 0;
    m_warnings = 0;
    QStringList lines;
    for (const analysis::Diagnostic& d : diagnostics) {
        (d.severity == analysis::Severity::Error ? m_errors : m_warnings)++;
        lines << QStringLiteral("%1 %2").arg(d.severity == analysis::Severity::Error ? QStringLiteral("✖") : QStringLiteral("⚠"),
                                            QString::fromStdString(d.message).toHtmlEscaped());
    }
    setToolTip(lines.join(QStringLiteral("<br>")));
    setVisible(!diagnostics.empty());
    update();
}

QString DiagnosticBadgeItem::countText() const {
    if (m_errors > 0 && m_warnings > 0) return QStringLiteral("%1 · %2").arg(m_errors).arg(m_warnings);
    return QString::number(m_errors > 0 ? m_errors : m_warnings);
}

// Anchored at its right edge, so the parent can place it against the card's corner.
QRectF DiagnosticBadgeItem::boundingRect() const {
    const qreal width = QFontMetricsF(badgeFont(this)).horizontalAdvance(countText()) + 12;
    return {-std::max(width, kHeight), 0, std::max(width, kHeight), kHeight};
}

void DiagnosticBadgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF rect = boundingRect();
    const QColor fill = m_errors > 0 ? kErrorColor : kWarningColor;
    painter->setPen(QPen(Qt::white, 1.2));
    painter->setBrush(fill);
    painter->drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), kHeight / 2, kHeight / 2);
    painter->setFont(badgeFont(this));
    painter->setPen(m_errors > 0 ? Qt::white : Qt::black);
    painter->drawText(rect, Qt::AlignCenter, countText());
}

}  // namespace sw::ui
