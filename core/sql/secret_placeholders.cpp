#include "sql/secret_placeholders.h"

#include <cctype>

#include "model/secret_ref.h"

namespace sw::sql {

namespace {

// Variable names must survive inside ${...} and a console key name: [A-Za-z0-9_] only.
std::string sanitizedName(std::string_view text) {
    std::string out;
    for (char c : text) {
        out += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
    }
    return out;
}

}  // namespace

std::string SecretPlaceholders::forSecret(std::string_view value, std::string_view nodeName,
                                          std::string_view optionId) {
    if (auto name = model::secretName(value)) return placeholder(*name);
    std::string fallback = sanitizedName(nodeName);
    fallback += '_';
    fallback += sanitizedName(optionId);
    return placeholder(fallback);
}

std::string SecretPlaceholders::substituteReferences(std::string_view value) {
    static constexpr std::string_view kOpen = "${secret.";
    std::string out;
    std::size_t pos = 0;
    while (pos < value.size()) {
        const std::size_t start = value.find(kOpen, pos);
        const std::size_t end = start == std::string_view::npos ? start : value.find('}', start);
        if (end == std::string_view::npos) break;
        const std::string_view reference = value.substr(start, end - start + 1);
        out += value.substr(pos, start - pos);
        if (auto name = model::secretName(reference)) {
            out += placeholder(*name);
        } else {
            out += reference;
        }
        pos = end + 1;
    }
    if (pos < value.size()) out += value.substr(pos);
    return out;
}

std::string SecretPlaceholders::placeholder(const std::string& name) {
    variables_.insert(name);
    if (dialect_ == kinds::Dialect::AliyunVvr) return "${secret_values." + name + "}";
    return "${" + name + "}";
}

}  // namespace sw::sql
