#pragma once
// JobDocument: the open job, its undo stack, file state, dialect, diagnostics and selection.

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUndoStack>
#include <vector>

#include "kinds/node_kind.h"
#include "model/job_graph.h"
#include "analysis/diagnostic.h"

namespace sw::ui {

// Views read job() and listen to the signals; edits go through QUndoCommands (ui/commands),
// which are the only callers of the mutation API below.
class JobDocument : public QObject {
    Q_OBJECT
public:
    explicit JobDocument(QObject* parent = nullptr);

    const model::JobGraph& job() const { return m_job; }
    QUndoStack* undoStack() { return &m_undoStack; }

    QString filePath() const { return m_filePath; }
    bool isModified() const { return !m_undoStack.isClean(); }
    // Both return "" on success, otherwise the error text with its location.
    QString load(const QString& path);
    QString save(const QString& path);
    // Replaces the whole job (new document, import); clears the undo history.
    void reset(model::JobGraph job, const QString& filePath = {});
    // Marks the job as differing from its file although no undoable edit made it so (a job
    // recovered from an autosave); saving clears it.
    void markUnsaved();

    kinds::Dialect dialect() const { return m_dialect; }
    void setDialect(kinds::Dialect dialect);

    // Diagnostics of the current job for the current dialect, recomputed after every change.
    const std::vector<analysis::Diagnostic>& diagnostics() const { return m_diagnostics; }
    std::vector<analysis::Diagnostic> diagnosticsFor(const QString& nodeId) const;

    QStringList selectedNodeIds() const { return m_selection; }
    void setSelectedNodeIds(const QStringList& ids);

    int nodeIndex(const QString& id) const;  // -1 if absent
    const model::Node* node(const QString& id) const;

    // --- Mutation API for undo commands ------------------------------------------------------
    // Groups several mutations so that listeners see a single jobChanged().
    class ChangeBatch {
    public:
        explicit ChangeBatch(JobDocument& document);
        ~ChangeBatch();
        ChangeBatch(const ChangeBatch&) = delete;
        ChangeBatch& operator=(const ChangeBatch&) = delete;

    private:
        JobDocument& m_document;
    };

    void insertNode(int index, model::Node node);
    void removeNode(const QString& id);
    void replaceNode(const model::Node& node);  // matched by id
    void setNodePosition(const QString& id, model::Position position);
    void insertEdge(int index, model::Edge edge);
    void removeEdge(int index);
    void setSettings(model::JobSettings settings);
    void setJobName(std::string name);

signals:
    void nodeAdded(const QString& id);
    void nodeRemoved(const QString& id);
    void nodeChanged(const QString& id);
    void edgesChanged();
    void settingsChanged();
    void jobChanged();    // once after every mutation or batch of mutations
    void jobReset();      // the whole job was replaced: views rebuild
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);
    void dialectChanged();
    void diagnosticsChanged();
    void selectionChanged();

private:
    void changed();
    void refreshDiagnostics();

    model::JobGraph m_job;
    QUndoStack m_undoStack;
    QString m_filePath;
    kinds::Dialect m_dialect = kinds::Dialect::AliyunVvr;
    std::vector<analysis::Diagnostic> m_diagnostics;
    QStringList m_selection;
    int m_batchDepth = 0;
    bool m_batchChanged = false;
};

}  // namespace sw::ui
