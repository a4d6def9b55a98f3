#pragma once
// PropertyPanel: the editor of the selected node — header (icon, kind, name), the options form
// generated from the kind's descriptor, and the schema / transform editors the kind needs.

#include <QWidget>

#include "kinds/node_kind.h"

class QLabel;
class QLineEdit;
class QScrollArea;
class QStackedWidget;
class QVBoxLayout;

namespace sw::ui {

class ConnectionCheckPanel;
class SchemaInferencePanel;
class DiagnosticLine;
class GroupByEditor;
class JobDocument;
class JoinKeysEditor;
class NodeEditTarget;
class OptionForm;
class OutputListEditor;
class PerColumnOptionsTable;
class SchemaEditor;

class PropertyPanel : public QWidget {
    Q_OBJECT
public:
    PropertyPanel(JobDocument* document, QWidget* parent = nullptr);

    QString nodeId() const;  // the node shown, or "" when the hint is shown
    QLabel* hintLabel() const { return m_hint; }
    QLineEdit* nameEdit() const { return m_name; }
    QLabel* kindLabel() const { return m_kindLabel; }
    DiagnosticLine* nodeDiagnostics() const { return m_nodeDiagnostics; }
    // The editors of the node shown; nullptr when its kind has none of that sort.
    OptionForm* optionForm() const { return m_form; }
    SchemaEditor* schemaEditor() const { return m_schema; }
    PerColumnOptionsTable* perColumnTable() const { return m_perColumn; }
    OutputListEditor* outputList() const { return m_outputs; }
    GroupByEditor* groupByEditor() const { return m_groupBy; }
    JoinKeysEditor* joinKeysEditor() const { return m_joinKeys; }
    ConnectionCheckPanel* connectionCheck() const { return m_connection; }
    SchemaInferencePanel* schemaInference() const { return m_inference; }

private:
    void showSelection();
    void buildBody(const QString& nodeId, const kinds::NodeKind& kind);
    void clearBody();
    void refresh();
    void renameNode();
    bool isHandledField(const std::string& field) const;
    QWidget* addSection(const QString& title, QWidget* content);

    JobDocument* m_document;
    QStackedWidget* m_stack;
    QLabel* m_hint;
    QLabel* m_icon;
    QLabel* m_kindLabel;
    QLineEdit* m_name;
    DiagnosticLine* m_nodeDiagnostics;
    QScrollArea* m_scroll;

    QWidget* m_body = nullptr;  // rebuilt when another node (or kind) is shown
    QVBoxLayout* m_bodyLayout = nullptr;
    NodeEditTarget* m_target = nullptr;
    std::string m_kindId;
    OptionForm* m_form = nullptr;
    SchemaEditor* m_schema = nullptr;
    PerColumnOptionsTable* m_perColumn = nullptr;
    OutputListEditor* m_outputs = nullptr;
    GroupByEditor* m_groupBy = nullptr;
    JoinKeysEditor* m_joinKeys = nullptr;
    ConnectionCheckPanel* m_connection = nullptr;
    SchemaInferencePanel* m_inference = nullptr;
};

}  // namespace sw::ui
