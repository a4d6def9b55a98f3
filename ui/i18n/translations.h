#pragma once
// installTranslations: loads Streamwright's own translation, and Qt's for its standard dialogs,
// for a locale's UI languages (the system locale in the app: LANGUAGE, LC_ALL, LC_MESSAGES, LANG).

#include <QLocale>

class QCoreApplication;

namespace sw::ui {

// Installs the translators on `app` (which owns them). Returns whether Streamwright's own
// translation was found; without one the UI stays in English (LANG=C, an unshipped language).
bool installTranslations(QCoreApplication& app, const QLocale& locale);

}  // namespace sw::ui
