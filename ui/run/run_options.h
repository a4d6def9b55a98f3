#pragma once
// RunOptions: how one local run differs from the job as drawn, without editing the job: preview
// or write to sinks, limits, resume; and where each kind of run keeps its checkpoints.

#include <QString>
#include <QStringList>
#include <map>
#include <optional>
#include <string>

#include "model/job_graph.h"

namespace sw::ui {

struct RunOptions {
    // A preview run captures what the sinks would write, commits no Kafka offsets and keeps its
    // checkpoints apart; only a run that writes touches the sinks' systems.
    bool writeToSinks = false;
    std::optional<quint64> maxRecords;        // each source ends after this many rows
    std::optional<double> durationSeconds;    // stop (with a final checkpoint) after this long
    bool resume = false;                      // from the newest checkpoint of this kind of run
    bool toCurrentEnd = false;                // Kafka sources read what is there now, then end
    // Option values this run uses instead of the job's, by node id then option key (a Kafka
    // source's start position); the job itself and its exported SQL stay as they are.
    std::map<std::string, std::map<std::string, std::string>> optionOverrides;
    QString checkpointDir;                    // "" = no checkpoints
    QString profile;                          // run profile name; "" = endpoints as written

    // The streamwright-cli arguments after `run - --events`.
    QStringList arguments() const;
    // `job` as this run runs it: with optionOverrides applied (to nodes that still exist).
    model::JobGraph jobToRun(const model::JobGraph& job) const;
    // What this run does differently from the job as drawn, one sentence per node and one for
    // the current end ("For this run, orders reads with scan.startup.mode = earliest-offset."),
    // for the run log.
    QStringList overridesText(const model::JobGraph& job) const;
    // Where runs of the job saved at `jobPath` (or, unsaved, named `jobName`) keep checkpoints:
    // one folder for preview runs and another for runs that write, so a writing run never
    // resumes from a preview's state (offsets a preview never committed, sinks never written).
    static QString checkpointDirFor(const QString& jobPath, const QString& jobName, bool writeToSinks);
    // Whether `dir` holds a checkpoint to resume from.
    static bool hasCheckpoint(const QString& dir);
};

}  // namespace sw::ui
