#pragma once
// Secret references: option values of the form "${secret.NAME}" that stand for a stored secret.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sw::model {

// "NAME" if `value` is exactly "${secret.NAME}" with NAME in [A-Za-z0-9_.-]+, else nothing.
std::optional<std::string> secretName(std::string_view value);
std::string secretReference(std::string_view name);  // NAME -> "${secret.NAME}"
// Every NAME referenced as "${secret.NAME}" anywhere in `text` (e.g. inside a JAAS config), in order.
std::vector<std::string> secretNamesIn(std::string_view text);

}  // namespace sw::model
