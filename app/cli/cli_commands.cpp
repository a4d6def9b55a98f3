#include "cli/cli_commands.h"

#include <csignal>
#include <filesystem>
#include <fstream>

#include "cli/diagnostic_printer.h"
#include "cli/stop_escalation.h"
#include "model/job_file.h"
#include "runtime/engine/plan.h"
#include "sql/generator.h"
#include "validate/validator.h"

namespace sw::cli {

namespace {

// Writes through a temp file and rename, so a failed export never truncates an older file.
Status writeTextFile(const std::string& path, const std::string& text) {
    const std::string temp = path + ".tmp";
    {
        std::ofstream file(temp, std::ios::binary | std::ios::trunc);
        if (!file) return Error{"cannot write file", path};
        file << text;
        if (!file.flush()) return Error{"write failed", path};
    }
    std::error_code ec;
    std::filesystem::rename(temp, path, ec);
    if (ec) return Error{"cannot replace file: " + ec.message(), path};
    return Ok{};
}

int validateCommand(const CliArguments& args, const model::JobGraph& job, std::ostream& out, std::ostream& err) {
    const auto diagnostics = validate::validateJob(job, args.dialect);
    printDiagnostics(err, args.jobFile, job, diagnostics);
    std::size_t errors = 0;
    for (const auto& d : diagnostics) errors += d.severity == analysis::Severity::Error;
    out << args.jobFile << ": " << (errors ? "invalid" : "valid") << " for " << kinds::toString(args.dialect)
        << " (" << errors << " error(s), " << diagnostics.size() - errors << " warning(s))\n";
    return errors ? kExitInvalid : kExitOk;
}

int sqlCommand(const CliArguments& args, const model::JobGraph& job, std::ostream& out, std::ostream& err) {
    const auto diagnostics = validate::validateJob(job, args.dialect);
    printDiagnostics(err, args.jobFile, job, diagnostics);
    if (analysis::hasErrors(diagnostics)) {
        err << args.jobFile << ": not exported: fix the errors above first\n";
        return kExitInvalid;
    }
    const sql::GeneratedSql generated = sql::generateSql(job, args.dialect);
    if (args.outputFile.empty()) {
        out << generated.text;
    } else if (auto written = writeTextFile(args.outputFile, generated.text); !written) {
        err << written.error().toString() << "\n";
        return kExitInvalid;
    }
    if (!args.deploymentYamlFile.empty()) {
        if (auto written = writeTextFile(args.deploymentYamlFile, generated.deploymentYaml); !written) {
            err << written.error().toString() << "\n";
            return kExitInvalid;
        }
    }
    return kExitOk;
}

// Counts SIGINTs; the run loop polls it (a lock-free atomic is safe to touch in a handler). The
// first stops cleanly, the next one cancels (a stuck final checkpoint could wait for its timeout).
std::atomic<int> interrupts{0};
extern "C" void onInterrupt(int) { interrupts.fetch_add(1); }

// What a later --resume continues from, for the stop and cancel messages.
std::string lastCheckpointText(const runtime::MetricsSnapshot& snapshot) {
    return snapshot.checkpoints.lastId ? "the last complete checkpoint is " + std::to_string(snapshot.checkpoints.lastId)
                                       : std::string("no checkpoint completed");
}

// Installs the Ctrl-C handler for the lifetime of a run and restores the previous one after.
class InterruptGuard {
public:
    InterruptGuard() {
        interrupts = 0;
        struct sigaction action {};
        action.sa_handler = onInterrupt;
        sigemptyset(&action.sa_mask);
        sigaction(SIGINT, &action, &previous_);
    }
    ~InterruptGuard() { sigaction(SIGINT, &previous_, nullptr); }
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

private:
    struct sigaction previous_ {};
};

int runCommand(const CliArguments& args, const model::JobGraph& job, std::ostream& out, std::ostream& err) {
    runtime::PlanOptions options;
    options.dialect = args.dialect;
    options.sourceRecordLimit = args.maxRecords;
    options.standardOut = &out;
    options.standardError = &err;
    options.checkpoints = {args.checkpointDir, args.resume};
    auto plan = runtime::Plan::build(job, options);
    if (!plan) {
        err << args.jobFile << ": cannot run: " << plan.error().toString() << "\n";
        return kExitInvalid;
    }
    for (const std::string& warning : (*plan)->warnings()) err << args.jobFile << ": warning: " << warning << "\n";
    if (const auto restored = (*plan)->restoredCheckpointId())
        err << "resuming from checkpoint " << restored << " in " << args.checkpointDir << "\n";
    std::ofstream metricsFile;
    if (!args.metricsOutFile.empty()) {
        metricsFile.open(args.metricsOutFile, std::ios::trunc);
        if (!metricsFile) {
            err << args.metricsOutFile << ": cannot write file\n";
            return kExitInvalid;
        }
    }
    const auto report = [&](runtime::Plan& running) {
        const runtime::MetricsSnapshot snapshot = running.metrics().snapshot();
        err << runtime::toStatusLine(snapshot) << "\n" << std::flush;
        if (metricsFile.is_open()) metricsFile << runtime::toJsonLine(snapshot) << "\n" << std::flush;
    };

    InterruptGuard guard;
    using Clock = std::chrono::steady_clock;
    const auto started = Clock::now();
    auto nextReport = started + std::chrono::seconds(1);
    StopEscalation escalation;
    bool warnedCheckpointsStopped = false;
    (*plan)->start();
    // Short waits keep Ctrl-C and --duration prompt; the status line comes once a second.
    while (!(*plan)->waitFor(std::chrono::milliseconds(100))) {
        const auto now = Clock::now();
        const bool timeUp = args.durationSeconds &&
                            std::chrono::duration<double>(now - started).count() >= *args.durationSeconds;
        const auto checkpointsStoppedBy = (*plan)->checkpointsStoppedBy();
        // A stop ends the sources too: only an end before it stops the checkpoints early.
        if (checkpointsStoppedBy && !warnedCheckpointsStopped && !escalation.stopping()) {
            warnedCheckpointsStopped = true;
            err << "warning: checkpoints stopped: " << *checkpointsStoppedBy
                << " finished, so no later checkpoint can be aligned; "
                << lastCheckpointText((*plan)->metrics().snapshot()) << "\n" << std::flush;
        }
        const StopEscalation::Action action = escalation.next(interrupts, timeUp);
        if (action == StopEscalation::Action::Stop) {
            err << (interrupts > 0 ? "interrupted: stopping cleanly" : "duration reached: stopping");
            if (args.checkpointDir.empty()) err << "\n";
            else if (checkpointsStoppedBy) err << " without a final checkpoint (checkpoints stopped when " << *checkpointsStoppedBy << " finished)\n";
            else err << " after a final checkpoint (Ctrl-C again cancels without it)\n";
            err << std::flush;
            (*plan)->stop();
        } else if (action == StopEscalation::Action::Cancel) {
            err << "interrupted again: cancelling without a final checkpoint\n" << std::flush;
            (*plan)->cancel(Error{"cancelled by a second interrupt, without a final checkpoint", "Ctrl-C"});
        }
        if (now >= nextReport) {
            report(**plan);
            nextReport += std::chrono::seconds(1);
        }
    }
    const Status status = (*plan)->wait();
    out.flush();
    // The last snapshot holds the final totals; its rates cover only the last moments, so the
    // closing line reports totals instead.
    const runtime::MetricsSnapshot final = (*plan)->metrics().snapshot();
    if (metricsFile.is_open()) metricsFile << runtime::toJsonLine(final) << "\n" << std::flush;
    if (escalation.cancelled()) {
        err << args.jobFile << ": cancelled: no final checkpoint was taken";
        if (!args.checkpointDir.empty()) err << "; " << lastCheckpointText(final) << " in " << args.checkpointDir;
        err << "\n";
        return kExitInterrupted;
    }
    if (!status) {
        err << args.jobFile << ": run failed: " << status.error().toString() << "\n";
        return kExitInvalid;
    }
    err << "finished: " << final.sourceRecords() << " record(s) read, " << final.sinkRecords()
        << " written by sinks in " << static_cast<int>(final.elapsedSeconds * 10) / 10.0 << " s";
    // Says what a later --resume will continue from.
    if (final.checkpoints.lastId != 0)
        err << "; last checkpoint " << final.checkpoints.lastId << " in " << args.checkpointDir;
    err << "\n";
    return kExitOk;
}

}  // namespace

int runCli(const CliArguments& args, std::ostream& out, std::ostream& err) {
    switch (args.command) {
    case Command::Help:
        out << kCliUsage;
        return kExitOk;
    case Command::Version:
        out << "streamwright-cli " << SW_VERSION << "\n";
        return kExitOk;
    case Command::Validate:
    case Command::Sql:
    case Command::Run:
        break;
    }
    auto job = model::loadJobFile(args.jobFile);
    if (!job) {
        err << job.error().toString() << "\n";
        return kExitInvalid;
    }
    if (args.command == Command::Run) return runCommand(args, *job, out, err);
    return args.command == Command::Validate ? validateCommand(args, *job, out, err) : sqlCommand(args, *job, out, err);
}

int runCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    auto parsed = parseCliArguments(args);
    if (!parsed) {
        err << "streamwright-cli: " << parsed.error().message << "\n\n" << kCliUsage;
        return kExitUsage;
    }
    return runCli(*parsed, out, err);
}

}  // namespace sw::cli
