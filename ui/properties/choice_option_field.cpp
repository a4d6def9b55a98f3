#include "properties/choice_option_field.h"

#include <QComboBox>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include "properties/input_relation.h"

namespace sw::ui {

ChoiceOptionField::ChoiceOptionField(const kinds::OptionDescriptor& descriptor, QWidget* parent)
    : OptionField(descriptor, parent), m_combo(new QComboBox(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    setFocusProxy(m_combo);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(8);

    QStringList choices;
    if (descriptor.type == kinds::ValueType::Bool) {
        choices = {QStringLiteral("true"), QStringLiteral("false")};
    } else {
        for (const std::string& value : descriptor.allowedValues) choices << QString::fromStdString(value);
    }
    fill(choices);
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        const QString value = m_combo->itemData(index).toString();
        if (value == m_value) return;
        m_value = value;
        emit edited(value);
        emit editingFinished();  // a pick is complete: the next pick is its own undo step
    });
}

void ChoiceOptionField::fill(const QStringList& choices) {
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    m_combo->addItem(unsetText(), QString());
    for (const QString& choice : choices) m_combo->addItem(choice, choice);
    // A stored value outside the choices (hand-edited file, column gone) stays visible.
    if (!m_value.isEmpty() && m_combo->findData(m_value) < 0) {
        m_combo->addItem(tr("%1 (unknown)").arg(m_value), m_value);
    }
    m_combo->setCurrentIndex(std::max(0, m_combo->findData(m_value)));
}

void ChoiceOptionField::setValue(const QString& value) {
    m_value = value;
    const int index = m_combo->findData(value);
    if (index >= 0) {
        const QSignalBlocker blocker(m_combo);
        m_combo->setCurrentIndex(index);
        return;
    }
    QStringList choices;
    for (int i = 1; i < m_combo->count(); ++i) {
        if (!m_combo->itemText(i).endsWith(tr(" (unknown)"))) choices << m_combo->itemData(i).toString();
    }
    fill(choices);
}

void ChoiceOptionField::setInputColumns(const std::vector<model::Column>& columns) {
    if (descriptor().type != kinds::ValueType::Column) return;
    fill(columnNames(columns));
}

}  // namespace sw::ui
