#include "properties/expression_option_field.h"

#include <QVBoxLayout>

#include "properties/expression_edit.h"
#include "properties/expression_field.h"

namespace sw::ui {

ExpressionOptionField::ExpressionOptionField(const kinds::OptionDescriptor& descriptor, QWidget* parent)
    : OptionField(descriptor, parent), m_field(new ExpressionField(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field);
    setFocusProxy(m_field->edit());
    connect(m_field->edit(), &QLineEdit::textEdited, this, &OptionField::edited);
    connect(m_field->edit(), &QLineEdit::editingFinished, this, &OptionField::editingFinished);
}

ExpressionEdit* ExpressionOptionField::expressionEdit() const { return m_field->edit(); }

void ExpressionOptionField::setValue(const QString& value) {
    ExpressionEdit* edit = m_field->edit();
    if (edit->text() == value) return;
    const int cursor = edit->cursorPosition();
    edit->setText(value);
    edit->setCursorPosition(edit->hasFocus() ? std::min(cursor, int(value.size())) : 0);
}

bool ExpressionOptionField::hasLocalError() const { return !m_field->edit()->isValid(); }

void ExpressionOptionField::setInputColumns(const std::vector<model::Column>& columns) {
    m_field->edit()->setColumns(columns);
}

void ExpressionOptionField::setFunctions(const std::vector<model::UserFunction>& functions) {
    m_field->edit()->setFunctions(functions);
}

}  // namespace sw::ui
