#pragma once
// OptionField: the editor of one option value, generated from its OptionDescriptor.

#include <QString>
#include <QWidget>
#include <vector>

#include "kinds/option_descriptor.h"
#include "model/schema.h"
#include "model/user_function.h"

namespace sw::ui {

class OptionField : public QWidget {
    Q_OBJECT
public:
    OptionField(kinds::OptionDescriptor descriptor, QWidget* parent);

    const kinds::OptionDescriptor& descriptor() const { return m_descriptor; }
    QString optionId() const { return QString::fromStdString(m_descriptor.id); }

    // Shows the stored value ("" = unset). Text the user is typing that was not committed
    // (invalid) survives refreshes that bring the same stored value.
    virtual void setValue(const QString& value) = 0;
    // Columns of the node's input, for Column and Expression options.
    virtual void setInputColumns(const std::vector<model::Column>& columns);
    // The job's user-defined functions, for Expression options.
    virtual void setFunctions(const std::vector<model::UserFunction>& functions);
    // The field shows its own error for what is typed (then validator findings would repeat it).
    virtual bool hasLocalError() const { return false; }

    // "(default: PLAINTEXT)" / "required" — what an unset value means.
    QString unsetText() const;

signals:
    void edited(const QString& value);  // a new, valid value to store ("" = unset)
    void editingFinished();             // the user left the field: ends the typing session

private:
    kinds::OptionDescriptor m_descriptor;
};

// The typed editor for `descriptor.type`.
OptionField* createOptionField(const kinds::OptionDescriptor& descriptor, QWidget* parent);

}  // namespace sw::ui
