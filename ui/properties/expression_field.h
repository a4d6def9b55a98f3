#pragma once
// ExpressionField: an ExpressionEdit with a status line under it (the error with its offset,
// or the result type).

#include <QWidget>

class QLabel;

namespace sw::ui {

class ExpressionEdit;

class ExpressionField : public QWidget {
    Q_OBJECT
public:
    explicit ExpressionField(QWidget* parent = nullptr);

    ExpressionEdit* edit() const { return m_edit; }
    QLabel* statusLabel() const { return m_status; }

private:
    void showStatus();

    ExpressionEdit* m_edit;
    QLabel* m_status;
};

}  // namespace sw::ui
