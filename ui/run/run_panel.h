#pragma once
// RunPanel: the live view of a run. Polls the session's newest metrics snapshot (twice a second)
// and charts throughput per node, end-to-end latency, back-pressure per edge and errors, over
// the last 1, 5 or 15 minutes.

#include <QWidget>

class QComboBox;
class QLabel;
class QTimer;

namespace sw::runtime {
struct MetricsSnapshot;
}

namespace sw::ui {

class MetricChart;
class RunSession;

class RunPanel : public QWidget {
    Q_OBJECT
public:
    explicit RunPanel(RunSession* session, QWidget* parent = nullptr);

    MetricChart* throughputChart() const { return m_throughput; }
    MetricChart* latencyChart() const { return m_latency; }
    MetricChart* backPressureChart() const { return m_backPressure; }
    MetricChart* errorChart() const { return m_errors; }
    QLabel* summaryLabel() const { return m_summary; }
    // Takes the session's newest snapshot into the charts, if there is one not taken yet.
    void poll();

    static constexpr int kSamplesPerSecond = 2;
    static constexpr int kLongestWindowSeconds = 15 * 60;

signals:
    // Each snapshot the charts took, for the canvas's live view.
    void sampled(const sw::runtime::MetricsSnapshot& snapshot);

private:
    void add(const runtime::MetricsSnapshot& snapshot);
    void onStateChanged();

    RunSession* m_session;
    QLabel* m_state;
    QLabel* m_summary;
    QComboBox* m_window;
    MetricChart* m_throughput;
    MetricChart* m_latency;
    MetricChart* m_backPressure;
    MetricChart* m_errors;
    QTimer* m_poll;
    quint64 m_taken = 0;
};

}  // namespace sw::ui
