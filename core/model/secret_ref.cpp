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

std::string secretReference(std::string_view name) {
    return std::string(kPrefix) + std::string(name) + "}";
}

}  // namespace sw::model
