#include "canvas/node_clipboard.h"

#include <set>

#include "model/job_file.h"

namespace sw::ui {

std::unique_ptr<QMimeData> nodesToMimeData(const model::JobGraph& job, const QStringList& nodeIds) {
    std::set<std::string> ids;
    for (const QString& id : nodeIds) ids.insert(id.toStdString());
    model::JobGraph fragment;
    fragment.name = job.name;
    for (const model::Node& node : job.nodes) {
        if (ids.contains(node.id)) fragment.nodes.push_back(node);
    }
    if (fragment.nodes.empty()) return nullptr;
    for (const model::Edge& edge : job.edges) {
        if (ids.contains(edge.fromNode) && ids.contains(edge.toNode)) fragment.edges.push_back(edge);
    }
    // The job file format keeps one serialisation for files, clipboard and tests.
    const QByteArray json = QByteArray::fromStdString(model::serializeJob(fragment));
    auto mime = std::make_unique<QMimeData>();
    mime->setData(QString::fromLatin1(kNodesMimeType), json);
    mime->setText(QString::fromUtf8(json));
    return mime;
}

std::optional<model::JobGraph> nodesFromMimeData(const QMimeData* mime) {
    if (!mime) return std::nullopt;
    QByteArray json = mime->data(QString::fromLatin1(kNodesMimeType));
    if (json.isEmpty() && mime->hasText()) json = mime->text().toUtf8();  // pasted from a text editor
    if (json.isEmpty()) return std::nullopt;
    Result<model::JobGraph> parsed = model::parseJob(json.toStdString());
    if (!parsed || parsed->nodes.empty()) return std::nullopt;
    return std::move(parsed).value();
}

}  // namespace sw::ui
