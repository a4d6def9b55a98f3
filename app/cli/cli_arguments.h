#pragma once
// CliArguments: the parsed command line of streamwright-cli (and the GUI's --headless mode).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kinds/node_kind.h"
#include "util/result.h"

namespace sw::cli {

enum class Command { Help, Version, Validate, Sql, Run, Check, Infer };

struct CliArguments {
    Command command = Command::Help;
    std::string jobFile;
    kinds::Dialect dialect = kinds::Dialect::AliyunVvr;
    std::string outputFile;          // sql -o FILE ("" = stdout)
    std::string deploymentYamlFile;  // sql --deployment-yaml FILE
    std::optional<double> durationSeconds;     // run --duration S: stop cleanly after S seconds
    std::optional<std::uint64_t> maxRecords;   // run --max-records N: each source ends after N rows
    std::string metricsOutFile;                // run --metrics-out FILE: one JSON snapshot per line
    std::string checkpointDir;                 // run --checkpoint-dir DIR: take checkpoints there
    bool resume = false;                       // run --resume: restore the newest checkpoint in DIR
    // run --events: speak RunProtocol (runtime/protocol/run_protocol.h) — commands on stdin, events
    // on stdout; with the job file "-" the job and its secrets come as the first stdin line.
    bool events = false;
    // run --preview: a safe preview — sinks capture what they would write instead of writing,
    // Kafka sources commit no offsets; the captures are shown (events: "preview" events).
    bool preview = false;
    // run --to-current-end: Kafka sources end at each partition's end as it was when reading began.
    bool toCurrentEnd = false;
    std::string nodeId;          // check --node ID: only this node ("" = every node); infer --node ID: the node
    double timeoutSeconds = 10;  // check/infer --timeout S: bounds each step of reaching the server
    int samples = 100;           // infer --samples N: Kafka messages read at most
    bool apply = false;          // infer --apply: write the proposed schema into the job file
    // run/check/infer --profile NAME: the run profile (runtime/net/run_profile_store.h) that says
    // how endpoints are reached ("" = as written).
    std::string profile;
};

// The job file argument that means "the request line on stdin" (run --events only).
inline constexpr const char* kJobFromStdin = "-";

// Errors are usage errors (exit code 2); the message says what was wrong and what is accepted.
Result<CliArguments> parseCliArguments(const std::vector<std::string>& args);

extern const char* const kCliUsage;

}  // namespace sw::cli
