#include "properties/flink_type_delegate.h"

#include <QCompleter>
#include <QLineEdit>

#include "model/flink_type.h"
#include "model/flink_type_names.h"

namespace sw::ui {

QWidget* FlinkTypeDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const {
    auto* editor = new QLineEdit(parent);
    editor->setObjectName(QStringLiteral("typeEditor"));
    QStringList completions;
    for (const std::string_view spelling : model::typeCompletions())
        completions << QString::fromLatin1(spelling.data(), qsizetype(spelling.size()));
    auto* completer = new QCompleter(completions, editor);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    editor->setCompleter(completer);
    connect(editor, &QLineEdit::textChanged, editor, [editor](const QString& text) {
        const auto parsed = model::FlinkType::parse(text.toStdString());
        const bool bad = !text.trimmed().isEmpty() && !parsed;
        editor->setStyleSheet(bad ? QStringLiteral("QLineEdit { color: #d32f2f; }") : QString());
        editor->setToolTip(bad ? QString::fromStdString(parsed.error().message) : QString());
    });
    return editor;
}

}  // namespace sw::ui
