#pragma once
// SecretResolver: turns an option value "${secret.NAME}" into the secret itself, read from the
// environment variable SW_SECRET_<NAME> (upper-cased, non-alphanumerics as '_').

#include <functional>
#include <optional>
#include <string>

#include "model/node.h"
#include "util/result.h"

namespace sw::runtime {

class SecretResolver {
public:
    // Looks a variable up; the default reads the process environment. Tests inject a map.
    using Lookup = std::function<std::optional<std::string>(const std::string& variable)>;

    SecretResolver();
    explicit SecretResolver(Lookup lookup) : lookup_(std::move(lookup)) {}

    // "SW_SECRET_DB_PASSWORD" for the secret named "db.password".
    static std::string variableFor(const std::string& secretName);

    // The value of option `optionId` of `node`: the secret for a reference, the text otherwise
    // ("" when unset). A reference whose variable is unset is an error naming node and variable;
    // the secret itself never appears in an error.
    Result<std::string> resolve(const model::Node& node, const std::string& optionId) const;

private:
    Lookup lookup_;
};

}  // namespace sw::runtime
