#pragma once
// RunOptions: how one local run differs from the job as drawn, without editing the job: preview
// or write to sinks, limits, resume; and where each kind of run keeps its checkpoints.

#include <QString>
#include <QStringList>
#include <optional>

namespace sw::ui {

struct RunOptions {
    // A preview run captures what the sinks would write, commits no Kafka offsets and keeps its
    // checkpoints apart; only a run that writes touches the sinks' systems.
    bool writeToSinks = false;
    std::optional<quint64> maxRecords;        // each source ends after this many rows
    std::optional<double> durationSeconds;    // stop (with a final checkpoint) after this long
    bool resume = false;                      // from the newest checkpoint of this kind of run
    QString checkpointDir;                    // "" = no checkpoints

    // The streamwright-cli arguments after `run - --events`.
    QStringList arguments() const;
    // Where runs of the job saved at `jobPath` (or, unsaved, named `jobName`) keep checkpoints:
    // one folder for preview runs and another for runs that write, so a writing run never
    // resumes from a preview's state (offsets a preview never committed, sinks never written).
    static QString checkpointDirFor(const QString& jobPath, const QString& jobName, bool writeToSinks);
    // Whether `dir` holds a checkpoint to resume from.
    static bool hasCheckpoint(const QString& dir);
};

}  // namespace sw::ui
