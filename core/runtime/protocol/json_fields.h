#pragma once
// JsonFields: typed reads of one JSON object's members for the run protocol's parsers. The first
// problem is kept with the member's location, so a parser reads on and reports once, and no
// nlohmann exception escapes.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "util/result.h"

namespace sw::runtime::protocol {

using Json = nlohmann::ordered_json;

class JsonFields {
public:
    // `location` names the line in errors ("event line"); its members are "event line / name".
    // `problem` receives the first error of this reader and of every reader made from it.
    JsonFields(const Json& value, std::string location, std::optional<Error>& problem)
        : JsonFields(value, std::move(location), true, problem) {}

    // Required members: a problem when missing or of another type; the type's zero then.
    std::string text(const char* name);
    std::uint64_t count(const char* name);  // a whole number >= 0
    std::int64_t integer(const char* name);
    double number(const char* name);  // null reads as 0: the metrics writer writes NaN as null
    bool flag(const char* name);

    // Optional members: `fallback` when absent (a present member of another type is a problem).
    std::string text(const char* name, const std::string& fallback);
    std::optional<std::uint64_t> optionalCount(const char* name);

    // The member `name` as an object to read, or nothing (with a problem when it is required).
    std::optional<JsonFields> object(const char* name, bool required = true);
    // The elements of the array member `name` as objects to read; empty when absent and optional.
    std::vector<JsonFields> objects(const char* name, bool required = true);
    // The array member `name` of strings; of arrays of strings or nulls (rows of values as text).
    std::vector<std::string> texts(const char* name);
    std::vector<std::vector<std::optional<std::string>>> textRows(const char* name, bool required = true);

    bool has(const char* name) const;

private:
    JsonFields(const Json& value, std::string location, bool isRoot, std::optional<Error>& problem);
    const Json* member(const char* name, bool required);
    std::string locationOf(const std::string& name) const;
    void fail(std::string message, std::string location);

    const Json* value_;
    std::string location_;
    bool isRoot_;  // a line ("event line"): members follow " / "; below it they follow "."
    std::optional<Error>* problem_;
};

// `text` as one JSON object, or an error at `location`. With `quoteText` false the error never
// repeats any of the text (the request line carries secrets).
Result<Json> parseJsonObject(std::string_view text, const std::string& location, bool quoteText);

// Compact one-line JSON; invalid UTF-8 (a message from a library) is replaced, never thrown on.
std::string dumpLine(const Json& value);

}  // namespace sw::runtime::protocol
