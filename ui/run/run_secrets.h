#pragma once
// RunSecrets: the secret values a run of a job needs, found where the property panel put them
// (the system keychain, or this session's memory) and otherwise asked for. Both sources are
// injectable: CI has no keychain service, and tests answer no dialogs.

#include <QString>
#include <QStringList>
#include <functional>
#include <map>
#include <optional>
#include <string>

#include "model/job_graph.h"

class QWidget;

namespace sw::ui {

class RunSecrets {
public:
    using Lookup = std::function<std::optional<QString>(const QString& name)>;
    // Asks the user for `name`; nothing when they cancel.
    using Prompt = std::function<std::optional<QString>(const QString& name)>;

    RunSecrets(Lookup lookup, Prompt prompt) : m_lookup(std::move(lookup)), m_prompt(std::move(prompt)) {}
    // The keychain and session memory of SecretStore, and a password dialog over `parent`.
    static RunSecrets forDesigner(QWidget* parent);

    // The names the job references as ${secret.NAME}, sorted, each once.
    static QStringList referencedNames(const model::JobGraph& job);
    // Every referenced secret's value; nothing when the user declined to give one.
    std::optional<std::map<std::string, std::string>> collect(const model::JobGraph& job) const;

private:
    Lookup m_lookup;
    Prompt m_prompt;
};

}  // namespace sw::ui
