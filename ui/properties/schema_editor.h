#pragma once
// SchemaEditor: the declared table schema of a source, lookup or sink node — columns, primary
// key, watermark and processing-time column; every change is one ChangeNodeCommand.

#include <QWidget>
#include <functional>
#include <vector>

#include "kinds/node_kind.h"
#include "model/node.h"
#include "analysis/diagnostic.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace sw::ui {

class DiagnosticLine;
class NodeEditTarget;
class SchemaTableModel;

class SchemaEditor : public QWidget {
    Q_OBJECT
public:
    SchemaEditor(const kinds::NodeKind& kind, NodeEditTarget* target, QWidget* parent = nullptr);

    // `inputColumns`: what feeds the node, which a sink without declared columns takes.
    void refresh(const model::Node& node, const std::vector<model::Column>& inputColumns,
                 const std::vector<analysis::Diagnostic>& diagnostics);

    QTableView* view() const { return m_view; }
    SchemaTableModel* tableModel() const { return m_model; }
    QPushButton* addButton() const { return m_add; }
    QComboBox* watermarkColumn() const { return m_watermarkColumn; }
    QLineEdit* watermarkDelay() const { return m_watermarkDelay; }
    QLineEdit* procTimeColumn() const { return m_procTime; }
    DiagnosticLine* diagnosticLine() const { return m_diagnostics; }
    // A sink without declared columns takes its input's: these say which, and declare them.
    QLabel* inheritedColumns() const { return m_inherited; }
    QPushButton* declareInheritedButton() const { return m_declareInherited; }

private:
    // The job's diagnostics about the schema, and the type cells that did not parse.
    void showDiagnostics();
    void editSchema(const QString& field, const std::function<void(model::Schema&)>& mutate);
    void addColumn();
    void removeColumn();
    void moveColumn(int delta);
    void updateButtons();
    void showInheritedColumns(const model::Node& node, const std::vector<model::Column>& inputColumns);
    void onWatermarkDelayEdited(const QString& text);
    QWidget* buildTimeRow();

    const kinds::NodeKind& m_kind;
    NodeEditTarget* m_target;
    SchemaTableModel* m_model;
    QTableView* m_view;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    QComboBox* m_watermarkColumn = nullptr;
    QLineEdit* m_watermarkDelay = nullptr;
    QLineEdit* m_procTime = nullptr;
    DiagnosticLine* m_diagnostics;
    QLabel* m_inherited = nullptr;             // sinks only
    QPushButton* m_declareInherited = nullptr;  // sinks only
    std::vector<model::Column> m_inheritedColumns;
    std::vector<analysis::Diagnostic> m_schemaDiagnostics;  // the job's, about this schema
};

}  // namespace sw::ui
