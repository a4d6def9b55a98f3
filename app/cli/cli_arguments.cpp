#include "cli/cli_arguments.h"

#include <charconv>

namespace sw::cli {

namespace {

// The whole of `text` as a number, or nothing.
template <typename Number>
std::optional<Number> parseNumber(const std::string& text) {
    Number number{};
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (ec != std::errc{} || end != text.data() + text.size()) return std::nullopt;
    return number;
}

}  // namespace

const char* const kCliUsage =
    "Usage: streamwright-cli COMMAND [OPTIONS]\n"
    "\n"
    "Commands:\n"
    "  validate JOB [--dialect D]     check a job file; prints diagnostics\n"
    "  sql JOB [--dialect D] [-o FILE] [--deployment-yaml FILE]\n"
    "                                 export the job as Flink SQL (refused while the job has errors)\n"
    "  run JOB [--resume] [--checkpoint-dir DIR] [--duration S | --max-records N] [--metrics-out FILE]\n"
    "                                 run the job on the embedded local runtime: print sinks write to\n"
    "                                 stdout, a metrics line per second goes to stderr; Ctrl-C stops;\n"
    "                                 with --checkpoint-dir checkpoints are written to DIR (interval\n"
    "                                 from the job settings) and --resume restarts from the newest\n"
    "  run JOB|- --events [run options]\n"
    "                                 the same, driven by the designer over JSON lines: events on\n"
    "                                 stdout, print sinks on stderr, commands {\"command\":\"stop\"|\"cancel\"}\n"
    "                                 on stdin (end of stdin stops); JOB \"-\": the first stdin line is\n"
    "                                 {\"job\": <job file object>, \"secrets\": {\"NAME\": \"value\"}}\n"
    "  run ... --preview              a safe preview: sources read as usual, but no sink writes (each\n"
    "                                 captures its last rows, or its table by primary key) and no Kafka\n"
    "                                 offsets are committed; the captures are printed at the end\n"
    "                                 (with --events: sent as preview events)\n"
    "  run ... --to-current-end       Kafka sources read each partition up to its end as it is when\n"
    "                                 reading begins, then end (what is there now; not exported)\n"
    "  --help                         show this text\n"
    "  --version                      show the version\n"
    "\n"
    "Dialects: aliyun-vvr (Alibaba Cloud Realtime Compute, default), apache-flink\n"
    "Exit codes: 0 ok, 1 invalid job, file error or run failure, 2 usage error\n";

Result<CliArguments> parseCliArguments(const std::vector<std::string>& args) {
    CliArguments parsed;
    if (args.empty()) return Error{"no command given", "arguments"};
    const std::string& command = args.front();
    if (command == "--help" || command == "-h" || command == "help") return parsed;
    if (command == "--version") {
        parsed.command = Command::Version;
        return parsed;
    }
    if (command == "validate") parsed.command = Command::Validate;
    else if (command == "sql") parsed.command = Command::Sql;
    else if (command == "run") parsed.command = Command::Run;
    else return Error{"unknown command '" + command + "' (expected validate, sql, run, --help or --version)", "arguments"};

    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& arg = args[i];
        const auto value = [&](const char* flag) -> Result<std::string> {
            if (i + 1 >= args.size()) return Error{std::string(flag) + " needs a value", "arguments"};
            return args[++i];
        };
        if (arg == "--dialect") {
            auto text = value("--dialect");
            if (!text) return text.error();
            const auto dialect = kinds::parseDialect(*text);
            if (!dialect) return Error{"unknown dialect '" + *text + "' (expected aliyun-vvr or apache-flink)", "--dialect"};
            parsed.dialect = *dialect;
        } else if ((arg == "-o" || arg == "--output") && parsed.command == Command::Sql) {
            auto text = value("-o");
            if (!text) return text.error();
            parsed.outputFile = *text;
        } else if (arg == "--deployment-yaml" && parsed.command == Command::Sql) {
            auto text = value("--deployment-yaml");
            if (!text) return text.error();
            parsed.deploymentYamlFile = *text;
        } else if (arg == "--duration" && parsed.command == Command::Run) {
            auto text = value("--duration");
            if (!text) return text.error();
            auto seconds = parseNumber<double>(*text);
            if (!seconds || *seconds <= 0) return Error{"--duration needs a positive number of seconds, not '" + *text + "'", "--duration"};
            parsed.durationSeconds = *seconds;
        } else if (arg == "--max-records" && parsed.command == Command::Run) {
            auto text = value("--max-records");
            if (!text) return text.error();
            auto records = parseNumber<std::uint64_t>(*text);
            if (!records || *records == 0) return Error{"--max-records needs a positive whole number, not '" + *text + "'", "--max-records"};
            parsed.maxRecords = *records;
        } else if (arg == "--metrics-out" && parsed.command == Command::Run) {
            auto text = value("--metrics-out");
            if (!text) return text.error();
            parsed.metricsOutFile = *text;
        } else if (arg == "--checkpoint-dir" && parsed.command == Command::Run) {
            auto text = value("--checkpoint-dir");
            if (!text) return text.error();
            if (text->empty()) return Error{"--checkpoint-dir needs a directory", "--checkpoint-dir"};
            parsed.checkpointDir = *text;
        } else if (arg == "--resume" && parsed.command == Command::Run) {
            parsed.resume = true;
        } else if (arg == "--events" && parsed.command == Command::Run) {
            parsed.events = true;
        } else if (arg == "--preview" && parsed.command == Command::Run) {
            parsed.preview = true;
        } else if (arg == "--to-current-end" && parsed.command == Command::Run) {
            parsed.toCurrentEnd = true;
        } else if (arg == kJobFromStdin && parsed.command == Command::Run && parsed.jobFile.empty()) {
            parsed.jobFile = arg;
        } else if (arg.starts_with("-")) {
            return Error{"unknown option '" + arg + "' for " + command, "arguments"};
        } else if (parsed.jobFile.empty()) {
            parsed.jobFile = arg;
        } else {
            return Error{"unexpected argument '" + arg + "' (one job file only)", "arguments"};
        }
    }
    if (parsed.jobFile.empty()) return Error{command + " needs a job file", "arguments"};
    if (parsed.jobFile == kJobFromStdin && !parsed.events)
        return Error{"the job file '-' (the job on stdin) needs --events", "arguments"};
    if (parsed.resume && parsed.checkpointDir.empty())
        return Error{"--resume needs --checkpoint-dir DIR (the checkpoints to resume from)", "--resume"};
    if (parsed.durationSeconds && parsed.maxRecords)
        return Error{"--duration and --max-records exclude each other", "arguments"};
    return parsed;
}

}  // namespace sw::cli
