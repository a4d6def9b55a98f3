#include "cli/event_run.h"

#include <csignal>
#include <cstdlib>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "cli/cli_commands.h"
#include "cli/command_listener.h"
#include "cli/scoped_signal_handler.h"
#include "cli/event_run_reporter.h"
#include "cli/job_run.h"
#include "model/job_file.h"
#include "runtime/engine/secret_resolver.h"
#include "runtime/protocol/run_protocol.h"

namespace sw::cli {

namespace {

// Puts the request's secrets where SecretResolver looks (SW_SECRET_<NAME>) for the run, and
// restores what the environment held before. Set before any thread starts: setenv is not
// safe against a concurrent getenv.
class SecretEnvironment {
public:
    explicit SecretEnvironment(const std::map<std::string, std::string>& secrets) {
        for (const auto& [name, value] : secrets) {
            std::string variable = runtime::SecretResolver::variableFor(name);
            const char* before = std::getenv(variable.c_str());
            previous_.push_back({variable, before ? std::optional<std::string>(before) : std::nullopt});
            ::setenv(variable.c_str(), value.c_str(), 1);
        }
    }
    ~SecretEnvironment() {
        for (auto entry = previous_.rbegin(); entry != previous_.rend(); ++entry) {
            if (entry->second) ::setenv(entry->first.c_str(), entry->second->c_str(), 1);
            else ::unsetenv(entry->first.c_str());
        }
    }
    SecretEnvironment(const SecretEnvironment&) = delete;
    SecretEnvironment& operator=(const SecretEnvironment&) = delete;

private:
    std::vector<std::pair<std::string, std::optional<std::string>>> previous_;
};

}  // namespace

int runWithEvents(const CliArguments& args, int inputFd, std::ostream& out, std::ostream& err) {
    EventRunReporter reporter(args, out);
    // A designer that died closes our stdout too: a write must fail, not kill the run with SIGPIPE
    // before the end of stdin stops it (with its final checkpoint).
    const ScopedSignalHandler brokenPipe(SIGPIPE, SIG_IGN);
    CommandListener commands(inputFd);
    runtime::protocol::RunRequest request;
    if (args.jobFile == kJobFromStdin) {
        const auto line = commands.readLine();
        if (!line) {
            reporter.refused(Error{"stdin ended before the request line (the job and its secrets)", "request line"});
            return kExitInvalid;
        }
        auto parsed = runtime::protocol::parseRequestLine(*line);
        if (!parsed) {
            reporter.refused(parsed.error());
            return kExitInvalid;
        }
        request = std::move(*parsed);
    } else {
        auto job = model::loadJobFile(args.jobFile);
        if (!job) {
            reporter.refused(job.error());
            return kExitInvalid;
        }
        request.job = std::move(*job);
    }
    const SecretEnvironment secrets(request.secrets);
    commands.start();
    // Print sinks go to stderr: stdout carries protocol lines only.
    return runJob(args, request.job, reporter, err, err, &commands);
}

}  // namespace sw::cli
