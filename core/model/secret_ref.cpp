#include "model/secret_ref.h"

#include <cctype>

namespace sw::model {

namespace {
constexpr std::string_view kPrefix = "${secret.";
}

std::optional<std::string> secretName(std::string_view value) {
    if (value.size() <= kPrefix.size() + 1 || !value.starts_with(kPrefix) || !value.ends_with('}'))
        return std::nullopt;
    const std::string_view name = value.substr(kPrefix.size(), value.size() - kPrefix.size() - 1);
    for (char c : name) {
        const bool allowed = std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '-';
        if (!allowed) return std::nullopt;
    }
    return std::string(name);
}

std::vector<std::string> secretNamesIn(std::string_view text) {
    std::vector<std::string> names;
    for (std::size_t start = text.find(kPrefix); start != std::string_view::npos; start = text.find(kPrefix, start + 1)) {
        const std::size_t end = text.find('}', start);
        if (end == std::string_view::npos) break;
        if (auto name = secretName(text.substr(start, end - start + 1))) names.push_back(std::move(*name));
    }
    return names;
}

std::string secretReference(std::string_view name) {
    return std::string(kPrefix) + std::string(name) + "}";
}

}  // namespace sw::model
