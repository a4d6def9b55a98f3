#pragma once
// ExpressionEdit: a line edit for a Flink SQL expression with column/function completion and
// live parse + type check against the upstream columns.

#include <QLineEdit>
#include <vector>

#include "expr/types/type_checker.h"
#include "model/schema.h"
#include "model/user_function.h"

class QCompleter;
class QStandardItemModel;

namespace sw::ui {

class ExpressionEdit : public QLineEdit {
    Q_OBJECT
public:
    explicit ExpressionEdit(QWidget* parent = nullptr);

    void setColumns(const std::vector<model::Column>& columns);
    // The job's user-defined functions: callable, checked against their declaration, completed.
    void setFunctions(const std::vector<model::UserFunction>& functions);
    void setAggregateUse(expr::AggregateUse use);

    bool isValid() const { return m_valid; }
    // "BOOLEAN" when valid; empty for empty text or an error.
    QString resultType() const { return m_resultType; }
    // The parse or type error with its offset ("offset 9: expected an operand ..."); empty when valid.
    QString errorText() const { return m_error; }

    // The completion model's role holding the word a completion inserts (a back-quoted column
    // name or a function name); the display role holds the line the popup shows.
    static constexpr int kCompletionWordRole = Qt::UserRole + 1;

    // Identifiers that need it are back-quoted: `order id`.
    static QString quoteIdentifier(const QString& name);

signals:
    // After every re-check (text or columns changed).
    void checked();

private:
    void recheck();
    void updateCompletions();
    void insertCompletion(const QString& completion);
    void keyPressEvent(QKeyEvent* event) override;

    std::vector<model::Column> m_columns;
    std::vector<model::UserFunction> m_functions;
    expr::AggregateUse m_aggregates = expr::AggregateUse::Forbidden;
    QCompleter* m_completer;
    QStandardItemModel* m_completions;
    bool m_valid = true;
    QString m_resultType;
    QString m_error;
};

}  // namespace sw::ui
