#include "document/job_document.h"

#include <algorithm>

#include "model/job_file.h"
#include "validate/validator.h"

namespace sw::ui {

JobDocument::JobDocument(QObject* parent) : QObject(parent), m_undoStack(this) {
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
    connect(this, &JobDocument::jobChanged, this, &JobDocument::refreshDiagnostics);
    refreshDiagnostics();
}

QString JobDocument::load(const QString& path) {
    Result<model::JobGraph> loaded = model::loadJobFile(path.toStdString());
    if (!loaded) return QString::fromStdString(loaded.error().toString());
    reset(std::move(loaded).value(), path);
    return {};
}

QString JobDocument::save(const QString& path) {
    Status saved = model::saveJobFile(m_job, path.toStdString());
    if (!saved) return QString::fromStdString(saved.error().toString());
    if (m_filePath != path) {
        m_filePath = path;
        emit filePathChanged(path);
    }
    m_undoStack.setClean();
    return {};
}

void JobDocument::reset(model::JobGraph job, const QString& filePath) {
    m_undoStack.clear();  // commands refer to the old job's nodes
    m_job = std::move(job);
    m_selection.clear();
    if (m_filePath != filePath) {
        m_filePath = filePath;
        emit filePathChanged(filePath);
    }
    emit jobReset();
    emit selectionChanged();
    emit jobChanged();
    emit modifiedChanged(false);
}

void JobDocument::markUnsaved() { m_undoStack.resetClean(); }

void JobDocument::setDialect(kinds::Dialect dialect) {
    if (dialect == m_dialect) return;
    m_dialect = dialect;
    emit dialectChanged();
    refreshDiagnostics();
}

std::vector<analysis::Diagnostic> JobDocument::diagnosticsFor(const QString& nodeId) const {
    const std::string id = nodeId.toStdString();
    std::vector<analysis::Diagnostic> result;
    std::ranges::copy_if(m_diagnostics, std::back_inserter(result),
                         [&](const analysis::Diagnostic& d) { return d.nodeId == id; });
    return result;
}

void JobDocument::setSelectedNodeIds(const QStringList& ids) {
    if (ids == m_selection) return;
    m_selection = ids;
    emit selectionChanged();
}

int JobDocument::nodeIndex(const QString& id) const {
    const std::string key = id.toStdString();
    auto it = std::ranges::find(m_job.nodes, key, &model::Node::id);
    return it == m_job.nodes.end() ? -1 : int(it - m_job.nodes.begin());
}

const model::Node* JobDocument::node(const QString& id) const {
    return m_job.findNode(id.toStdString());
}

JobDocument::ChangeBatch::ChangeBatch(JobDocument& document) : m_document(document) {
    ++m_document.m_batchDepth;
}

JobDocument::ChangeBatch::~ChangeBatch() {
    if (--m_document.m_batchDepth == 0 && m_document.m_batchChanged) {
        m_document.m_batchChanged = false;
        emit m_document.jobChanged();
    }
}

void JobDocument::changed() {
    if (m_batchDepth > 0) {
        m_batchChanged = true;
    } else {
        emit jobChanged();
    }
}

void JobDocument::insertNode(int index, model::Node node) {
    index = std::clamp(index, 0, int(m_job.nodes.size()));
    const QString id = QString::fromStdString(node.id);
    m_job.nodes.insert(m_job.nodes.begin() + index, std::move(node));
    emit nodeAdded(id);
    changed();
}

void JobDocument::removeNode(const QString& id) {
    const int index = nodeIndex(id);
    if (index < 0) return;
    m_job.nodes.erase(m_job.nodes.begin() + index);
    if (m_selection.removeAll(id) > 0) emit selectionChanged();
    emit nodeRemoved(id);
    changed();
}

void JobDocument::replaceNode(const model::Node& node) {
    model::Node* existing = m_job.findNode(node.id);
    if (!existing || *existing == node) return;
    *existing = node;
    emit nodeChanged(QString::fromStdString(node.id));
    changed();
}

void JobDocument::setNodePosition(const QString& id, model::Position position) {
    model::Node* existing = m_job.findNode(id.toStdString());
    if (!existing || existing->position == position) return;
    existing->position = position;
    emit nodeChanged(id);
    changed();
}

void JobDocument::insertEdge(int index, model::Edge edge) {
    index = std::clamp(index, 0, int(m_job.edges.size()));
    m_job.edges.insert(m_job.edges.begin() + index, std::move(edge));
    emit edgesChanged();
    changed();
}

void JobDocument::removeEdge(int index) {
    if (index < 0 || index >= int(m_job.edges.size())) return;
    m_job.edges.erase(m_job.edges.begin() + index);
    emit edgesChanged();
    changed();
}

void JobDocument::setSettings(model::JobSettings settings) {
    if (settings == m_job.settings) return;
    m_job.settings = std::move(settings);
    emit settingsChanged();
    changed();
}

void JobDocument::setJobName(std::string name) {
    if (name == m_job.name) return;
    m_job.name = std::move(name);
    emit settingsChanged();
    changed();
}

void JobDocument::refreshDiagnostics() {
    std::vector<analysis::Diagnostic> fresh = validate::validateJob(m_job, m_dialect);
    if (fresh == m_diagnostics) return;
    m_diagnostics = std::move(fresh);
    emit diagnosticsChanged();
}

}  // namespace sw::ui
