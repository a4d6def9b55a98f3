#include "cli/terminal_run_reporter.h"

namespace sw::cli {

void TerminalRunReporter::refused(const Error& error) {
    err_ << args_.jobFile << ": cannot run: " << error.toString() << "\n";
}

void TerminalRunReporter::cannotWriteMetrics(const Error& error) {
    err_ << error.toString() << "\n";
}

void TerminalRunReporter::planWarning(const std::string& warning) {
    err_ << args_.jobFile << ": warning: " << warning << "\n";
}

void TerminalRunReporter::resuming(std::uint64_t checkpointId) {
    err_ << "resuming from checkpoint " << checkpointId << " in " << args_.checkpointDir << "\n";
}

void TerminalRunReporter::progress(const runtime::MetricsSnapshot& snapshot) {
    err_ << runtime::toStatusLine(snapshot) << "\n" << std::flush;
}

void TerminalRunReporter::checkpointsStopped(const std::string& source, const std::string& lastCheckpoint) {
    err_ << "warning: checkpoints stopped: " << source << " finished, so no later checkpoint can be aligned; "
         << lastCheckpoint << "\n" << std::flush;
}

void TerminalRunReporter::stopping(StopCause cause, const std::optional<std::string>& checkpointsStoppedBy) {
    err_ << stoppingText(cause);
    if (args_.checkpointDir.empty()) err_ << "\n";
    else if (checkpointsStoppedBy) err_ << " without a final checkpoint (checkpoints stopped when " << *checkpointsStoppedBy << " finished)\n";
    else err_ << " after a final checkpoint (Ctrl-C again cancels without it)\n";
    err_ << std::flush;
}

void TerminalRunReporter::cancelling(CancelCause) {
    err_ << "interrupted again: cancelling without a final checkpoint\n" << std::flush;
}

void TerminalRunReporter::cancelled(const runtime::MetricsSnapshot& final) {
    err_ << args_.jobFile << ": cancelled: no final checkpoint was taken";
    if (!args_.checkpointDir.empty()) err_ << "; " << lastCheckpointText(final) << " in " << args_.checkpointDir;
    err_ << "\n";
}

void TerminalRunReporter::failed(const Error& error, const runtime::MetricsSnapshot&) {
    err_ << args_.jobFile << ": run failed: " << error.toString() << "\n";
}

void TerminalRunReporter::finished(const runtime::MetricsSnapshot& final) {
    // The last snapshot's rates cover only the last moments, so the closing line reports totals.
    err_ << "finished: " << final.sourceRecords() << " record(s) read, " << final.sinkRecords()
         << " written by sinks in " << static_cast<int>(final.elapsedSeconds * 10) / 10.0 << " s";
    // Says what a later --resume will continue from.
    if (final.checkpoints.lastId != 0)
        err_ << "; last checkpoint " << final.checkpoints.lastId << " in " << args_.checkpointDir;
    err_ << "\n";
}

}  // namespace sw::cli
