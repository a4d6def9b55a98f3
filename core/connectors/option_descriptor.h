#pragma once
// OptionDescriptor: one configurable property of a node kind — type, default, rules, SQL keys.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sw::connectors {

enum class ValueType {
    String,
    Int,
    Float,
    Bool,
    Duration,    // "60 s", "10 min" (model/duration.h)
    MemorySize,  // "64 mb"
    Enum,        // one of allowedValues
    Secret,      // stored as "${secret.NAME}", never as a value
    Expression,  // core/expr expression over the input columns
    Column,      // name of an input column
    Path,        // local file (CA certificate ...), used only by the local runtime
};

struct OptionDescriptor {
    std::string id;     // key in job files and the model, e.g. "topic", "lookup.cache"
    std::string label;  // shown in the property panel
    ValueType type = ValueType::String;
    std::string defaultValue;  // the connector's own default ("" = none); shown as placeholder
    bool required = false;
    std::vector<std::string> allowedValues;  // Enum
    std::optional<std::int64_t> minimum;     // Int
    std::optional<std::int64_t> maximum;     // Int
    std::string group;  // property panel section: "Connection", "Security", "Lookup cache" ...
    std::string help;   // tooltip, our own words

    // SQL WITH key per target connector name ("kafka", "mysql", "rds", "jdbc" ...).
    // A connector missing here does not receive the option in exported SQL.
    std::map<std::string, std::string> sqlKeys;
    // Per target connector: our value -> the value that connector expects (e.g. "LRU" -> "PARTIAL").
    std::map<std::string, std::map<std::string, std::string>> sqlValues;
    // Connectors that take this Duration as a plain number of milliseconds ("cacheTTLMs").
    std::vector<std::string> durationAsMillisFor;
    // The id holds "#" standing for each schema column, e.g. datagen's "fields.#.kind".
    bool perColumn = false;
    // Emit even when equal to the default, so the console's own default never decides.
    bool alwaysEmit = false;
    // Only meaningful when another option has a given value: {"security.protocol", {"SASL_SSL", ...}}.
    std::string visibleWhenOption;
    std::vector<std::string> visibleWhenValues;

    bool isSecret() const { return type == ValueType::Secret; }
};

const char* toString(ValueType type);

}  // namespace sw::connectors
