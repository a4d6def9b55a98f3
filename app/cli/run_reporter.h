#pragma once
// RunReporter: how `run` tells what happens — text for a terminal, or RunProtocol events for the
// designer (--events). The run loop (job_run.h) decides what happens; a reporter only words it.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "runtime/metrics/metrics_snapshot.h"
#include "runtime/protocol/run_protocol.h"
#include "util/result.h"

namespace sw::cli {

// What made the run stop cleanly.
enum class StopCause { Interrupt, Duration, StopCommand, InputClosed };
// What cancelled it: a second Ctrl-C, or the designer's cancel command.
enum class CancelCause { Interrupt, CancelCommand };

class RunReporter {
public:
    virtual ~RunReporter() = default;

    // How often progress() comes while the job runs.
    virtual std::chrono::milliseconds progressInterval() const = 0;

    // Before the start (the run exits 1): the job cannot run (the error names the node), or the
    // --metrics-out file cannot be written.
    virtual void refused(const Error& error) = 0;
    virtual void cannotWriteMetrics(const Error& error) = 0;
    virtual void planWarning(const std::string& warning) = 0;
    virtual void resuming(std::uint64_t checkpointId) = 0;
    virtual void started() = 0;

    // While it runs.
    virtual void progress(const runtime::MetricsSnapshot& snapshot) = 0;
    virtual void ignoredCommand(const Error& error) = 0;  // a malformed line on stdin
    // A source ended before any stop, so no later checkpoint can be aligned; `lastCheckpoint` says
    // which one a --resume would continue from.
    virtual void checkpointsStopped(const std::string& source, const std::string& lastCheckpoint) = 0;
    // `checkpointsStoppedBy`: the source whose end stopped the checkpoints, if one did.
    virtual void stopping(StopCause cause, const std::optional<std::string>& checkpointsStoppedBy) = 0;
    virtual void cancelling(CancelCause cause) = 0;

    // Data Preview (--preview, --events): how often previews() comes while the job runs; zero:
    // only once, after the run ended. Either way a last round comes before cancelled, failed or
    // finished.
    virtual std::chrono::milliseconds previewInterval() const = 0;
    // The nodes whose preview changed since the previous call (the first: every one with data).
    virtual void previews(const std::vector<runtime::protocol::NodePreview>& changed) = 0;

    // The end, with the final snapshot (exit 130, 1 and 0).
    virtual void cancelled(const runtime::MetricsSnapshot& final) = 0;
    virtual void failed(const Error& error, const runtime::MetricsSnapshot& final) = 0;
    virtual void finished(const runtime::MetricsSnapshot& final) = 0;
};

// "interrupted: stopping cleanly", "duration reached: stopping", ...
const char* stoppingText(StopCause cause);
// What a later --resume continues from, for the stop and cancel messages.
std::string lastCheckpointText(const runtime::MetricsSnapshot& snapshot);

}  // namespace sw::cli
