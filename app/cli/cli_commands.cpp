#include "cli/cli_commands.h"

#include <unistd.h>

#include "cli/connection_check.h"
#include "cli/diagnostic_printer.h"
#include "cli/event_run.h"
#include "cli/job_run.h"
#include "cli/schema_inference.h"
#include "cli/terminal_run_reporter.h"
#include "model/job_file.h"
#include "model/text_file.h"
#include "runtime/net/endpoint_route.h"
#include "runtime/net/run_profile_store.h"
#include "sql/generator.h"
#include "validate/validator.h"

namespace sw::cli {

namespace {

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
    } else if (auto written = model::writeTextFile(args.outputFile, generated.text); !written) {
        err << written.error().toString() << "\n";
        return kExitInvalid;
    }
    if (!args.deploymentYamlFile.empty()) {
        if (auto written = model::writeTextFile(args.deploymentYamlFile, generated.deploymentYaml); !written) {
            err << written.error().toString() << "\n";
            return kExitInvalid;
        }
    }
    return kExitOk;
}

int runCommand(const CliArguments& args, const model::JobGraph& job, std::ostream& out, std::ostream& err) {
    TerminalRunReporter reporter(args, out, err);
    return runJob(args, job, reporter, out, err);
}

int jobCommand(const CliArguments& args, std::ostream& out, std::ostream& err) {
    // The designer's run reads its job from stdin, and a refusal is an event, not a text line.
    if (args.command == Command::Run && args.events) return runWithEvents(args, STDIN_FILENO, out, err);
    auto job = model::loadJobFile(args.jobFile);
    if (!job) {
        err << job.error().toString() << "\n";
        return kExitInvalid;
    }
    if (args.command == Command::Run) return runCommand(args, *job, out, err);
    const int code = args.command == Command::Validate ? validateCommand(args, *job, out, err)
                     : args.command == Command::Sql    ? sqlCommand(args, *job, out, err)
                     : args.command == Command::Infer  ? inferSchema(args, std::move(*job), out, err)
                                                       : checkConnections(args, *job, out, err);
    // The verdict, the SQL or the report is the product of these commands: not having written it is a failure.
    if (!out.flush()) {
        err << "streamwright-cli: cannot write to standard output\n";
        return kExitInvalid;
    }
    return code;
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
    case Command::Check:
    case Command::Infer:
        break;
    }
    auto route = runtime::EndpointRoute::forProfile(args.profile, runtime::RunProfileStore::forUser());
    if (!route) {
        err << route.error().toString() << "\n";
        return kExitInvalid;
    }
    const runtime::EndpointRoute::Activation activation(*route);
    const int code = jobCommand(args, out, err);
    // What went through the jump host, so a user (and the VPC test) can see every endpoint was mapped.
    if (*route)
        for (const std::string& line : (*route)->forwards())
            err << "jump host " << (*route)->tunnel().jumpHost() << ": forwarded " << line << "\n";
    return code;
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
