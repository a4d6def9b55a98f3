#pragma once
// SecretEdit: a Secret option — a reference name stored in the job as "${secret.NAME}" and a
// password field whose value goes only to the SecretStore (keychain), never to the job.

#include "properties/option_field.h"

class QLabel;
class QLineEdit;

namespace sw::ui {

class SecretEdit : public OptionField {
    Q_OBJECT
public:
    SecretEdit(const kinds::OptionDescriptor& descriptor, QWidget* parent);

    void setValue(const QString& value) override;
    // Name used when a value is entered before any name ("orders_sasl_password").
    void setSuggestedName(const QString& name);

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* valueEdit() const { return m_value; }
    QLabel* noteLabel() const { return m_note; }

    // [A-Za-z0-9_.-]+, as model::secretName accepts.
    static bool isValidName(const QString& name);
    static QString sanitizedName(const QString& text);

private:
    void onNameEdited(const QString& name);
    void storeValue();
    void showNote(const QString& text, bool warning);

    QLineEdit* m_name;
    QLineEdit* m_value;
    QLabel* m_note;
    QString m_storedName;
    QString m_suggested;
    bool m_clearTextWarning = false;
};

}  // namespace sw::ui
