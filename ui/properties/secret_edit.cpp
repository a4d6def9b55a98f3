#include "properties/secret_edit.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

#include "model/secret_ref.h"
#include "properties/secret_store.h"

namespace sw::ui {

SecretEdit::SecretEdit(const kinds::OptionDescriptor& descriptor, QWidget* parent)
    : OptionField(descriptor, parent), m_name(new QLineEdit(this)), m_value(new QLineEdit(this)), m_note(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    // The stored text is shown literally around the name, so it is never mistaken for the value.
    auto* reference = new QHBoxLayout;
    reference->setSpacing(1);
    auto* prefix = new QLabel(QStringLiteral("${secret."), this);
    auto* suffix = new QLabel(QStringLiteral("}"), this);
    for (QLabel* part : {prefix, suffix}) part->setStyleSheet(QStringLiteral("color: #6b7785;"));
    reference->addWidget(prefix);
    reference->addWidget(m_name, 1);
    reference->addWidget(suffix);
    layout->addLayout(reference);
    layout->addWidget(m_value);
    layout->addWidget(m_note);
    setFocusProxy(m_name);

    m_name->setPlaceholderText(tr("secret name"));
    m_name->setToolTip(tr("The job stores only ${secret.NAME}; exported SQL uses ${secret_values.NAME}."));
    m_value->setEchoMode(QLineEdit::Password);
    m_value->setPlaceholderText(tr("new value (keychain only)"));
    m_value->setToolTip(tr("Press Enter to store the value under the secret name. It goes to the system "
                           "keychain, never into the job file."));
    m_note->setWordWrap(true);
    m_note->hide();

    connect(m_name, &QLineEdit::textEdited, this, &SecretEdit::onNameEdited);
    connect(m_name, &QLineEdit::editingFinished, this, &OptionField::editingFinished);
    connect(m_value, &QLineEdit::editingFinished, this, &SecretEdit::storeValue);
    connect(&SecretStore::instance(), &SecretStore::stored, this,
            [this](const QString& name, bool inKeychain, const QString& note) {
                if (name == m_name->text()) showNote(note, !inKeychain);
            });
}

bool SecretEdit::isValidName(const QString& name) {
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    return pattern.match(name).hasMatch();
}

QString SecretEdit::sanitizedName(const QString& text) {
    QString name = text;
    static const QRegularExpression invalid(QStringLiteral("[^A-Za-z0-9_-]+"));
    name.replace(invalid, QStringLiteral("_"));
    return name;
}

void SecretEdit::setSuggestedName(const QString& name) {
    m_suggested = sanitizedName(name);
    m_name->setPlaceholderText(m_suggested.isEmpty() ? tr("secret name") : m_suggested);
}

void SecretEdit::setValue(const QString& value) {
    const auto name = model::secretName(value.toStdString());
    const QString shown = name ? QString::fromStdString(*name) : QString();
    const bool clearText = !value.isEmpty() && !name;
    if (clearText != m_clearTextWarning) {
        m_clearTextWarning = clearText;
        // Never echo a clear-text value from a hand-written file; ask for a reference instead.
        showNote(clearText ? tr("The job holds this secret in clear text; enter a name and a value to replace it.")
                           : QString(),
                 true);
    }
    if (shown == m_storedName && (m_name->hasFocus() || m_name->text() == shown)) return;
    m_storedName = shown;
    m_name->setText(shown);
    m_name->setStyleSheet({});
    const SecretStore& store = SecretStore::instance();
    m_value->setPlaceholderText(store.holds(shown) ? tr("stored — type to replace")
                                                   : tr("new value (keychain only)"));
}

void SecretEdit::onNameEdited(const QString& name) {
    if (!name.isEmpty() && !isValidName(name)) {
        m_name->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #d32f2f; border-radius: 2px; padding: 1px 2px; }"));
        m_name->setToolTip(tr("Use letters, digits, '_', '-' and '.' only."));
        return;
    }
    m_name->setStyleSheet({});
    m_storedName = name;
    emit edited(name.isEmpty() ? QString() : QString::fromStdString(model::secretReference(name.toStdString())));
}

void SecretEdit::storeValue() {
    QString value = m_value->text();
    if (value.isEmpty()) return;
    m_value->clear();  // the value does not linger in the widget
    if (m_name->text().isEmpty() && !m_suggested.isEmpty()) {
        m_name->setText(m_suggested);
        onNameEdited(m_suggested);
        emit editingFinished();
    }
    const QString name = m_name->text();
    if (!isValidName(name)) {
        showNote(tr("Enter a secret name first; the value was not stored."), true);
        return;
    }
    m_value->setPlaceholderText(tr("stored — type to replace"));
    SecretStore::instance().store(name, value);
    value.fill(QChar(u'\0'));
}

void SecretEdit::showNote(const QString& text, bool warning) {
    m_note->setStyleSheet(warning ? QStringLiteral("color: #b26a00;") : QStringLiteral("color: #2e7d32;"));
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

}  // namespace sw::ui
