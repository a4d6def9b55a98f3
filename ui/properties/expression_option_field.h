#pragma once
// ExpressionOptionField: an Expression option (filter condition ...) edited with ExpressionEdit.
// Text is stored even while it does not check, so nothing typed is lost; the validator flags it.

#include "properties/option_field.h"

namespace sw::ui {

class ExpressionEdit;
class ExpressionField;

class ExpressionOptionField : public OptionField {
    Q_OBJECT
public:
    ExpressionOptionField(const kinds::OptionDescriptor& descriptor, QWidget* parent);

    void setValue(const QString& value) override;
    void setInputColumns(const std::vector<model::Column>& columns) override;
    void setFunctions(const std::vector<model::UserFunction>& functions) override;
    bool hasLocalError() const override;

    ExpressionEdit* expressionEdit() const;

private:
    ExpressionField* m_field;
};

}  // namespace sw::ui
