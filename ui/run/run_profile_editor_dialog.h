#pragma once
// RunProfileEditorDialog: adds, edits and removes the user's run profiles (SSH jump hosts with
// their key, known-hosts file and endpoint map) and saves them to the shared profile file.

#include <QDialog>
#include <vector>

#include "runtime/net/run_profile_store.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace sw::ui {

class RunProfileEditorDialog : public QDialog {
    Q_OBJECT
public:
    explicit RunProfileEditorDialog(runtime::RunProfileStore store, QWidget* parent = nullptr);

    QListWidget* profileList() const { return m_list; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* saveButton() const { return m_save; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* hostEdit() const { return m_host; }
    QSpinBox* portBox() const { return m_port; }
    QLineEdit* userEdit() const { return m_user; }
    QRadioButton* agentButton() const { return m_agent; }
    QRadioButton* keyFileButton() const { return m_keyFileAuth; }
    QLineEdit* keyFileEdit() const { return m_keyFile; }
    QLineEdit* knownHostsEdit() const { return m_knownHosts; }
    // One mapping per line: "job-host:port = address:port as the jump host sees it".
    QPlainTextEdit* endpointsEdit() const { return m_endpoints; }
    QLabel* errorLabel() const { return m_error; }

private:
    void addProfile();
    void removeProfile();
    void select(int row);
    // Copies the form into the selected profile; an error names the field.
    QString takeForm();
    void showForm(const runtime::RunProfile& profile);
    void save();
    QPushButton* browseButton(QLineEdit* edit, const QString& title);

    runtime::RunProfileStore m_store;
    std::vector<runtime::RunProfile> m_profiles;
    int m_row = -1;
    QListWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_save;
    QLineEdit* m_name;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_user;
    QRadioButton* m_agent;
    QRadioButton* m_keyFileAuth;
    QLineEdit* m_keyFile;
    QLineEdit* m_knownHosts;
    QPlainTextEdit* m_endpoints;
    QLabel* m_error;
    QWidget* m_form;
};

}  // namespace sw::ui
