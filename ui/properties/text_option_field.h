#pragma once
// TextOptionField: a line edit for String, Int, Float, Duration, MemorySize and Path options;
// text that does not parse as the type is shown in red and not stored.

#include "properties/option_field.h"

class QLabel;
class QLineEdit;

namespace sw::ui {

class TextOptionField : public OptionField {
    Q_OBJECT
public:
    TextOptionField(const kinds::OptionDescriptor& descriptor, QWidget* parent);

    void setValue(const QString& value) override;
    bool hasLocalError() const override { return !m_error.isEmpty(); }

    QLineEdit* lineEdit() const { return m_edit; }
    QString errorText() const { return m_error; }

    // Why `text` is not a valid value of `descriptor` ("" = valid; empty text is valid = unset).
    static QString validate(const kinds::OptionDescriptor& descriptor, const QString& text);

private:
    void onTextEdited(const QString& text);
    void showError(const QString& error);
    void browse();

    QLineEdit* m_edit;
    QLabel* m_errorLabel;
    QString m_stored;
    QString m_error;
};

}  // namespace sw::ui
