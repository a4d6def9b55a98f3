#pragma once
// ChoiceOptionField: a combo box for Enum, Bool (unset/true/false) and Column options; the first
// entry means "unset" and names the default.

#include "properties/option_field.h"

class QComboBox;

namespace sw::ui {

class ChoiceOptionField : public OptionField {
    Q_OBJECT
public:
    ChoiceOptionField(const kinds::OptionDescriptor& descriptor, QWidget* parent);

    void setValue(const QString& value) override;
    void setInputColumns(const std::vector<model::Column>& columns) override;

    QComboBox* comboBox() const { return m_combo; }

private:
    void fill(const QStringList& choices);

    QComboBox* m_combo;
    QString m_value;
};

}  // namespace sw::ui
