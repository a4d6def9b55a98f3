#pragma once
// RunProfileBox: picks the run profile a run, a connection test or a schema inference uses —
// "as written" or one of the user's saved profiles (runtime/net/run_profile_store.h).

#include <QComboBox>

namespace sw::ui {

class RunProfileBox : public QComboBox {
    Q_OBJECT
public:
    explicit RunProfileBox(QWidget* parent = nullptr);
    // Lists the saved profiles again, keeping the choice when it still exists.
    void reload();
    // The chosen profile's name; "" for "as written".
    QString profileName() const { return currentData().toString(); }
    void setProfileName(const QString& name);
};

}  // namespace sw::ui
