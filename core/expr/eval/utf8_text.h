#pragma once
// UTF-8 text helpers for the string functions: character counting, code point iteration and the
// Latin/Greek/Cyrillic case mapping Flink's UPPER/LOWER apply (through Java's String methods).

#include <cstddef>
#include <string>
#include <string_view>

namespace sw::expr::utf8 {

// Number of characters (code points); malformed bytes count one each.
std::size_t length(std::string_view s);
// Byte offset of character `index` (s.size() when past the end).
std::size_t offsetOf(std::string_view s, std::size_t index);
// Decodes the code point at `pos` and advances `pos` past it.
char32_t next(std::string_view s, std::size_t& pos);
void append(std::string& out, char32_t cp);

char32_t toUpper(char32_t cp);
char32_t toLower(char32_t cp);
void appendUpper(std::string& out, std::string_view s);
void appendLower(std::string& out, std::string_view s);

}  // namespace sw::expr::utf8
