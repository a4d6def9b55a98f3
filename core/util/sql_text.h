#pragma once
// Quoting for Flink SQL text: identifiers in back-quotes, string literals in single quotes.

#include <string>
#include <string_view>

namespace sw {

// `name` with embedded back-quotes doubled, so no name can end the identifier early.
inline std::string quoteIdentifier(std::string_view name) {
    std::string out = "`";
    for (char c : name) {
        if (c == '`') out += '`';
        out += c;
    }
    out += '`';
    return out;
}

// 'text' with embedded single quotes doubled (Flink SQL has no backslash escapes in literals).
inline std::string quoteString(std::string_view text) {
    std::string out = "'";
    for (char c : text) {
        if (c == '\'') out += '\'';
        out += c;
    }
    out += '\'';
    return out;
}

}  // namespace sw
