#pragma once
// EventRunReporter: `run --events` for the designer — every message as one RunProtocol event line
// on stdout, flushed at once, ending with exactly one `finished`.

#include <ostream>

#include "cli/cli_arguments.h"
#include "cli/run_reporter.h"
#include "runtime/protocol/run_protocol.h"

namespace sw::cli {

class EventRunReporter : public RunReporter {
public:
    EventRunReporter(const CliArguments& args, std::ostream& out) : args_(args), out_(out) {}

    // Twice the protocol's minimum rate, so a chart moves smoothly.
    std::chrono::milliseconds progressInterval() const override { return std::chrono::milliseconds(500); }
    void refused(const Error& error) override;
    void cannotWriteMetrics(const Error& error) override { refused(error); }
    void planWarning(const std::string& warning) override;
    void resuming(std::uint64_t checkpointId) override;
    void started() override;
    void progress(const runtime::MetricsSnapshot& snapshot) override;
    void ignoredCommand(const Error& error) override;
    void checkpointsStopped(const std::string& source, const std::string& lastCheckpoint) override;
    void stopping(StopCause cause, const std::optional<std::string>& checkpointsStoppedBy) override;
    void cancelling(CancelCause cause) override;
    // The protocol's pace: a node's preview at most once a second, and only when it changed.
    std::chrono::milliseconds previewInterval() const override { return std::chrono::seconds(1); }
    void previews(const std::vector<runtime::protocol::NodePreview>& changed) override;
    void cancelled(const runtime::MetricsSnapshot& final) override;
    void failed(const Error& error, const runtime::MetricsSnapshot& final) override;
    void finished(const runtime::MetricsSnapshot& final) override;

private:
    void send(const std::string& line);
    void log(runtime::protocol::LogLevel level, const std::string& message);

    const CliArguments& args_;
    std::ostream& out_;
};

}  // namespace sw::cli
