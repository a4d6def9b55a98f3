#pragma once
// SchemaInferenceDialog: shows a schema proposal — its columns with their evidence, the changes
// against the node's declared schema, what is proposed but not applied (computed columns, format
// options), malformed messages and notes — and asks to apply it.

#include <QDialog>

#include "model/schema.h"
#include "runtime/infer/schema_proposal.h"

class QDialogButtonBox;
class QListWidget;
class QTreeWidget;

namespace sw::ui {

class SchemaInferenceDialog : public QDialog {
    Q_OBJECT
public:
    SchemaInferenceDialog(const QString& nodeName, const runtime::SchemaProposal& proposal,
                          const model::Schema& current, QWidget* parent = nullptr);

    QTreeWidget* columns() const { return m_columns; }
    QListWidget* changes() const { return m_changes; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    QTreeWidget* m_columns;
    QListWidget* m_changes;
    QDialogButtonBox* m_buttons;
};

}  // namespace sw::ui
