#include "properties/expression_edit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QStandardItemModel>

#include "expr/parse/function_catalog.h"
#include "expr/parse/parser.h"

namespace sw::ui {
namespace {

QString fromView(std::string_view view) { return QString::fromUtf8(view.data(), qsizetype(view.size())); }

// A completion: the popup shows `shown`, typing matches and inserts `word`, the tooltip explains.
QStandardItem* completionItem(const QString& word, const QString& shown, const QString& tip) {
    auto* item = new QStandardItem(shown);
    item->setData(word, ExpressionEdit::kCompletionWordRole);
    item->setToolTip(tip);
    return item;
}

// Start of the identifier (or back-quoted name) that ends at `cursor`.
qsizetype wordStart(const QString& text, qsizetype cursor) {
    qsizetype start = cursor;
    while (start > 0 && (text[start - 1].isLetterOrNumber() || text[start - 1] == u'_')) --start;
    if (start > 0 && text[start - 1] == u'`') --start;
    return start;
}

}  // namespace

ExpressionEdit::ExpressionEdit(QWidget* parent)
    : QLineEdit(parent), m_completer(new QCompleter(this)), m_completions(new QStandardItemModel(this)) {
    m_completer->setModel(m_completions);
    m_completer->setCompletionRole(kCompletionWordRole);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setWidget(this);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, &ExpressionEdit::insertCompletion);
    connect(this, &QLineEdit::textChanged, this, &ExpressionEdit::recheck);
    connect(this, &QLineEdit::textEdited, this, [this] {
        const QString prefix = text().mid(wordStart(text(), cursorPosition()),
                                          cursorPosition() - wordStart(text(), cursorPosition()));
        if (prefix.size() < 1 || !hasFocus()) {
            m_completer->popup()->hide();
            return;
        }
        m_completer->setCompletionPrefix(prefix);
        if (m_completer->completionCount() == 0) {
            m_completer->popup()->hide();
            return;
        }
        m_completer->complete();
        // The best match is preselected, as in Qt Creator: Enter takes it without a trip to the list.
        m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    });
    updateCompletions();
    recheck();
}

QString ExpressionEdit::quoteIdentifier(const QString& name) {
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (plain.match(name).hasMatch()) return name;
    QString escaped = name;
    escaped.replace(u'`', QStringLiteral("``"));
    return u'`' + escaped + u'`';
}

void ExpressionEdit::setColumns(const std::vector<model::Column>& columns) {
    if (columns == m_columns) return;
    m_columns = columns;
    updateCompletions();
    recheck();
}

void ExpressionEdit::setFunctions(const std::vector<model::UserFunction>& functions) {
    if (functions == m_functions) return;
    m_functions = functions;
    updateCompletions();
    recheck();
}

void ExpressionEdit::setAggregateUse(expr::AggregateUse use) {
    if (use == m_aggregates) return;
    m_aggregates = use;
    recheck();
}

void ExpressionEdit::updateCompletions() {
    m_completions->clear();
    for (const model::Column& column : m_columns) {
        const QString name = quoteIdentifier(QString::fromStdString(column.name));
        const QString type = QString::fromStdString(column.type.toSql());
        m_completions->appendRow(completionItem(name, name + QStringLiteral("  ") + type, tr("Column %1").arg(type)));
    }
    for (const model::UserFunction& function : m_functions) {
        const QString signature = QString::fromStdString(model::signatureText(function));
        const QString tip = tr("User-defined function %1\nJava class %2\nRuns only on the cluster")
                                .arg(signature, QString::fromStdString(function.className));
        m_completions->appendRow(completionItem(QString::fromStdString(function.name),
                                                signature + QStringLiteral("  —  ") + tr("user-defined"), tip));
    }
    // Every built-in Flink knows, with its signature and what it does: one line each.
    for (const expr::FunctionInfo& info : expr::allFunctions()) {
        const QString shown = fromView(info.signature).section(QStringLiteral(" | "), 0, 0) + QStringLiteral("  —  ") +
                              fromView(info.description);
        QString tip = fromView(info.signature).replace(QStringLiteral(" | "), QStringLiteral("\n"));
        tip += QStringLiteral("\n") + fromView(info.description);
        tip += QStringLiteral("\n") + (info.origin == expr::FunctionOrigin::VvrOnly
                                           ? tr("Alibaba Cloud VVR only")
                                           : tr("Apache Flink %1 and later").arg(fromView(expr::toString(info.since))));
        m_completions->appendRow(completionItem(fromView(info.name), shown, tip));
    }
}

void ExpressionEdit::insertCompletion(const QString& completion) {
    const QString current = text();
    const qsizetype start = wordStart(current, cursorPosition());
    setText(current.left(start) + completion + current.mid(cursorPosition()));
    setCursorPosition(int(start + completion.size()));
    emit textEdited(text());  // a completion is a user edit like typing
}

void ExpressionEdit::keyPressEvent(QKeyEvent* event) {
    // While the popup is open, Enter/Tab pick a completion instead of finishing the edit.
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Tab:
        case Qt::Key_Escape:
            event->ignore();
            return;
        default: break;
        }
    }
    QLineEdit::keyPressEvent(event);
}

void ExpressionEdit::recheck() {
    m_error.clear();
    m_resultType.clear();
    const std::string source = text().toStdString();
    if (text().trimmed().isEmpty()) {
        m_valid = true;
    } else if (auto parsed = expr::parseExpression(source); !parsed) {
        m_error = QString::fromStdString(parsed.error().toString());
    } else if (m_columns.empty() && !expr::referencedColumns(**parsed).empty()) {
        // Not "unknown column": nothing arrives yet, so every column would be unknown.
        m_error = tr("no input is connected, so there are no columns to use yet");
    } else if (auto type = expr::typeCheck(**parsed, m_columns, m_aggregates, m_functions); !type) {
        m_error = QString::fromStdString(type.error().toString());
    } else {
        m_resultType = QString::fromStdString(type->toSql());
    }
    m_valid = m_error.isEmpty();
    setStyleSheet(m_valid ? QString() : QStringLiteral("QLineEdit { border: 1px solid #d32f2f; border-radius: 2px; padding: 1px 2px; }"));
    setToolTip(m_error);
    emit checked();
}

}  // namespace sw::ui
