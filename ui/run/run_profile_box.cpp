#include "run/run_profile_box.h"

#include "runtime/net/run_profile_store.h"

namespace sw::ui {

RunProfileBox::RunProfileBox(QWidget* parent) : QComboBox(parent) {
    setObjectName(QStringLiteral("runProfile"));
    setToolTip(tr("How the job's endpoints are reached: as written, or through an SSH jump host "
                  "(the exported SQL is the same either way)"));
    reload();
}

void RunProfileBox::reload() {
    const QString chosen = profileName();
    clear();
    addItem(tr("as written"), QString());
    // A malformed profile file shows as "as written" only; the profile editor names the error.
    if (auto profiles = runtime::RunProfileStore::forUser().load())
        for (const runtime::RunProfile& profile : *profiles)
            addItem(tr("%1 (through %2)").arg(QString::fromStdString(profile.name), QString::fromStdString(profile.host)),
                    QString::fromStdString(profile.name));
    setProfileName(chosen);
}

void RunProfileBox::setProfileName(const QString& name) {
    setCurrentIndex(std::max(0, findData(name)));
}

}  // namespace sw::ui
