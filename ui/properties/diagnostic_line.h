#pragma once
// DiagnosticLine: the validation findings of one field, shown under it in red (errors) or
// orange (warnings), with a one-click "Fix" when a finding carries a replacement value.

#include <QWidget>
#include <vector>

#include "analysis/diagnostic.h"

class QLabel;
class QPushButton;

namespace sw::ui {

class DiagnosticLine : public QWidget {
    Q_OBJECT
public:
    explicit DiagnosticLine(QWidget* parent = nullptr);

    // Hides itself when `diagnostics` is empty. `offerFix`: the owner applies fixRequested values.
    void setDiagnostics(const std::vector<analysis::Diagnostic>& diagnostics, bool offerFix = false);
    QString text() const;
    QPushButton* fixButton() const { return m_fix; }

signals:
    void fixRequested(const QString& fixValue);

private:
    QLabel* m_message;
    QPushButton* m_fix;
    QString m_fixValue;
};

}  // namespace sw::ui
