#include "i18n/core_text.h"

#include <QCoreApplication>

namespace sw::ui {

QString coreText(const std::string& english) {
    if (english.empty()) return {};  // an empty source text would fetch the .ts header instead
    return QCoreApplication::translate(kCoreTextContext, english.c_str());
}

}  // namespace sw::ui
