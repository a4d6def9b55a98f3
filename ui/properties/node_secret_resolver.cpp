#include "properties/node_secret_resolver.h"

#include <cstdlib>
#include <map>

#include "model/secret_ref.h"
#include "properties/secret_store.h"

namespace sw::ui {

runtime::SecretResolver nodeSecretResolver(const model::Node& node) {
    std::map<std::string, std::string> values;
    for (const auto& [key, value] : node.options) {
        for (const std::string& name : model::secretNamesIn(value)) {
            if (const auto secret = SecretStore::instance().read(QString::fromStdString(name)))
                values[runtime::SecretResolver::variableFor(name)] = secret->toStdString();
        }
    }
    return runtime::SecretResolver([values = std::move(values)](const std::string& variable) -> std::optional<std::string> {
        if (const auto found = values.find(variable); found != values.end()) return found->second;
        if (const char* value = std::getenv(variable.c_str())) return std::string(value);
        return std::nullopt;
    });
}

}  // namespace sw::ui
