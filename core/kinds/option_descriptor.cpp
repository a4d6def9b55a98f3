#include "kinds/option_descriptor.h"

namespace sw::kinds {

namespace {

std::string withColumn(std::string_view pattern, std::string_view column) {
    std::string key;
    for (char c : pattern) {
        if (c == '#') {
            key += column;
        } else {
            key += c;
        }
    }
    return key;
}

}  // namespace

std::string OptionDescriptor::keyFor(std::string_view column) const {
    return perColumn ? withColumn(id, column) : id;
}

std::optional<std::string> OptionDescriptor::sqlKeyFor(const std::string& connector, std::string_view column) const {
    auto key = sqlKeys.find(connector);
    if (key == sqlKeys.end()) return std::nullopt;
    return perColumn ? withColumn(key->second, column) : key->second;
}

std::optional<std::string> OptionDescriptor::columnOf(std::string_view key) const {
    if (!perColumn) return std::nullopt;
    const auto hash = id.find('#');
    const std::string_view prefix = std::string_view(id).substr(0, hash);
    const std::string_view suffix = std::string_view(id).substr(hash + 1);
    if (key.size() <= prefix.size() + suffix.size()) return std::nullopt;
    if (!key.starts_with(prefix) || !key.ends_with(suffix)) return std::nullopt;
    return std::string(key.substr(prefix.size(), key.size() - prefix.size() - suffix.size()));
}

const char* toString(ValueType type) {
    switch (type) {
        case ValueType::String: return "string";
        case ValueType::Int: return "int";
        case ValueType::Float: return "float";
        case ValueType::Bool: return "bool";
        case ValueType::Duration: return "duration";
        case ValueType::MemorySize: return "memory-size";
        case ValueType::Enum: return "enum";
        case ValueType::Secret: return "secret";
        case ValueType::Expression: return "expression";
        case ValueType::Column: return "column";
        case ValueType::Path: return "path";
    }
    return "unknown";
}

}  // namespace sw::kinds
