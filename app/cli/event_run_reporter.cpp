#include "cli/event_run_reporter.h"

#include <cstdio>

namespace sw::cli {

using runtime::protocol::LogLevel;
using runtime::protocol::Outcome;

void EventRunReporter::send(const std::string& line) {
    // The designer reads line by line: nothing may wait in a buffer.
    out_ << line << "\n" << std::flush;
}

void EventRunReporter::log(LogLevel level, const std::string& message) {
    send(runtime::protocol::logLine(level, "", message));
}

void EventRunReporter::refused(const Error& error) {
    send(runtime::protocol::finishedLine(Outcome::Refused, error.message, error.location));
}

void EventRunReporter::planWarning(const std::string& warning) {
    log(LogLevel::Warning, warning);
}

void EventRunReporter::resuming(std::uint64_t checkpointId) {
    log(LogLevel::Info, "resuming from checkpoint " + std::to_string(checkpointId) + " in " + args_.checkpointDir);
}

void EventRunReporter::started() {
    send(runtime::protocol::startedLine());
}

void EventRunReporter::progress(const runtime::MetricsSnapshot& snapshot) {
    send(runtime::protocol::metricsLine(snapshot));
}

void EventRunReporter::ignoredCommand(const Error& error) {
    log(LogLevel::Warning, "ignored a line on stdin: " + error.toString());
}

void EventRunReporter::checkpointsStopped(const std::string& source, const std::string& lastCheckpoint) {
    log(LogLevel::Warning,
        "checkpoints stopped: " + source + " finished, so no later checkpoint can be aligned; " + lastCheckpoint);
}

void EventRunReporter::stopping(StopCause cause, const std::optional<std::string>& checkpointsStoppedBy) {
    std::string message = stoppingText(cause);
    if (!args_.checkpointDir.empty()) {
        message += checkpointsStoppedBy ? " without a final checkpoint (checkpoints stopped when " +
                                              *checkpointsStoppedBy + " finished)"
                                        : std::string(" after a final checkpoint (a cancel command skips it)");
    }
    log(LogLevel::Info, message);
}

void EventRunReporter::cancelling(CancelCause cause) {
    log(LogLevel::Info, std::string(cause == CancelCause::CancelCommand ? "cancel requested" : "interrupted again") +
                            ": cancelling without a final checkpoint");
}

void EventRunReporter::previews(const std::vector<runtime::protocol::NodePreview>& changed) {
    for (const runtime::protocol::NodePreview& preview : changed) send(runtime::protocol::previewLine(preview));
}

void EventRunReporter::cancelled(const runtime::MetricsSnapshot& final) {
    progress(final);
    std::string message = "cancelled: no final checkpoint was taken";
    if (!args_.checkpointDir.empty()) message += "; " + lastCheckpointText(final) + " in " + args_.checkpointDir;
    send(runtime::protocol::finishedLine(Outcome::Cancelled, message, ""));
}

void EventRunReporter::failed(const Error& error, const runtime::MetricsSnapshot& final) {
    progress(final);
    send(runtime::protocol::finishedLine(Outcome::Failed, error.message, error.location));
}

void EventRunReporter::finished(const runtime::MetricsSnapshot& final) {
    progress(final);
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%.1f", final.elapsedSeconds);
    std::string message = std::to_string(final.sourceRecords()) + " record(s) read, " +
                          std::to_string(final.sinkRecords()) + (args_.preview ? " captured" : " written") +
                          " by sinks in " + seconds + " s";
    if (final.checkpoints.lastId != 0)
        message += "; last checkpoint " + std::to_string(final.checkpoints.lastId) + " in " + args_.checkpointDir;
    send(runtime::protocol::finishedLine(Outcome::Ok, message, ""));
}

}  // namespace sw::cli
