#pragma once
// parseJsonText: JSON text -> nlohmann document without exceptions, with bounded nesting.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace sw::model {

// Deeper documents are refused: nlohmann prints and compares values recursively, and no
// document we read (a job file, a protocol line) needs more than a handful of levels.
inline constexpr std::size_t kMaxJsonNesting = 64;

// The first problem of a JSON text: what it is, and the (0-based) byte offset where it was noticed.
struct JsonTextError {
    std::string message;
    std::size_t offset = 0;
};

// Parses `text` into `document`. Besides syntax errors, refuses nesting deeper than
// kMaxJsonNesting and numbers a double cannot hold (1e999), which nlohmann would throw for.
// Instantiated for nlohmann::json and nlohmann::ordered_json.
template <typename Json>
std::optional<JsonTextError> parseJsonText(std::string_view text, Json& document);

}  // namespace sw::model
