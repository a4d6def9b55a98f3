#pragma once
// Secret references: option values of the form "${secret.NAME}" that stand for a stored secret.

#include <optional>
#include <string>
#include <string_view>

namespace sw::model {

// "NAME" if `value` is exactly "${secret.NAME}" with NAME in [A-Za-z0-9_.-]+, else nothing.
std::optional<std::string> secretName(std::string_view value);
std::string secretReference(std::string_view name);  // NAME -> "${secret.NAME}"

}  // namespace sw::model
