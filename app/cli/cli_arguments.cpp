#include "cli/cli_arguments.h"

#include <charconv>
#include <cmath>
#include <set>

namespace sw::cli {

namespace {

// A sample is read into memory: ten thousand messages show every shape a topic has.
constexpr int kMaxSamples = 10000;

// The whole of `text` as a number, or nothing.
template <typename Number>
std::optional<Number> parseNumber(const std::string& text) {
    Number number{};
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (ec != std::errc{} || end != text.data() + text.size()) return std::nullopt;
    return number;
}

template <std::string CliArguments::*field>
Status setText(CliArguments& parsed, const std::string& text) {
    parsed.*field = text;
    return Ok{};
}

template <bool CliArguments::*field>
Status setFlag(CliArguments& parsed, const std::string&) {
    parsed.*field = true;
    return Ok{};
}

Status setDialect(CliArguments& parsed, const std::string& text) {
    const auto dialect = kinds::parseDialect(text);
    if (!dialect) return Error{"unknown dialect '" + text + "' (expected aliyun-vvr or apache-flink)", "--dialect"};
    parsed.dialect = *dialect;
    return Ok{};
}

// A positive number of seconds; from_chars reads "nan" and "inf": neither is a time to wait for.
std::optional<double> positiveSeconds(const std::string& text) {
    const auto seconds = parseNumber<double>(text);
    if (!seconds || !std::isfinite(*seconds) || *seconds <= 0) return std::nullopt;
    return seconds;
}

Status setDuration(CliArguments& parsed, const std::string& text) {
    const auto seconds = positiveSeconds(text);
    if (!seconds) return Error{"--duration needs a positive number of seconds, not '" + text + "'", "--duration"};
    parsed.durationSeconds = *seconds;
    return Ok{};
}

Status setMaxRecords(CliArguments& parsed, const std::string& text) {
    const auto records = parseNumber<std::uint64_t>(text);
    if (!records || *records == 0)
        return Error{"--max-records needs a positive whole number, not '" + text + "'", "--max-records"};
    parsed.maxRecords = *records;
    return Ok{};
}

Status setTimeout(CliArguments& parsed, const std::string& text) {
    const auto seconds = positiveSeconds(text);
    // The clients count milliseconds in an int: an hour is more than any check should wait.
    if (!seconds || *seconds > 3600)
        return Error{"--timeout needs a number of seconds above 0 and at most 3600, not '" + text + "'", "--timeout"};
    parsed.timeoutSeconds = *seconds;
    return Ok{};
}

Status setNode(CliArguments& parsed, const std::string& text) {
    if (text.empty()) return Error{"--node needs a node id", "--node"};
    parsed.nodeId = text;
    return Ok{};
}

Status setSamples(CliArguments& parsed, const std::string& text) {
    const auto samples = parseNumber<int>(text);
    if (!samples || *samples <= 0 || *samples > kMaxSamples)
        return Error{"--samples needs a whole number from 1 to " + std::to_string(kMaxSamples) + ", not '" + text + "'",
                     "--samples"};
    parsed.samples = *samples;
    return Ok{};
}

Status setCheckpointDir(CliArguments& parsed, const std::string& text) {
    if (text.empty()) return Error{"--checkpoint-dir needs a directory", "--checkpoint-dir"};
    parsed.checkpointDir = text;
    return Ok{};
}

Status setProfile(CliArguments& parsed, const std::string& text) {
    if (text.empty()) return Error{"--profile needs a run profile's name", "--profile"};
    parsed.profile = text;
    return Ok{};
}

// One option: its name (and other spelling), the command it belongs to (none: every command),
// whether it takes a value, and what it sets.
struct OptionSpec {
    std::string name;
    std::string alias;
    std::optional<Command> command;
    bool takesValue;
    Status (*apply)(CliArguments& parsed, const std::string& value);
};

const std::vector<OptionSpec>& optionSpecs() {
    static const std::vector<OptionSpec> specs = {
        {"--dialect", "", std::nullopt, true, setDialect},
        {"-o", "--output", Command::Sql, true, setText<&CliArguments::outputFile>},
        {"--deployment-yaml", "", Command::Sql, true, setText<&CliArguments::deploymentYamlFile>},
        {"--duration", "", Command::Run, true, setDuration},
        {"--max-records", "", Command::Run, true, setMaxRecords},
        {"--metrics-out", "", Command::Run, true, setText<&CliArguments::metricsOutFile>},
        {"--checkpoint-dir", "", Command::Run, true, setCheckpointDir},
        {"--resume", "", Command::Run, false, setFlag<&CliArguments::resume>},
        {"--events", "", Command::Run, false, setFlag<&CliArguments::events>},
        {"--preview", "", Command::Run, false, setFlag<&CliArguments::preview>},
        {"--to-current-end", "", Command::Run, false, setFlag<&CliArguments::toCurrentEnd>},
        {"--node", "", Command::Check, true, setNode},
        {"--timeout", "", Command::Check, true, setTimeout},
        {"--node", "", Command::Infer, true, setNode},
        {"--timeout", "", Command::Infer, true, setTimeout},
        {"--samples", "", Command::Infer, true, setSamples},
        {"--apply", "", Command::Infer, false, setFlag<&CliArguments::apply>},
        {"--profile", "", Command::Run, true, setProfile},
        {"--profile", "", Command::Check, true, setProfile},
        {"--profile", "", Command::Infer, true, setProfile},
    };
    return specs;
}

const OptionSpec* findOption(const std::string& name, Command command) {
    for (const OptionSpec& spec : optionSpecs()) {
        const bool named = name == spec.name || (!spec.alias.empty() && name == spec.alias);
        if (named && (!spec.command || spec.command == command)) return &spec;
    }
    return nullptr;
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
    "  check JOB [--node ID] [--timeout S]\n"
    "                                 test the connections of the job's Kafka and MySQL/JDBC nodes (or\n"
    "                                 of node ID): servers reached, login, TLS, topics and offsets,\n"
    "                                 tables against the declared schema; each check waits at most S\n"
    "                                 seconds (default 10); secrets come from SW_SECRET_<NAME>\n"
    "  infer JOB --node ID [--samples N] [--timeout S] [--apply]\n"
    "                                 propose the schema of node ID from its server: a MySQL/JDBC\n"
    "                                 node's table, or up to N (default 100) of the newest JSON\n"
    "                                 messages of a Kafka node's topic; prints the proposal and its\n"
    "                                 difference from the declared schema; --apply writes it into JOB\n"
    "  run|check|infer ... --profile NAME\n"
    "                                 reach the job's endpoints as the run profile NAME says (e.g.\n"
    "                                 through an SSH jump host); profiles are kept in\n"
    "                                 $XDG_CONFIG_HOME/Streamwright/run-profiles.json\n"
    "  --help                         show this text\n"
    "  --version                      show the version\n"
    "\n"
    "Options take their value as --opt=V or --opt V; each may be given once.\n"
    "Dialects: aliyun-vvr (Alibaba Cloud Realtime Compute, default), apache-flink\n"
    "Exit codes: 0 ok, 1 invalid job, file error, run failure, failed connection check or unreachable\n"
    "server (infer), 2 usage error\n";

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
    else if (command == "check") parsed.command = Command::Check;
    else if (command == "infer") parsed.command = Command::Infer;
    else return Error{"unknown command '" + command + "' (expected validate, sql, run, check, infer, --help or --version)",
                      "arguments"};

    std::set<std::string> seen;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& arg = args[i];
        // GNU style: "--name=value" and "--name value" are the same option.
        const std::size_t equals = arg.starts_with("--") ? arg.find('=') : std::string::npos;
        const std::string name = arg.substr(0, equals);
        const std::optional<std::string> inlineValue =
            equals == std::string::npos ? std::nullopt : std::optional<std::string>(arg.substr(equals + 1));
        const OptionSpec* option = findOption(name, parsed.command);
        if (!option) {
            if (arg == kJobFromStdin && parsed.command == Command::Run && parsed.jobFile.empty()) {
                parsed.jobFile = arg;
                continue;
            }
            if (arg.starts_with("-")) return Error{"unknown option '" + name + "' for " + command, "arguments"};
            if (!parsed.jobFile.empty()) return Error{"unexpected argument '" + arg + "' (one job file only)", "arguments"};
            parsed.jobFile = arg;
            continue;
        }
        // A repeated option is a mistake in a script, not a request to take the last one.
        if (!seen.insert(option->name).second) return Error{option->name + " given twice", option->name};
        std::string value;
        if (option->takesValue) {
            if (inlineValue) value = *inlineValue;
            else if (i + 1 < args.size()) value = args[++i];
            else return Error{option->name + " needs a value", option->name};
        } else if (inlineValue) {
            return Error{option->name + " takes no value", option->name};
        }
        if (auto applied = option->apply(parsed, value); !applied) return applied.error();
    }
    if (parsed.jobFile.empty()) return Error{command + " needs a job file", "arguments"};
    if (parsed.jobFile == kJobFromStdin && !parsed.events)
        return Error{"the job file '-' (the job on stdin) needs --events", "arguments"};
    if (parsed.command == Command::Infer && parsed.nodeId.empty())
        return Error{"infer needs --node ID (the node whose schema to infer)", "--node"};
    if (parsed.resume && parsed.checkpointDir.empty())
        return Error{"--resume needs --checkpoint-dir DIR (the checkpoints to resume from)", "--resume"};
    if (parsed.durationSeconds && parsed.maxRecords)
        return Error{"--duration and --max-records exclude each other", "arguments"};
    return parsed;
}

}  // namespace sw::cli
