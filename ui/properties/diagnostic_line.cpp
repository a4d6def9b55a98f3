#include "properties/diagnostic_line.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace sw::ui {

DiagnosticLine::DiagnosticLine(QWidget* parent)
    : QWidget(parent), m_message(new QLabel(this)), m_fix(new QPushButton(tr("Fix"), this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_fix, 0, Qt::AlignTop);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_fix->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(m_fix, &QPushButton::clicked, this, [this] { emit fixRequested(m_fixValue); });
    hide();
}

void DiagnosticLine::setDiagnostics(const std::vector<analysis::Diagnostic>& diagnostics, bool offerFix) {
    QStringList lines;
    bool error = false;
    m_fixValue.clear();
    for (const analysis::Diagnostic& d : diagnostics) {
        lines << QString::fromStdString(d.message);
        error = error || d.severity == analysis::Severity::Error;
        if (offerFix && m_fixValue.isEmpty()) m_fixValue = QString::fromStdString(d.fixValue);
    }
    m_message->setText(lines.join(u'\n'));
    m_message->setStyleSheet(error ? QStringLiteral("color: #d32f2f;") : QStringLiteral("color: #b26a00;"));
    m_fix->setVisible(!m_fixValue.isEmpty());
    m_fix->setToolTip(tr("Set it to '%1'").arg(m_fixValue));
    setVisible(!lines.isEmpty());
}

QString DiagnosticLine::text() const { return m_message->text(); }

}  // namespace sw::ui
