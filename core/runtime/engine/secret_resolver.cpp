#include "runtime/engine/secret_resolver.h"

#include <cctype>
#include <cstdlib>

#include "model/secret_ref.h"
#include "runtime/engine/compiled_expressions.h"

namespace sw::runtime {

SecretResolver::SecretResolver()
    : lookup_([](const std::string& variable) -> std::optional<std::string> {
          const char* value = std::getenv(variable.c_str());
          if (!value) return std::nullopt;
          return std::string(value);
      }) {}

std::string SecretResolver::variableFor(const std::string& secretName) {
    std::string variable = "SW_SECRET_";
    for (unsigned char c : secretName) variable += std::isalnum(c) ? static_cast<char>(std::toupper(c)) : '_';
    return variable;
}

Result<std::string> SecretResolver::resolve(const model::Node& node, const std::string& optionId) const {
    const std::string value = node.option(optionId);
    const auto name = model::secretName(value);
    if (!name) return value;
    const std::string variable = variableFor(*name);
    if (auto secret = lookup_(variable)) return *secret;
    return Error{"secret '" + *name + "' is not available: set the environment variable " + variable +
                     " to run this job locally",
                 nodeLocation(node) + " / " + optionId};
}

}  // namespace sw::runtime
