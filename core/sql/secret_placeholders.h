#pragma once
// SecretPlaceholders: turns secret references into the dialect's variable syntax and remembers them.

#include <set>
#include <string>
#include <string_view>

#include "kinds/node_kind.h"

namespace sw::sql {

class SecretPlaceholders {
public:
    explicit SecretPlaceholders(kinds::Dialect dialect) : dialect_(dialect) {}

    // The placeholder for a Secret option: "${secret.NAME}" -> "${secret_values.NAME}" (aliyun-vvr)
    // or "${NAME}" (apache-flink). A value that is not a reference (clear text in a job file) is
    // never written: it becomes a placeholder named after the node and the option instead.
    std::string forSecret(std::string_view value, std::string_view nodeName, std::string_view optionId);

    // A non-secret value with every "${secret.NAME}" inside it replaced by its placeholder
    // (e.g. a hand-written JAAS string that references secrets); other text is kept.
    std::string substituteReferences(std::string_view value);

    // Variable names used so far ("NAME"), sorted, for the script's header.
    const std::set<std::string>& variables() const { return variables_; }

private:
    std::string placeholder(const std::string& name);

    kinds::Dialect dialect_;
    std::set<std::string> variables_;
};

}  // namespace sw::sql
