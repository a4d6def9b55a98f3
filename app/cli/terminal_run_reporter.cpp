#include "cli/terminal_run_reporter.h"

#include <algorithm>

namespace sw::cli {

namespace {

using runtime::protocol::NodePreview;

// Enough rows to recognise the data in a terminal; the designer shows all of a capture.
constexpr std::size_t kShownRows = 20;

// `rows` under their column names, each column as wide as its widest text, indented.
void printTable(std::ostream& out, const std::vector<std::string>& columns, const std::vector<NodePreview::Row>& rows) {
    const auto text = [](const std::optional<std::string>& value) -> const std::string& {
        static const std::string kNull = "NULL";
        return value ? *value : kNull;
    };
    std::vector<std::size_t> widths;
    for (const std::string& name : columns) widths.push_back(name.size());
    for (const NodePreview::Row& row : rows) {
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], text(row[i]).size());
    }
    const auto line = [&](const auto& cellAt, std::size_t count) {
        out << " ";
        for (std::size_t i = 0; i < count; ++i) {
            const std::string& cell = cellAt(i);
            out << (i ? " | " : " ") << cell;
            if (i + 1 < count) out << std::string(widths[i] - std::min(widths[i], cell.size()), ' ');
        }
        out << "\n";
    };
    line([&](std::size_t i) -> const std::string& { return columns[i]; }, columns.size());
    for (const NodePreview::Row& row : rows)
        line([&](std::size_t i) -> const std::string& { return text(row[i]); }, std::min(row.size(), widths.size()));
}

}  // namespace

void TerminalRunReporter::previews(const std::vector<NodePreview>& changed) {
    for (const NodePreview& preview : changed) {
        if (preview.mode == NodePreview::Mode::Append) {
            const std::size_t shown = std::min(kShownRows, preview.rows.size());
            out_ << "sink '" << preview.node << "' would have appended " << preview.total << " row(s)";
            if (shown < preview.total) out_ << "; the last " << shown;
            out_ << ":\n";
            const auto first = preview.rows.end() - static_cast<std::ptrdiff_t>(shown);
            printTable(out_, preview.columns, {first, preview.rows.end()});
        } else if (preview.mode == NodePreview::Mode::Upsert) {
            const std::size_t shown = std::min(kShownRows, preview.rows.size());
            out_ << "sink '" << preview.node << "' would hold " << preview.total << " row(s) by primary key";
            if (shown < preview.total) out_ << "; the first " << shown << " by key";
            out_ << ":\n";
            const auto end = preview.rows.begin() + static_cast<std::ptrdiff_t>(shown);
            printTable(out_, preview.columns, {preview.rows.begin(), end});
        }
    }
    out_ << std::flush;
}

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
         << (args_.preview ? " captured" : " written") << " by sinks in "
         << static_cast<int>(final.elapsedSeconds * 10) / 10.0 << " s";
    // Says what a later --resume will continue from.
    if (final.checkpoints.lastId != 0)
        err_ << "; last checkpoint " << final.checkpoints.lastId << " in " << args_.checkpointDir;
    err_ << "\n";
}

}  // namespace sw::cli
