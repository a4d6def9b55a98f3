#pragma once
// AppTheme: light, dark or the system's palette for the whole application, remembered in QSettings.

#include <QString>

namespace sw::ui {

enum class Theme { System, Light, Dark };

class AppTheme {
public:
    static Theme stored();
    static void apply(Theme theme);  // also stores it
    static QString name(Theme theme);
};

}  // namespace sw::ui
