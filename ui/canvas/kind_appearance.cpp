#include "canvas/kind_appearance.h"

#include <QFile>
#include <QHash>
#include <QObject>

#include "connectors/catalog.h"

// The resources live in the static sw_ui library; referencing them here makes every binary
// that shows an icon link them in, without each main() remembering Q_INIT_RESOURCE.
static void initStreamwrightResources() { Q_INIT_RESOURCE(streamwright); }

namespace sw::ui {

namespace {

QString roleIconPath(connectors::NodeRole role) {
    switch (role) {
    case connectors::NodeRole::Source: return QStringLiteral(":/icons/role-source.svg");
    case connectors::NodeRole::Lookup: return QStringLiteral(":/icons/role-lookup.svg");
    case connectors::NodeRole::Transform: return QStringLiteral(":/icons/role-transform.svg");
    case connectors::NodeRole::Sink: return QStringLiteral(":/icons/role-sink.svg");
    }
    return {};
}

}  // namespace

QIcon kindIcon(const QString& kindId) {
    static const bool resourcesReady = (initStreamwrightResources(), true);
    Q_UNUSED(resourcesReady);
    static QHash<QString, QIcon> cache;  // icons are requested for every card repaint
    auto it = cache.constFind(kindId);
    if (it != cache.constEnd()) return *it;
    QString path = QStringLiteral(":/icons/%1.svg").arg(kindId);
    if (!QFile::exists(path)) {
        const connectors::NodeKind* kind = connectors::Catalog::instance().find(kindId.toStdString());
        path = kind ? roleIconPath(kind->role) : QStringLiteral(":/icons/role-transform.svg");
    }
    return *cache.insert(kindId, QIcon(path));
}

QColor roleColor(connectors::NodeRole role, const QPalette& palette) {
    QColor base;
    switch (role) {
    case connectors::NodeRole::Source: base = QColor(0x2e, 0x7d, 0x5b); break;     // green
    case connectors::NodeRole::Lookup: base = QColor(0x8a, 0x5a, 0xb8); break;     // violet
    case connectors::NodeRole::Transform: base = QColor(0x2f, 0x6f, 0xb8); break;  // blue
    case connectors::NodeRole::Sink: base = QColor(0xc0, 0x6a, 0x1e); break;       // amber
    }
    return isDarkPalette(palette) ? base.darker(115) : base;
}

QString roleGroupTitle(connectors::NodeRole role) {
    switch (role) {
    case connectors::NodeRole::Source: return QObject::tr("Sources");
    case connectors::NodeRole::Lookup: return QObject::tr("Lookups");
    case connectors::NodeRole::Transform: return QObject::tr("Transforms");
    case connectors::NodeRole::Sink: return QObject::tr("Sinks");
    }
    return {};
}

bool isDarkPalette(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

}  // namespace sw::ui
