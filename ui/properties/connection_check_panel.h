#pragma once
// ConnectionCheckPanel: "Test connection" for a Kafka or MySQL/JDBC node — runs the kind's check
// off the GUI thread and lists each check with its status, failure class and details. Results
// describe the options they were taken with: when those change, the results go.

#include <QFutureWatcher>
#include <QWidget>
#include <chrono>
#include <optional>

#include "model/node.h"
#include "runtime/check/connection_report.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace sw::ui {

class NodeEditTarget;
class RunProfileBox;

class ConnectionCheckPanel : public QWidget {
    Q_OBJECT
public:
    // Bounds each check; a GUI user waits no longer than this for one answer.
    static constexpr std::chrono::seconds kTimeout{10};

    ConnectionCheckPanel(NodeEditTarget* target, QWidget* parent = nullptr);

    QPushButton* testButton() const { return m_test; }
    RunProfileBox* profileBox() const { return m_profile; }
    QProgressBar* busyIndicator() const { return m_busy; }
    QLabel* summary() const { return m_summary; }
    QTreeWidget* results() const { return m_results; }
    bool isRunning() const { return m_watcher != nullptr; }

    // The node as it is now: results taken with other options or schema are cleared.
    void refresh(const model::Node& node);

    // Item data of a result row: its CheckStatus and FailureClass names ("failed", "dns").
    static constexpr int kStatusRole = Qt::UserRole;
    static constexpr int kFailureRole = Qt::UserRole + 1;

signals:
    void reportShown();

private:
    void start();
    void show(const runtime::ConnectionReport& report);
    void forget(const QString& why);

    NodeEditTarget* m_target;
    QPushButton* m_test;
    RunProfileBox* m_profile;  // how the server is reached: as written or through a jump host
    QProgressBar* m_busy;
    QLabel* m_summary;
    QTreeWidget* m_results;
    std::optional<model::Node> m_tested;  // the node as the shown (or running) check saw it
    // The running check; replaced or dropped, never waited for: its thread holds only copies.
    QFutureWatcher<runtime::ConnectionReport>* m_watcher = nullptr;
};

}  // namespace sw::ui
