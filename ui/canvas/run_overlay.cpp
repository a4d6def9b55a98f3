#include "canvas/run_overlay.h"

#include "canvas/edge_item.h"
#include "canvas/job_scene.h"
#include "canvas/node_item.h"
#include "document/job_document.h"
#include "runtime/metrics/metrics_snapshot.h"

namespace sw::ui {

void RunOverlay::show(const runtime::MetricsSnapshot& snapshot) {
    for (const runtime::NodeMetrics& metrics : snapshot.nodes) {
        NodeItem* item = m_scene->nodeItem(QString::fromStdString(metrics.nodeId));
        if (!item) continue;
        LiveNodeStatus status = item->liveStatus().value_or(LiveNodeStatus{});
        status.recordsPerSecond = metrics.throughput();
        status.errors = metrics.errors;
        item->setLiveStatus(status);
    }
    // Queues are named by node names: "a,b" (the nodes feeding it) and the node behind it.
    const model::JobGraph& job = m_scene->document()->job();
    for (EdgeItem* edge : m_scene->edgeItems()) {
        const model::Node* from = job.findNode(edge->edge().fromNode);
        const model::Node* to = job.findNode(edge->edge().toNode);
        std::optional<double> fill;
        for (const runtime::QueueMetrics& queue : snapshot.queues) {
            if (!from || !to || queue.toNode != (to->name.empty() ? to->id : to->name)) continue;
            const std::string fromName = from->name.empty() ? from->id : from->name;
            const std::string feeders = "," + queue.fromNodes + ",";
            if (feeders.find("," + fromName + ",") != std::string::npos) fill = queue.fill();
        }
        edge->setBackPressure(fill);
    }
}

QString RunOverlay::nodeNameIn(const QString& location) {
    static const QString prefix = QStringLiteral("node '");
    if (!location.startsWith(prefix)) return {};
    const qsizetype end = location.indexOf(QLatin1Char('\''), prefix.size());
    return end < 0 ? QString() : location.mid(prefix.size(), end - prefix.size());
}

bool RunOverlay::markFailure(const QString& location, const QString& message) {
    // The runtime names a node by its name, or by its id while it has none.
    const model::JobGraph& job = m_scene->document()->job();
    const std::string name = nodeNameIn(location).toStdString();
    if (name.empty()) return false;  // a failure of the job as a whole
    const model::Node* node = job.findNodeByName(name);
    if (!node) node = job.findNode(name);
    NodeItem* item = node ? m_scene->nodeItem(QString::fromStdString(node->id)) : nullptr;
    if (!item) return false;
    LiveNodeStatus status = item->liveStatus().value_or(LiveNodeStatus{});
    status.failure = message;
    item->setLiveStatus(status);
    return true;
}

void RunOverlay::clear() {
    for (NodeItem* item : m_scene->nodeItems()) item->setLiveStatus(std::nullopt);
    for (EdgeItem* edge : m_scene->edgeItems()) edge->setBackPressure(std::nullopt);
}

}  // namespace sw::ui
