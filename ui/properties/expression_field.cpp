#include "properties/expression_field.h"

#include <QLabel>
#include <QVBoxLayout>

#include "properties/expression_edit.h"

namespace sw::ui {

ExpressionField::ExpressionField(QWidget* parent)
    : QWidget(parent), m_edit(new ExpressionEdit(this)), m_status(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(m_edit);
    layout->addWidget(m_status);
    m_status->setWordWrap(true);
    QFont small = m_status->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_status->setFont(small);
    connect(m_edit, &ExpressionEdit::checked, this, &ExpressionField::showStatus);
    showStatus();
}

void ExpressionField::showStatus() {
    if (!m_edit->isValid()) {
        m_status->setStyleSheet(QStringLiteral("color: #d32f2f;"));
        m_status->setText(m_edit->errorText());
    } else if (!m_edit->resultType().isEmpty()) {
        m_status->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
        m_status->setText(tr("Type: %1").arg(m_edit->resultType()));
    } else {
        m_status->clear();
    }
    m_status->setVisible(!m_status->text().isEmpty());
}

}  // namespace sw::ui
