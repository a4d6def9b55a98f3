#pragma once
// OutputListEditor: named expressions — a project's select list or a window aggregate's
// aggregates — as rows of name + ExpressionEdit, with add / remove / reorder.

#include <QWidget>
#include <functional>
#include <vector>

#include "expr/types/type_checker.h"
#include "model/node.h"
#include "model/user_function.h"
#include "analysis/diagnostic.h"

class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace sw::ui {

class DiagnosticLine;
class ExpressionField;
class NodeEditTarget;

class OutputListEditor : public QWidget {
    Q_OBJECT
public:
    // `offerAllColumns`: show "Add all input columns" (projections).
    OutputListEditor(NodeEditTarget* target, expr::AggregateUse aggregates, bool offerAllColumns,
                     QWidget* parent = nullptr);

    void refresh(const model::Node& node, const std::vector<model::Column>& inputColumns,
                 const std::vector<model::UserFunction>& functions, const std::vector<analysis::Diagnostic>& diagnostics);

    int rowCount() const { return int(m_rows.size()); }
    QLineEdit* nameEdit(int row) const { return m_rows[std::size_t(row)].name; }
    ExpressionField* expressionField(int row) const { return m_rows[std::size_t(row)].expression; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* addAllButton() const { return m_addAll; }

private:
    struct Row {
        QWidget* widget;
        QLineEdit* name;
        ExpressionField* expression;
        DiagnosticLine* diagnostics;
    };
    void rebuildRows(std::size_t count);
    Row makeRow(int index);
    void edit(const QString& field, const std::function<void(std::vector<model::NamedExpression>&)>& mutate);
    void addAllInputColumns();

    NodeEditTarget* m_target;
    expr::AggregateUse m_aggregates;
    std::vector<model::Column> m_inputColumns;
    std::vector<Row> m_rows;
    QVBoxLayout* m_rowLayout;
    QPushButton* m_add;
    QPushButton* m_addAll = nullptr;
};

}  // namespace sw::ui
