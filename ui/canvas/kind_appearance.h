#pragma once
// How node kinds look everywhere in the UI: icon, role colour and role group title.

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

#include "kinds/node_kind.h"

namespace sw::ui {

// The kind's icon under ":/icons/", or its role's icon when the kind has none of its own.
QIcon kindIcon(const kinds::NodeKind& kind);
// Hue per role (white text sits on it); a little deeper on dark palettes so it does not glare.
QColor roleColor(kinds::NodeRole role, const QPalette& palette);
QString roleGroupTitle(kinds::NodeRole role);  // "Sources", "Lookups" ...
bool isDarkPalette(const QPalette& palette);

}  // namespace sw::ui
