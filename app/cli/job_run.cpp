#include "cli/job_run.h"

#include <atomic>
#include <cerrno>
#include <csignal>
#include <fstream>
#include <optional>
#include <system_error>

#include "cli/cli_commands.h"
#include "cli/command_listener.h"
#include "cli/scoped_signal_handler.h"
#include "cli/stop_escalation.h"
#include "runtime/engine/plan.h"

namespace sw::cli {

namespace {

// Counts SIGINTs; the run loop polls it (a lock-free atomic is safe to touch in a handler). The
// first stops cleanly, the next one cancels (a stuck final checkpoint could wait for its timeout).
std::atomic<int> interrupts{0};
extern "C" void onInterrupt(int) { interrupts.fetch_add(1); }

// Rows per node in Data Preview: what the designer shows of a node's newest output.
constexpr std::size_t kPreviewRows = 20;

}  // namespace

int runJob(const CliArguments& args, const model::JobGraph& job, RunReporter& reporter, std::ostream& printOut,
           std::ostream& printErr, CommandListener* commands) {
    runtime::PlanOptions options;
    options.dialect = args.dialect;
    options.sourceRecordLimit = args.maxRecords;
    options.standardOut = &printOut;
    options.standardError = &printErr;
    options.checkpoints = {args.checkpointDir, args.resume};
    // A preview writes nowhere and moves no consumer group; the designer (--events) always gets
    // the nodes' outputs.
    options.captureSinks = args.preview;
    options.commitOffsets = !args.preview;
    options.kafkaToCurrentEnd = args.toCurrentEnd;
    options.previewRows = args.preview || args.events ? kPreviewRows : 0;
    auto plan = runtime::Plan::build(job, options);
    if (!plan) {
        reporter.refused(plan.error());
        return kExitInvalid;
    }
    for (const std::string& warning : (*plan)->warnings()) reporter.planWarning(warning);
    if (const auto restored = (*plan)->restoredCheckpointId()) reporter.resuming(restored);
    std::ofstream metricsFile;
    if (!args.metricsOutFile.empty()) {
        metricsFile.open(args.metricsOutFile, std::ios::trunc);
        if (!metricsFile) {
            reporter.cannotWriteMetrics(Error{"cannot write file", args.metricsOutFile});
            return kExitInvalid;
        }
    }
    const bool previews = options.previewRows > 0 || options.captureSinks;
    const std::chrono::milliseconds previewInterval =
        previews ? reporter.previewInterval() : std::chrono::milliseconds(0);
    const auto reportPreviews = [&](runtime::Plan& running) {
        if (auto changed = running.previews().takeChanged(); !changed.empty()) reporter.previews(changed);
    };
    // A metrics file that cannot be written (a full disk) fails the run: its lines are what was asked for.
    std::optional<Error> metricsProblem;
    const auto writeMetrics = [&](const runtime::MetricsSnapshot& snapshot) {
        if (!metricsFile.is_open() || metricsProblem) return;
        metricsFile << runtime::toJsonLine(snapshot) << "\n" << std::flush;
        if (!metricsFile)
            metricsProblem = Error{"cannot write metrics: " + std::error_code(errno, std::generic_category()).message(),
                                   args.metricsOutFile};
    };
    const auto report = [&](runtime::Plan& running) {
        const runtime::MetricsSnapshot snapshot = running.metrics().snapshot();
        reporter.progress(snapshot);
        writeMetrics(snapshot);
        if (metricsProblem) running.cancel(*metricsProblem);
    };

    interrupts = 0;
    const ScopedSignalHandler ctrlC(SIGINT, onInterrupt);  // for the length of the run
    using Clock = std::chrono::steady_clock;
    const auto started = Clock::now();
    auto nextReport = started + reporter.progressInterval();
    auto nextPreview = started + previewInterval;
    StopEscalation escalation;
    bool warnedCheckpointsStopped = false;
    (*plan)->start();
    reporter.started();
    // Short waits keep Ctrl-C, commands and --duration prompt; progress comes at its own interval.
    while (!(*plan)->waitFor(std::chrono::milliseconds(100))) {
        const auto now = Clock::now();
        const bool timeUp = args.durationSeconds &&
                            std::chrono::duration<double>(now - started).count() >= *args.durationSeconds;
        const CommandListener::Requests requests = commands ? commands->take() : CommandListener::Requests{};
        for (const Error& problem : requests.problems) reporter.ignoredCommand(problem);
        const auto checkpointsStoppedBy = (*plan)->checkpointsStoppedBy();
        // A stop ends the sources too: only an end before it stops the checkpoints early.
        if (checkpointsStoppedBy && !warnedCheckpointsStopped && !escalation.stopping()) {
            warnedCheckpointsStopped = true;
            reporter.checkpointsStopped(*checkpointsStoppedBy, lastCheckpointText((*plan)->metrics().snapshot()));
        }
        const int interrupted = interrupts;
        // Commands and the end of stdin stop like --duration does: only a Ctrl-C or a cancel escalates.
        const StopEscalation::Action action =
            escalation.next(interrupted, timeUp || requests.stop || requests.inputClosed, requests.cancel);
        if (action == StopEscalation::Action::Stop) {
            const StopCause cause = interrupted > 0  ? StopCause::Interrupt
                                    : requests.stop ? StopCause::StopCommand
                                    : requests.inputClosed ? StopCause::InputClosed
                                                           : StopCause::Duration;
            reporter.stopping(cause, checkpointsStoppedBy);
            (*plan)->stop();
        } else if (action == StopEscalation::Action::Cancel) {
            const CancelCause cause = requests.cancel ? CancelCause::CancelCommand : CancelCause::Interrupt;
            reporter.cancelling(cause);
            (*plan)->cancel(cause == CancelCause::CancelCommand
                                ? Error{"cancelled by a cancel command, without a final checkpoint", "cancel command"}
                                : Error{"cancelled by a second interrupt, without a final checkpoint", "Ctrl-C"});
        }
        if (now >= nextReport) {
            report(**plan);
            nextReport += reporter.progressInterval();
        }
        if (previewInterval.count() > 0 && now >= nextPreview) {
            reportPreviews(**plan);
            nextPreview += previewInterval;
        }
    }
    Status status = (*plan)->wait();
    printOut.flush();
    printErr.flush();
    if (previews) reportPreviews(**plan);  // the last rows, before the run's last word
    const runtime::MetricsSnapshot final = (*plan)->metrics().snapshot();
    writeMetrics(final);
    if (status && metricsProblem) status = *metricsProblem;
    if (escalation.cancelled()) {
        reporter.cancelled(final);
        return kExitInterrupted;
    }
    if (!status) {
        reporter.failed(status.error(), final);
        return kExitInvalid;
    }
    reporter.finished(final);
    return kExitOk;
}

}  // namespace sw::cli
