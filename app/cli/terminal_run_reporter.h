#pragma once
// TerminalRunReporter: `run` for a person at a terminal — a status line per second and every
// message on stderr, naming the job file.

#include <ostream>

#include "cli/cli_arguments.h"
#include "cli/run_reporter.h"

namespace sw::cli {

class TerminalRunReporter : public RunReporter {
public:
    // Status and messages go to `err`; what a --preview's sinks captured goes to `out`, where
    // print sinks would have written.
    TerminalRunReporter(const CliArguments& args, std::ostream& out, std::ostream& err)
        : args_(args), out_(out), err_(err) {}

    std::chrono::milliseconds progressInterval() const override { return std::chrono::seconds(1); }
    void refused(const Error& error) override;
    void cannotWriteMetrics(const Error& error) override;
    void planWarning(const std::string& warning) override;
    void resuming(std::uint64_t checkpointId) override;
    void started() override {}
    void progress(const runtime::MetricsSnapshot& snapshot) override;
    void ignoredCommand(const Error&) override {}  // a terminal run reads no commands
    void checkpointsStopped(const std::string& source, const std::string& lastCheckpoint) override;
    void stopping(StopCause cause, const std::optional<std::string>& checkpointsStoppedBy) override;
    void cancelling(CancelCause cause) override;
    std::chrono::milliseconds previewInterval() const override { return {}; }  // at the end only
    // Each capture sink's rows or table, as a short text table (sampled outputs are left out).
    void previews(const std::vector<runtime::protocol::NodePreview>& changed) override;
    void cancelled(const runtime::MetricsSnapshot& final) override;
    void failed(const Error& error, const runtime::MetricsSnapshot& final) override;
    void finished(const runtime::MetricsSnapshot& final) override;

private:
    const CliArguments& args_;
    std::ostream& out_;
    std::ostream& err_;
};

}  // namespace sw::cli
