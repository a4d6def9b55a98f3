#pragma once
// RunPanel: the live view of a run. Polls the session's newest metrics snapshot (twice a second)
// and charts, over the last 1, 5 or 15 minutes: the flow (throughput per node, end-to-end
// latency, back-pressure per edge, errors), the external systems (lookup cache hit rate, query
// time, network bytes per Kafka and MySQL node), the job's health (success rate, checkpoints,
// the runs of this session) and the run process (CPU, memory).

#include <QWidget>
#include <cstdint>
#include <map>
#include <string>
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
class RunHistory;
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
    MetricChart* checkpointCountChart() const { return m_checkpointCounts; }
    MetricChart* networkChart() const { return m_network; }
    MetricChart* successChart() const { return m_success; }
    RunHistory* history() const { return m_history; }
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
    MetricChart* m_checkpointCounts;
    MetricChart* m_network;
    MetricChart* m_success;
    RunHistory* m_history;
    // Each node's byte totals at the previous snapshot, for the network rates.
    struct ByteTotals {
        double seconds = 0;
        std::uint64_t read = 0;
        std::uint64_t written = 0;
    };
    std::map<std::string, ByteTotals> m_previousBytes;
    MetricChart* m_cpu;
    MetricChart* m_memory;
    std::vector<MetricChart*> m_charts;
    ProcessUsage m_usage;
    QTimer* m_poll;
    quint64 m_taken = 0;
};

}  // namespace sw::ui
