#pragma once
// RunProtocol: how the designer drives a run in its own process (`streamwright-cli run - --events`)
// over JSON lines, so that a crash of the runtime never takes the designer with it.
//
//   designer -> run process (stdin)
//     line 1:  {"job": <job file object>, "secrets": {"NAME": "value", ...}}
//     later:   {"command": "stop"}     stop with a final checkpoint (as Ctrl-C)
//              {"command": "cancel"}   cancel without one (as a second Ctrl-C)
//   run process -> designer (stdout), one event per line:
//     {"event": "log", "level": "info"|"warning"|"error", "node": "...", "message": "..."}
//     {"event": "started"}
//     {"event": "metrics", "metrics": <toJsonLine(snapshot) object>}     at least once a second
//     {"event": "preview", ...}   a node's newest rows when they changed, at most once a second per
//                                 node, and a last round before `finished` (previewLine below)
//     {"event": "finished", "outcome": "ok"|"failed"|"cancelled"|"refused", "message": "...",
//      "location": "..."}                                                 always the last line
// Secrets travel only in line 1: never on a command line, in a file or in an event.
// With a job file instead of "-" there is no line 1: stdin carries commands only. The end of stdin
// (the designer closed it, or died) stops as "stop" does; a malformed command is a warning log
// event and changes nothing. A run that is refused sends `finished` alone (no `started`).

#include <cstdint>
#include <map>
#include <vector>
#include <optional>
#include <string>
#include <string_view>

#include "model/job_graph.h"
#include "runtime/metrics/metrics_snapshot.h"
#include "util/result.h"

namespace sw::runtime::protocol {

struct RunRequest {
    model::JobGraph job;
    std::map<std::string, std::string> secrets;  // secret name (as in ${secret.NAME}) -> value
};

enum class Command { Stop, Cancel };
enum class LogLevel { Info, Warning, Error };
enum class Outcome { Ok, Failed, Cancelled, Refused };

// The newest rows one node produced, as text (Flink's CAST(x AS STRING); null as std::nullopt).
// Output: the last rows a node emitted (every node, sampled). Append / Upsert: what a sink
// captured in a preview run instead of writing it: the last rows it would have appended, or the
// table it would hold, by primary key, plus the last changes that produced it.
struct NodePreview {
    enum class Mode { Output, Append, Upsert };
    using Row = std::vector<std::optional<std::string>>;
    std::string node;  // node id
    Mode mode = Mode::Output;
    std::vector<std::string> columns;
    std::vector<Row> rows;        // oldest first; Upsert: the table, ordered by key
    std::uint64_t total = 0;      // rows seen (Output, Append) or keys held (Upsert) in all
    std::vector<std::string> changeKinds;  // Upsert: "+I", "-U", "+U", "-D" of `changelog`
    std::vector<Row> changelog;            // Upsert: the last changes, oldest first
};

struct Event {
    enum class Kind { Log, Started, Metrics, Finished, Preview };
    Kind kind = Kind::Log;
    LogLevel level = LogLevel::Info;  // Log
    std::string node;                 // Log: the node's name, or "" for the job
    std::string message;              // Log, Finished
    std::string location;             // Finished: node / field of a failure
    Outcome outcome = Outcome::Ok;    // Finished
    MetricsSnapshot metrics;          // Metrics
    NodePreview preview;              // Preview
};

std::string requestLine(const RunRequest& request);
Result<RunRequest> parseRequestLine(std::string_view line);

std::string commandLine(Command command);
Result<Command> parseCommandLine(std::string_view line);

std::string logLine(LogLevel level, std::string_view node, std::string_view message);
std::string startedLine();
std::string metricsLine(const MetricsSnapshot& snapshot);
std::string finishedLine(Outcome outcome, std::string_view message, std::string_view location);
//     {"event": "preview", "node": "...", "mode": "output"|"append"|"upsert", "columns": [...],
//      "rows": [[...]], "total": N, "changes": [["+I", ...]]}   a node's newest rows, when they changed
std::string previewLine(const NodePreview& preview);
// Any event line; the error names what is wrong with it (the designer shows it as a log line).
Result<Event> parseEventLine(std::string_view line);

// The snapshot toJsonLine wrote, read back (what the designer charts). isSource / isSink, which
// toJsonLine leaves out, come from the kind's role in kinds::Catalog (neither for an unknown kind).
Result<MetricsSnapshot> parseMetricsJson(std::string_view json);

const char* toString(LogLevel level);
const char* toString(Outcome outcome);

}  // namespace sw::runtime::protocol
