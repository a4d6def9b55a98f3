#pragma once
// RunHistory: the job's health across the runs of this designer session, one row per run:
// when it started, what kind of run (preview or writing, fresh or resumed from a checkpoint),
// how long it ran, how it ended (running, finished, failed, cancelled, refused), rows read and
// written. A resumed run is the job restarted.

#include <QTreeWidget>

namespace sw::runtime {
struct MetricsSnapshot;
}

namespace sw::ui {

class RunSession;

class RunHistory : public QTreeWidget {
    Q_OBJECT
public:
    explicit RunHistory(RunSession* session, QWidget* parent = nullptr);

    // The newest run's row takes the snapshot's duration and totals.
    void update(const runtime::MetricsSnapshot& snapshot);

    static constexpr int kMaxRuns = 200;

private:
    void onStateChanged();

    RunSession* m_session;
    QTreeWidgetItem* m_current = nullptr;  // the row of the run in progress, or the last one
};

}  // namespace sw::ui
