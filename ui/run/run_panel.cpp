#include "run/run_panel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QScrollArea>
#include <QLabel>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "run/metric_chart.h"
#include "run/run_history.h"
#include "run/run_session.h"
#include "runtime/metrics/metrics_snapshot.h"

namespace sw::ui {

namespace {

constexpr int kCapacity = RunPanel::kSamplesPerSecond * RunPanel::kLongestWindowSeconds;

QString nodeLabel(const runtime::NodeMetrics& node) {
    return QString::fromStdString(node.nodeName.empty() ? node.nodeId : node.nodeName);
}

}  // namespace

RunPanel::RunPanel(RunSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_state(new QLabel), m_summary(new QLabel), m_window(new QComboBox),
      m_throughput(new MetricChart(tr("Throughput"), tr("records/s"), kCapacity)),
      m_latency(new MetricChart(tr("End-to-end latency"), tr("ms"), kCapacity)),
      m_backPressure(new MetricChart(tr("Back-pressure"), tr("% queue fill"), kCapacity)),
      m_errors(new MetricChart(tr("Errors and dropped rows"), tr("records"), kCapacity)),
      m_lookups(new MetricChart(tr("Lookup cache hit rate"), tr("%"), kCapacity)),
      m_external(new MetricChart(tr("External query time, mean"), tr("ms"), kCapacity)),
      m_checkpoints(new MetricChart(tr("Checkpoint duration"), tr("ms, last checkpoint"), kCapacity)),
      m_checkpointCounts(new MetricChart(tr("Checkpoints"), tr("completed and failed, in all"), kCapacity)),
      m_network(new MetricChart(tr("Network"), tr("KB/s per Kafka and MySQL node"), kCapacity)),
      m_success(new MetricChart(tr("Success rate"), tr("% of rows read not lost"), kCapacity)),
      m_history(new RunHistory(session)),
      m_cpu(new MetricChart(tr("Run process CPU"), tr("% of one core"), kCapacity)),
      m_memory(new MetricChart(tr("Run process memory"), tr("MB resident"), kCapacity)),
      m_charts{m_throughput, m_latency, m_backPressure, m_errors, m_lookups, m_external, m_network,
               m_checkpoints, m_checkpointCounts, m_success, m_cpu, m_memory},
      m_poll(new QTimer(this)) {
    setObjectName(QStringLiteral("runPanel"));
    m_window->addItem(tr("Last minute"), 60);
    m_window->addItem(tr("Last 5 minutes"), 5 * 60);
    m_window->addItem(tr("Last 15 minutes"), 15 * 60);
    m_window->setToolTip(tr("How much of the run the charts show"));
    connect(m_window, &QComboBox::currentIndexChanged, this, [this] {
        const double seconds = m_window->currentData().toDouble();
        for (MetricChart* chart : m_charts) chart->setWindowSeconds(seconds);
    });
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (MetricChart* percentage : {m_backPressure, m_lookups, m_success}) percentage->setValueCeiling(100);

    auto* header = new QHBoxLayout;
    header->addWidget(m_state);
    header->addWidget(m_summary, 1);
    header->addWidget(m_window);
    // Pages of two-by-two (or fewer) charts, so each stays large enough to read.
    auto* pages = new QTabWidget;
    const auto page = [pages](const QString& title, std::initializer_list<QWidget*> charts) {
        auto* widget = new QWidget;
        auto* grid = new QGridLayout(widget);
        grid->setContentsMargins(0, 0, 0, 0);
        int i = 0;
        for (QWidget* chart : charts) grid->addWidget(chart, i / 2, i % 2), ++i;
        // Scrolled rather than squeezed: the charts' minimum height must not hold the whole
        // bottom dock area (Problems shares it) taller than a short list needs.
        auto* scroll = new QScrollArea;
        scroll->setWidget(widget);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        pages->addTab(scroll, title);
    };
    page(tr("Flow"), {m_throughput, m_latency, m_backPressure, m_errors});
    page(tr("External systems"), {m_lookups, m_external, m_network});
    page(tr("Health"), {m_success, m_history, m_checkpointCounts, m_checkpoints});
    page(tr("Run process"), {m_cpu, m_memory});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(header);
    layout->addWidget(pages, 1);

    m_poll->setInterval(1000 / kSamplesPerSecond);
    connect(m_poll, &QTimer::timeout, this, &RunPanel::poll);
    connect(m_session, &RunSession::stateChanged, this, &RunPanel::onStateChanged);
    onStateChanged();
}

void RunPanel::onStateChanged() {
    const RunSession::State state = m_session->state();
    QString text = RunSession::stateText(state);
    if (state == RunSession::State::Finished && !m_session->outcomeMessage().isEmpty())
        text += QStringLiteral(": ") + m_session->outcomeMessage();
    m_state->setText(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()));
    if (state == RunSession::State::Starting) {
        m_taken = 0;
        m_previousBytes.clear();
        for (MetricChart* chart : m_charts) chart->clear();
        m_summary->clear();
    }
    if (m_session->isActive()) {
        m_poll->start();
    } else {
        m_poll->stop();
        poll();  // the final snapshot
    }
}

void RunPanel::poll() {
    if (m_session->metricsGeneration() == m_taken || !m_session->latestMetrics()) return;
    m_taken = m_session->metricsGeneration();
    add(*m_session->latestMetrics());
}

void RunPanel::add(const runtime::MetricsSnapshot& snapshot) {
    const double t = snapshot.elapsedSeconds;
    for (const runtime::NodeMetrics& node : snapshot.nodes) {
        m_throughput->addPoint(nodeLabel(node), t, node.throughput());
        if (node.errors > 0 || node.lateRecordsDropped > 0)
            m_errors->addPoint(nodeLabel(node), t, static_cast<double>(node.errors + node.lateRecordsDropped));
    }
    if (snapshot.latency.count > 0) {
        m_latency->addPoint(QStringLiteral("p50"), t, snapshot.latency.p50Millis);
        m_latency->addPoint(QStringLiteral("p99"), t, snapshot.latency.p99Millis);
    }
    for (const runtime::NodeMetrics& node : snapshot.nodes) {
        if (node.cacheHits + node.cacheMisses > 0) m_lookups->addPoint(nodeLabel(node), t, 100 * node.cacheHitRate());
        if (node.externalRequests > 0)
            m_external->addPoint(nodeLabel(node), t, double(node.externalMicros) / double(node.externalRequests) / 1000.0);
    }
    for (const runtime::NodeMetrics& node : snapshot.nodes) {
        if (node.bytesRead + node.bytesWritten == 0) continue;
        const auto previous = m_previousBytes.find(node.nodeId);
        // Over a second at least: MySQL's counts arrive once a second, the snapshots twice.
        if (previous != m_previousBytes.end() && t - previous->second.seconds < 1.0) continue;
        if (previous != m_previousBytes.end()) {
            const double seconds = t - previous->second.seconds;
            const auto perSecond = [seconds](std::uint64_t now, std::uint64_t before) {
                return double(now - std::min(now, before)) / seconds / 1024.0;
            };
            if (node.bytesRead > 0) m_network->addPoint(tr("%1 read").arg(nodeLabel(node)), t, perSecond(node.bytesRead, previous->second.read));
            if (node.bytesWritten > 0)
                m_network->addPoint(tr("%1 written").arg(nodeLabel(node)), t, perSecond(node.bytesWritten, previous->second.written));
        }
        m_previousBytes[node.nodeId] = {t, node.bytesRead, node.bytesWritten};
    }
    m_success->addPoint(tr("success"), t, 100 * snapshot.successRate());
    if (snapshot.checkpoints.enabled) {
        m_checkpointCounts->addPoint(tr("completed"), t, double(snapshot.checkpoints.completed));
        m_checkpointCounts->addPoint(tr("failed"), t, double(snapshot.checkpoints.failed));
    }
    if (snapshot.checkpoints.completed > 0)
        m_checkpoints->addPoint(tr("last checkpoint"), t, double(snapshot.checkpoints.lastDurationMillis));
    m_history->update(snapshot);
    if (const auto usage = m_usage.sample(m_session->processId())) {
        m_cpu->addPoint(tr("CPU"), t, usage->cpuPercent);
        m_memory->addPoint(tr("RSS"), t, usage->residentMegabytes);
    }
    for (const runtime::QueueMetrics& queue : snapshot.queues) {
        m_backPressure->addPoint(QString::fromStdString(queue.fromNodes + " → " + queue.toNode), t, 100 * queue.fill());
    }
    for (MetricChart* chart : m_charts) chart->flush();
    emit sampled(snapshot);
    m_summary->setText(tr("%1 read, %2 written · %3 rec/s in, %4 rec/s out · latency p99 %5 ms · success %8 % · "
                          "%6 checkpoint(s), %7 failed")
                           .arg(QLocale().toString(static_cast<qulonglong>(snapshot.sourceRecords())),
                                QLocale().toString(static_cast<qulonglong>(snapshot.sinkRecords())),
                                QLocale().toString(snapshot.sourceRecordsPerSecond(), 'f', 0),
                                QLocale().toString(snapshot.sinkRecordsPerSecond(), 'f', 0),
                                QLocale().toString(snapshot.latency.p99Millis, 'f', 1))
                           .arg(snapshot.checkpoints.completed)
                           .arg(snapshot.checkpoints.failed)
                           .arg(QLocale().toString(100 * snapshot.successRate(), 'f', 1)));
}

}  // namespace sw::ui
