#pragma once
// RunPanel: the live view of a run. Polls the session's newest metrics snapshot (twice a second)
// and charts throughput per node, end-to-end latency, back-pressure per edge and errors, over
// the last 1, 5 or 15 minutes.

#include <QWidget>
#include <vector>

#include "run/process_usage.h"

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
    MetricChart* lookupChart() const { return m_lookups; }
    MetricChart* externalChart() const { return m_external; }
    MetricChart* checkpointChart() const { return m_checkpoints; }
    MetricChart* cpuChart() const { return m_cpu; }
    MetricChart* memoryChart() const { return m_memory; }
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
    MetricChart* m_lookups;
    MetricChart* m_external;
    MetricChart* m_checkpoints;
    MetricChart* m_cpu;
    MetricChart* m_memory;
    std::vector<MetricChart*> m_charts;
    ProcessUsage m_usage;
    QTimer* m_poll;
    quint64 m_taken = 0;
};

}  // namespace sw::ui
