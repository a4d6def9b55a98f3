#pragma once
// RecoveryStore: the autosave file of the unsaved job of one running designer, and the files
// that designers which died without closing left behind, so a crash loses no edits (the way
// Qt Creator offers files back after a crash).

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <vector>

#include "model/job_graph.h"

namespace sw::ui {

class RecoveryStore {
public:
    // A job a designer was editing when it stopped running.
    struct Entry {
        QString recoveryFile;  // the autosave file itself
        QString jobFile;       // where the job was opened from or last saved; empty when untitled
        QDateTime savedAt;     // when it was autosaved
        model::JobGraph job;
    };

    // `ownerPid` is the process the autosave file belongs to: this one, except in tests that
    // play a designer which has since died.
    explicit RecoveryStore(QString directory = defaultDirectory(), qint64 ownerPid = currentPid());

    // <application data>/recovery (~/.local/share/Streamwright/Streamwright/recovery on Linux).
    static QString defaultDirectory();
    static qint64 currentPid();

    QString directory() const { return m_directory; }
    QString ownFile() const;

    // Replaces this designer's autosave file (written as a whole or not at all); "" on success,
    // otherwise why it could not be written.
    QString write(const model::JobGraph& job, const QString& jobFile) const;
    // Removes this designer's autosave file: the job was saved, discarded or closed.
    void removeOwn() const;

    // The autosave files of designers that are no longer running, newest first. Files that do
    // not read as a recovery file are left where they are and named in `unreadable`.
    std::vector<Entry> orphans(QStringList* unreadable = nullptr) const;
    // Deletes an orphan once it was recovered or the user discarded it.
    static void discard(const Entry& entry);

private:
    static bool processRuns(qint64 pid);

    QString m_directory;
    qint64 m_ownerPid;
};

}  // namespace sw::ui
