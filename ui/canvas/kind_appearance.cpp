#include "canvas/kind_appearance.h"

#include <algorithm>
#include <cmath>

#include <QFile>
#include <QHash>
#include <QObject>

#include "kinds/catalog.h"

// The resources live in the static sw_ui library; referencing them here makes every binary
// that shows an icon link them in, without each main() remembering Q_INIT_RESOURCE.
static void initStreamwrightResources() { Q_INIT_RESOURCE(streamwright); }

namespace sw::ui {

namespace {

QString roleIconPath(kinds::NodeRole role) {
    switch (role) {
    case kinds::NodeRole::Source: return QStringLiteral(":/icons/role-source.svg");
    case kinds::NodeRole::Lookup: return QStringLiteral(":/icons/role-lookup.svg");
    case kinds::NodeRole::Transform: return QStringLiteral(":/icons/role-transform.svg");
    case kinds::NodeRole::Sink: return QStringLiteral(":/icons/role-sink.svg");
    }
    return {};
}

}  // namespace

QIcon kindIcon(const kinds::NodeKind& kind) {
    static const bool resourcesReady = (initStreamwrightResources(), true);
    Q_UNUSED(resourcesReady);
    static QHash<QString, QIcon> cache;  // icons are requested for every card repaint
    const QString icon = QString::fromStdString(kind.icon);
    auto it = cache.constFind(icon);
    if (it != cache.constEnd()) return *it;
    QString path = QStringLiteral(":/icons/") + icon;
    if (icon.isEmpty() || !QFile::exists(path)) path = roleIconPath(kind.role);
    return *cache.insert(icon, QIcon(path));
}

QColor roleColor(kinds::NodeRole role, const QPalette& palette) {
    QColor base;
    switch (role) {
    case kinds::NodeRole::Source: base = QColor(0x2e, 0x7d, 0x5b); break;     // green
    case kinds::NodeRole::Lookup: base = QColor(0x8a, 0x5a, 0xb8); break;     // violet
    case kinds::NodeRole::Transform: base = QColor(0x2f, 0x6f, 0xb8); break;  // blue
    case kinds::NodeRole::Sink: base = QColor(0xc0, 0x6a, 0x1e); break;       // amber
    }
    return isDarkPalette(palette) ? base.darker(115) : base;
}

namespace {

double relativeLuminance(const QColor& colour) {
    auto linear = [](double channel) {
        return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF());
}

}  // namespace

double contrastRatio(const QColor& a, const QColor& b) {
    const double first = relativeLuminance(a), second = relativeLuminance(b);
    return (std::max(first, second) + 0.05) / (std::min(first, second) + 0.05);
}

QColor roleTextColor(kinds::NodeRole role, const QPalette& palette) {
    const QColor background = palette.color(QPalette::Base);
    const bool dark = isDarkPalette(palette);
    QColor text = roleColor(role, palette);
    // Small steps keep the hue recognisable; the loop ends at white or black at the latest.
    for (int step = 0; step < 40 && contrastRatio(text, background) < kTextContrast; ++step)
        text = dark ? text.lighter(110) : text.darker(110);
    return text;
}

QString roleGroupTitle(kinds::NodeRole role) {
    switch (role) {
    case kinds::NodeRole::Source: return QObject::tr("Sources");
    case kinds::NodeRole::Lookup: return QObject::tr("Lookups");
    case kinds::NodeRole::Transform: return QObject::tr("Transforms");
    case kinds::NodeRole::Sink: return QObject::tr("Sinks");
    }
    return {};
}

bool isDarkPalette(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

}  // namespace sw::ui
