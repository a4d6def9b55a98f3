#include "properties/option_field.h"

#include "properties/choice_option_field.h"
#include "properties/expression_option_field.h"
#include "properties/secret_edit.h"
#include "properties/text_option_field.h"

namespace sw::ui {

OptionField::OptionField(kinds::OptionDescriptor descriptor, QWidget* parent)
    : QWidget(parent), m_descriptor(std::move(descriptor)) {}

void OptionField::setInputColumns(const std::vector<model::Column>&) {}

void OptionField::setFunctions(const std::vector<model::UserFunction>&) {}

QString OptionField::unsetText() const {
    if (!m_descriptor.defaultValue.empty()) {
        return tr("(default: %1)").arg(QString::fromStdString(m_descriptor.defaultValue));
    }
    return m_descriptor.required ? tr("(required)") : tr("(not set)");
}

OptionField* createOptionField(const kinds::OptionDescriptor& descriptor, QWidget* parent) {
    using kinds::ValueType;
    switch (descriptor.type) {
    case ValueType::Enum:
    case ValueType::Bool:
    case ValueType::Column: return new ChoiceOptionField(descriptor, parent);
    case ValueType::Expression: return new ExpressionOptionField(descriptor, parent);
    case ValueType::Secret: return new SecretEdit(descriptor, parent);
    case ValueType::String:
    case ValueType::Int:
    case ValueType::Float:
    case ValueType::Duration:
    case ValueType::MemorySize:
    case ValueType::Path: break;
    }
    return new TextOptionField(descriptor, parent);
}

}  // namespace sw::ui
