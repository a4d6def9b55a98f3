#pragma once
// SchemaInferencePanel: "Infer schema…" for a Kafka (JSON) or MySQL/JDBC node — reads the topic or
// table off the GUI thread, shows the proposal and its changes in a SchemaInferenceDialog, and
// applies it as one undo step.

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>
#include <chrono>

#include "runtime/infer/schema_proposal.h"
#include "util/result.h"

class QLabel;
class QProgressBar;
class QPushButton;

namespace sw::ui {

class NodeEditTarget;
class RunProfileBox;
class SchemaInferenceDialog;

class SchemaInferencePanel : public QWidget {
    Q_OBJECT
public:
    // Bounds each step of reaching the server and reading the sample, as for Test connection.
    static constexpr std::chrono::seconds kTimeout{10};

    SchemaInferencePanel(NodeEditTarget* target, QWidget* parent = nullptr);

    QPushButton* inferButton() const { return m_infer; }
    RunProfileBox* profileBox() const { return m_profile; }
    QLabel* status() const { return m_status; }
    bool isRunning() const { return m_watcher != nullptr; }
    SchemaInferenceDialog* dialog() const;  // the open proposal, if any

signals:
    // The proposal's dialog is open (window-modal, not blocking), or the inference failed.
    void proposalShown(SchemaInferenceDialog* dialog);
    void failed(const QString& message);

private:
    void start();
    void finish(const Result<runtime::SchemaProposal>& inferred);

    NodeEditTarget* m_target;
    QPushButton* m_infer;
    RunProfileBox* m_profile;  // how the server is reached: as written or through a jump host
    QProgressBar* m_busy;
    QLabel* m_status;
    QFutureWatcher<Result<runtime::SchemaProposal>>* m_watcher = nullptr;
    QPointer<SchemaInferenceDialog> m_dialog;
};

}  // namespace sw::ui
