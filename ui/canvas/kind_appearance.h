#pragma once
// How node kinds look everywhere in the UI: icon, role colour and role group title.

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

#include "connectors/node_kind.h"

namespace sw::ui {

// ":/icons/<kind-id>.svg", or the role's fallback icon for a kind without its own.
QIcon kindIcon(const QString& kindId);
// Hue per role (white text sits on it); a little deeper on dark palettes so it does not glare.
QColor roleColor(connectors::NodeRole role, const QPalette& palette);
QString roleGroupTitle(connectors::NodeRole role);  // "Sources", "Lookups" ...
bool isDarkPalette(const QPalette& palette);

}  // namespace sw::ui
