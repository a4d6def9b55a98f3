#include "i18n/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace sw::ui {

namespace {

// Built from translations/*.ts by CMake (qt_add_translations) and embedded in sw_ui.
constexpr auto kOwnDirectory = ":/i18n";

bool install(QCoreApplication& app, const QLocale& locale, const QString& name, const QString& directory) {
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, name, QStringLiteral("_"), directory)) return false;
    if (!QCoreApplication::installTranslator(translator.get())) return false;
    translator.release()->setParent(&app);
    return true;
}

}  // namespace

bool installTranslations(QCoreApplication& app, const QLocale& locale) {
    const bool own = install(app, locale, QStringLiteral("streamwright"), QString::fromLatin1(kOwnDirectory));
    // Qt's own texts (standard buttons, file dialogs) come from Debian's qt6-translations-l10n;
    // only worth loading when the rest of the window speaks that language too.
    if (own) install(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return own;
}

}  // namespace sw::ui
