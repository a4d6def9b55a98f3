#pragma once
// Reading a ConnectionReport in a test: one check by its name, and the whole report as text for
// failure messages and for looking for a secret in it.

#include <algorithm>
#include <string>

#include "runtime/check/connection_report.h"

namespace sw::runtime::test {

inline const CheckItem* itemNamed(const ConnectionReport& report, const std::string& name) {
    const auto& items = report.items();
    const auto found = std::find_if(items.begin(), items.end(), [&](const CheckItem& item) { return item.name == name; });
    return found == items.end() ? nullptr : &*found;
}

inline std::string reportText(const ConnectionReport& report) {
    std::string text;
    for (const CheckItem& item : report.items()) {
        text += item.name + " [" + toString(item.failure) + "] " + item.field + " " + item.message + "\n";
        for (const std::string& detail : item.details) text += "  " + detail + "\n";
    }
    return text;
}

}  // namespace sw::runtime::test
