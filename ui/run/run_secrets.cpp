#include "run/run_secrets.h"

#include <QInputDialog>
#include <QLineEdit>
#include <set>

#include "model/secret_ref.h"
#include "properties/secret_store.h"

namespace sw::ui {

RunSecrets RunSecrets::forDesigner(QWidget* parent) {
    return RunSecrets([](const QString& name) { return SecretStore::instance().read(name); },
                      [parent](const QString& name) -> std::optional<QString> {
                          bool ok = false;
                          const QString value = QInputDialog::getText(
                              parent, QObject::tr("Secret for this run"),
                              QObject::tr("The job references the secret '%1', which is not stored on this "
                                          "computer. Enter its value for this run (it is not saved):")
                                  .arg(name),
                              QLineEdit::Password, {}, &ok);
                          if (!ok) return std::nullopt;
                          return value;
                      });
}

QStringList RunSecrets::referencedNames(const model::JobGraph& job) {
    std::set<QString> names;
    for (const model::Node& node : job.nodes) {
        for (const auto& [key, value] : node.options) {
            // Whole values and references inside one (a JAAS config's username="${secret.u}").
            for (const std::string& name : model::secretNamesIn(value)) names.insert(QString::fromStdString(name));
        }
    }
    return QStringList(names.begin(), names.end());
}

std::optional<std::map<std::string, std::string>> RunSecrets::collect(const model::JobGraph& job) const {
    std::map<std::string, std::string> values;
    for (const QString& name : referencedNames(job)) {
        std::optional<QString> value = m_lookup(name);
        if (!value) value = m_prompt(name);
        if (!value) return std::nullopt;
        values[name.toStdString()] = value->toStdString();
    }
    return values;
}

}  // namespace sw::ui
