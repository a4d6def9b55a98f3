#pragma once
// FlatJsonScanner: the JSON decoder's fast path for the usual message shape — one object whose
// values are ASCII strings without escapes, numbers, true, false or null. It validates that
// subset of the grammar in one scalar pass; anything else (nested values, escapes, non-ASCII
// text, malformed input) is left to the full parser, which also words the errors.

#include <string_view>
#include <vector>

namespace sw::runtime {

enum class JsonTokenKind { Null, Boolean, Number, String, Object, Array };

struct JsonField {
    std::string_view key;
    JsonTokenKind kind = JsonTokenKind::Null;
    std::string_view text;  // a string's content, else the token as written
};

class FlatJsonScanner {
public:
    // The fields of `message` in order, or false when the message is outside the subset (then
    // `fields` is unspecified). Accepts only text a conforming JSON parser accepts too.
    static bool scan(std::string_view message, std::vector<JsonField>& fields);
};

}  // namespace sw::runtime
