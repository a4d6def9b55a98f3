#pragma once
// OptionDescriptor: one configurable property of a node kind — type, default, rules, SQL keys.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sw::kinds {

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

    // The node's state is meaningless without it (a window's size, a source's topic): a resume
    // from a checkpoint taken with another value is refused.
    bool shapesState = false;

    bool isSecret() const { return type == ValueType::Secret; }
    // The option's key on a node: the id, with "#" replaced by `column` for a per-column option.
    std::string keyFor(std::string_view column = {}) const;
    // The column a node option key stands for ("fields.amount.kind" -> "amount"), or nothing when
    // `key` is not an instance of this per-column option.
    std::optional<std::string> columnOf(std::string_view key) const;
    // The WITH key for `connector` ("#" replaced by `column`), or nothing when that connector
    // does not take the option.
    std::optional<std::string> sqlKeyFor(const std::string& connector, std::string_view column = {}) const;
};

const char* toString(ValueType type);

}  // namespace sw::kinds
