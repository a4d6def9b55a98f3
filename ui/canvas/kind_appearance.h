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
// The role's hue as text on the palette's Base: lightened on dark palettes, darkened on light
// ones, until it reads with a contrast of at least kTextContrast (WCAG AA for normal text).
constexpr double kTextContrast = 4.5;
QColor roleTextColor(kinds::NodeRole role, const QPalette& palette);
// WCAG contrast ratio of two colours, from 1 (same) to 21 (black on white).
double contrastRatio(const QColor& a, const QColor& b);
QString roleGroupTitle(kinds::NodeRole role);  // "Sources", "Lookups" ...
bool isDarkPalette(const QPalette& palette);

}  // namespace sw::ui
