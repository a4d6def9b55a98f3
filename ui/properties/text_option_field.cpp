#include "properties/text_option_field.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>
#include <charconv>

#include "i18n/core_text.h"
#include "model/duration.h"

namespace sw::ui {
namespace {

using kinds::ValueType;

QString validateInteger(const kinds::OptionDescriptor& d, const QString& text) {
    // 64-bit: a QSpinBox stops at INT_MAX, offsets and timestamps do not.
    const std::string digits = text.trimmed().toStdString();
    std::int64_t number = 0;
    const char* end = digits.data() + digits.size();
    const auto [last, error] = std::from_chars(digits.data(), end, number);
    if (error == std::errc::result_out_of_range) return QObject::tr("number is too large");
    if (error != std::errc() || last != end) return QObject::tr("must be a whole number");
    if (d.minimum && number < *d.minimum) return QObject::tr("must be at least %1").arg(*d.minimum);
    if (d.maximum && number > *d.maximum) return QObject::tr("must be at most %1").arg(*d.maximum);
    return {};
}

QString validateMemorySize(const QString& text) {
    static const QRegularExpression size(QStringLiteral("^\\d+\\s*(b|k|kb|m|mb|g|gb|t|tb)?$"),
                                         QRegularExpression::CaseInsensitiveOption);
    return size.match(text.trimmed()).hasMatch() ? QString() : QObject::tr("not a memory size like '64 mb' or '1 gb'");
}

}  // namespace

TextOptionField::TextOptionField(const kinds::OptionDescriptor& descriptor, QWidget* parent)
    : OptionField(descriptor, parent), m_edit(new QLineEdit(this)), m_errorLabel(new QLabel(this)) {
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(1);
    auto* row = new QHBoxLayout;
    row->setSpacing(2);
    row->addWidget(m_edit);
    column->addLayout(row);
    column->addWidget(m_errorLabel);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #d32f2f;"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    setFocusProxy(m_edit);

    if (!descriptor.defaultValue.empty()) {
        m_edit->setPlaceholderText(QString::fromStdString(descriptor.defaultValue));
    } else if (descriptor.type == ValueType::Duration) {
        m_edit->setPlaceholderText(tr("e.g. 60 s, 10 min"));
    }
    if (descriptor.type == ValueType::Path) {
        auto* browseButton = new QToolButton(this);
        browseButton->setText(QStringLiteral("…"));
        browseButton->setToolTip(tr("Choose a file"));
        row->addWidget(browseButton);
        connect(browseButton, &QToolButton::clicked, this, &TextOptionField::browse);
    }
    connect(m_edit, &QLineEdit::textEdited, this, &TextOptionField::onTextEdited);
    connect(m_edit, &QLineEdit::editingFinished, this, &OptionField::editingFinished);
}

QString TextOptionField::validate(const kinds::OptionDescriptor& descriptor, const QString& text) {
    if (text.trimmed().isEmpty()) return {};
    switch (descriptor.type) {
    case ValueType::Int: return validateInteger(descriptor, text);
    case ValueType::Float: {
        bool ok = false;
        text.trimmed().toDouble(&ok);
        return ok ? QString() : tr("must be a number");
    }
    case ValueType::Duration: {
        const auto parsed = model::parseDuration(text.toStdString());
        return parsed ? QString() : tr("not a duration like '60 s' or '10 min': %1")
                                        .arg(QString::fromStdString(parsed.error().message));
    }
    case ValueType::MemorySize: return validateMemorySize(text);
    default: return {};
    }
}

void TextOptionField::setValue(const QString& value) {
    if (value == m_stored) return;  // keeps uncommitted (invalid) typing intact
    m_stored = value;
    const int cursor = m_edit->cursorPosition();
    m_edit->setText(value);
    // An unfocused field shows the beginning of a long value (host names, server lists).
    m_edit->setCursorPosition(m_edit->hasFocus() ? std::min(cursor, int(value.size())) : 0);
    showError({});
}

void TextOptionField::onTextEdited(const QString& text) {
    const QString error = validate(descriptor(), text);
    showError(error);
    if (!error.isEmpty()) return;
    const QString value = descriptor().type == ValueType::String ? text : text.trimmed();
    if (value == m_stored) return;
    m_stored = value;
    emit edited(value);
}

void TextOptionField::showError(const QString& error) {
    m_error = error;
    m_edit->setStyleSheet(error.isEmpty() ? QString()
                                          : QStringLiteral("QLineEdit { border: 1px solid #d32f2f; "
                                                           "border-radius: 2px; padding: 1px 2px; }"));
    m_edit->setToolTip(error);
    m_errorLabel->setText(error);
    m_errorLabel->setVisible(!error.isEmpty());
}

void TextOptionField::browse() {
    const QString path = QFileDialog::getOpenFileName(this, coreText(descriptor().label),
                                                      m_edit->text());
    if (path.isEmpty()) return;
    m_edit->setText(path);
    onTextEdited(path);
    emit editingFinished();
}

}  // namespace sw::ui
