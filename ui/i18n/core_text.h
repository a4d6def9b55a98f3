#pragma once
// coreText: a text from core's kind descriptors (kind, port and option labels, option groups and
// help) in the user's language; core stays English and Qt-free, so the UI translates it here.

#include <QString>

#include <string>

namespace sw::ui {

// The translation context of every core text; translations/core_texts.cpp lists them for lupdate.
inline constexpr char kCoreTextContext[] = "sw::kinds";

QString coreText(const std::string& english);

}  // namespace sw::ui
