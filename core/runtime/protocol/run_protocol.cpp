#include "runtime/protocol/run_protocol.h"

#include <algorithm>
#include <iterator>

#include "kinds/catalog.h"
#include "model/job_file.h"
#include "model/secret_ref.h"
#include "runtime/protocol/json_fields.h"

namespace sw::runtime::protocol {

namespace {

constexpr const char* kRequestLine = "request line";
constexpr const char* kCommandLine = "command line";
constexpr const char* kEventLine = "event line";
constexpr const char* kChangeKinds[] = {"+I", "-U", "+U", "-D"};  // Flink's short RowKind names

const char* modeName(NodePreview::Mode mode) {
    switch (mode) {
    case NodePreview::Mode::Output: return "output";
    case NodePreview::Mode::Append: return "append";
    case NodePreview::Mode::Upsert: return "upsert";
    }
    return "output";
}

std::optional<NodePreview::Mode> parseMode(const std::string& text) {
    for (auto mode : {NodePreview::Mode::Output, NodePreview::Mode::Append, NodePreview::Mode::Upsert}) {
        if (text == modeName(mode)) return mode;
    }
    return std::nullopt;
}

Json rowJson(const NodePreview::Row& row) {
    Json values = Json::array();
    for (const auto& value : row) values.push_back(value ? Json(*value) : Json(nullptr));
    return values;
}

// "changes": each change as one array, its kind first: ["+U", "1", "x"].
Status readChanges(JsonFields& in, NodePreview& preview) {
    std::vector<NodePreview::Row> changes = in.textRows("changes", false);
    const std::string where = std::string(kEventLine) + " / changes";
    for (std::size_t i = 0; i < changes.size(); ++i) {
        NodePreview::Row& change = changes[i];
        const bool known = !change.empty() && change.front() &&
                           std::ranges::find(kChangeKinds, *change.front()) != std::end(kChangeKinds);
        if (!known)
            return Error{"a change must start with its kind (+I, -U, +U or -D)", where + "[" + std::to_string(i) + "]"};
        preview.changeKinds.push_back(*change.front());
        change.erase(change.begin());
        preview.changelog.push_back(std::move(change));
    }
    return Ok{};
}

std::optional<LogLevel> parseLevel(const std::string& text) {
    for (LogLevel level : {LogLevel::Info, LogLevel::Warning, LogLevel::Error}) {
        if (text == toString(level)) return level;
    }
    return std::nullopt;
}

std::optional<Outcome> parseOutcome(const std::string& text) {
    for (Outcome outcome : {Outcome::Ok, Outcome::Failed, Outcome::Cancelled, Outcome::Refused}) {
        if (text == toString(outcome)) return outcome;
    }
    return std::nullopt;
}

// Secrets only as names and values: a malformed one is named, its value never repeated.
Result<std::map<std::string, std::string>> readSecrets(const Json& secrets) {
    const std::string where = std::string(kRequestLine) + " / secrets";
    if (!secrets.is_object()) return Error{"must be an object of secret names and values", where};
    std::map<std::string, std::string> result;
    for (const auto& [name, value] : secrets.items()) {
        if (!model::secretName(model::secretReference(name)))
            return Error{"'" + name + "' is not a secret name (letters, digits, '_', '.' and '-')", where};
        if (!value.is_string()) return Error{"the value of secret '" + name + "' must be a string", where + "." + name};
        std::string text = value.get<std::string>();
        // The value becomes an environment variable, which ends at the first NUL.
        if (text.find('\0') != std::string::npos)
            return Error{"the value of secret '" + name + "' contains a NUL character", where + "." + name};
        result.emplace(name, std::move(text));
    }
    return result;
}

void readNode(JsonFields& in, NodeMetrics& node) {
    node.nodeId = in.text("id");
    node.nodeName = in.text("name");
    node.kind = in.text("kind");
    node.recordsIn = in.count("recordsIn");
    node.recordsOut = in.count("recordsOut");
    node.errors = in.count("errors");
    node.recordsInPerSecond = in.number("recordsInPerSecond");
    node.recordsOutPerSecond = in.number("recordsOutPerSecond");
    // toJsonLine writes these only where they apply (lookups, sinks, windows).
    node.cacheHits = in.optionalCount("cacheHits").value_or(0);
    node.cacheMisses = in.optionalCount("cacheMisses").value_or(0);
    node.externalRequests = in.optionalCount("externalRequests").value_or(0);
    node.externalMicros = in.optionalCount("externalMicros").value_or(0);
    node.externalRows = in.optionalCount("externalRows").value_or(0);
    node.bytesRead = in.optionalCount("bytesRead").value_or(0);
    node.bytesWritten = in.optionalCount("bytesWritten").value_or(0);
    if (const auto late = in.optionalCount("lateRecordsDropped")) {
        node.dropsLateRecords = true;
        node.lateRecordsDropped = *late;
    }
    // toJsonLine leaves the roles out (the totals carry them); the kind knows its role. A kind
    // this build does not know counts as neither, so one odd node cannot spoil a whole snapshot.
    if (const kinds::NodeKind* kind = kinds::Catalog::instance().find(node.kind)) {
        node.isSource = kind->role == kinds::NodeRole::Source;
        node.isSink = kind->role == kinds::NodeRole::Sink;
    }
}

// The fields toJsonLine writes; the totals it adds (sourceRecords ...) follow from the nodes.
MetricsSnapshot readMetrics(JsonFields& in) {
    MetricsSnapshot snapshot;
    snapshot.timestamp = std::chrono::system_clock::time_point(std::chrono::milliseconds(in.integer("timestampMillis")));
    snapshot.elapsedSeconds = in.number("elapsedSeconds");
    if (auto latency = in.object("latencyMillis")) {
        snapshot.latency.count = latency->count("count");
        snapshot.latency.p50Millis = latency->number("p50");
        snapshot.latency.p95Millis = latency->number("p95");
        snapshot.latency.p99Millis = latency->number("p99");
    }
    for (JsonFields& node : in.objects("nodes")) readNode(node, snapshot.nodes.emplace_back());
    for (JsonFields& queue : in.objects("queues")) {
        QueueMetrics& metrics = snapshot.queues.emplace_back();
        metrics.fromNodes = queue.text("from");
        metrics.toNode = queue.text("to");
        metrics.size = queue.count("size");
        metrics.capacity = queue.count("capacity");
        metrics.peak = queue.count("peak");
    }
    for (JsonFields& partition : in.objects("partitions", false)) {
        PartitionMetrics& metrics = snapshot.partitions.emplace_back();
        metrics.nodeId = partition.text("node");
        metrics.topic = partition.text("topic");
        metrics.partition = static_cast<std::int32_t>(partition.integer("partition"));
        metrics.offset = partition.integer("offset");
        metrics.lag = partition.integer("lag");
    }
    if (auto checkpoints = in.object("checkpoints", false)) {  // written only for a run with checkpoints
        snapshot.checkpoints.enabled = true;
        snapshot.checkpoints.completed = checkpoints->count("completed");
        snapshot.checkpoints.failed = checkpoints->count("failed");
        snapshot.checkpoints.lastId = checkpoints->count("lastId");
        snapshot.checkpoints.lastDurationMillis = checkpoints->count("lastDurationMillis");
        snapshot.checkpoints.lastSizeBytes = checkpoints->count("lastSizeBytes");
        snapshot.checkpoints.stopped = checkpoints->flag("stopped");
    }
    return snapshot;
}

}  // namespace

std::string requestLine(const RunRequest& request) {
    Json job;
    try {
        // serializeJob indents for people; the protocol needs the same object on one line.
        job = Json::parse(model::serializeJob(request.job));
    } catch (const nlohmann::json::exception&) {
        // Only invalid UTF-8 in the job's texts makes serializeJob throw, which neither an editor
        // nor a job file produces; the line then carries no job, and the run refuses it.
        return dumpLine(Json{{"job", nullptr}});
    }
    Json line{{"job", std::move(job)}, {"secrets", Json::object()}};
    for (const auto& [name, value] : request.secrets) line["secrets"][name] = value;
    return dumpLine(line);
}

Result<RunRequest> parseRequestLine(std::string_view line) {
    auto document = parseJsonObject(line, kRequestLine, false);
    if (!document) return document.error();
    const auto job = document->find("job");
    if (job == document->end()) return Error{"'job' is missing (the job file object)", kRequestLine};
    if (!job->is_object()) return Error{"'job' must be the job file object", std::string(kRequestLine) + " / job"};
    auto parsed = model::parseJob(dumpLine(*job));
    if (!parsed) {
        const std::string& path = parsed.error().location;
        return Error{parsed.error().message, std::string(kRequestLine) + " / job" + (path.empty() ? "" : "." + path)};
    }
    RunRequest request{std::move(*parsed), {}};
    if (const auto secrets = document->find("secrets"); secrets != document->end()) {
        auto read = readSecrets(*secrets);
        if (!read) return read.error();
        request.secrets = std::move(*read);
    }
    return request;
}

std::string commandLine(Command command) {
    return dumpLine(Json{{"command", command == Command::Stop ? "stop" : "cancel"}});
}

Result<Command> parseCommandLine(std::string_view line) {
    auto document = parseJsonObject(line, kCommandLine, true);
    if (!document) return document.error();
    std::optional<Error> problem;
    JsonFields in(*document, kCommandLine, problem);
    const std::string command = in.text("command");
    if (problem) return *problem;
    if (command == "stop") return Command::Stop;
    if (command == "cancel") return Command::Cancel;
    return Error{"unknown command '" + command + "' (expected stop or cancel)", std::string(kCommandLine) + " / command"};
}

std::string logLine(LogLevel level, std::string_view node, std::string_view message) {
    return dumpLine(Json{{"event", "log"}, {"level", toString(level)}, {"node", node}, {"message", message}});
}

std::string startedLine() {
    return dumpLine(Json{{"event", "started"}});
}

std::string metricsLine(const MetricsSnapshot& snapshot) {
    // toJsonLine is already one JSON object on one line, the format --metrics-out writes.
    return "{\"event\":\"metrics\",\"metrics\":" + toJsonLine(snapshot) + "}";
}

std::string previewLine(const NodePreview& preview) {
    Json line{{"event", "preview"}, {"node", preview.node}, {"mode", modeName(preview.mode)},
              {"columns", preview.columns}, {"rows", Json::array()}, {"total", preview.total}};
    for (const NodePreview::Row& row : preview.rows) line["rows"].push_back(rowJson(row));
    if (preview.mode == NodePreview::Mode::Upsert) {
        Json changes = Json::array();
        for (std::size_t i = 0; i < preview.changelog.size(); ++i) {
            Json change = rowJson(preview.changelog[i]);
            change.insert(change.begin(), i < preview.changeKinds.size() ? preview.changeKinds[i] : std::string("+I"));
            changes.push_back(std::move(change));
        }
        line["changes"] = std::move(changes);
    }
    return dumpLine(line);
}

std::string finishedLine(Outcome outcome, std::string_view message, std::string_view location) {
    return dumpLine(
        Json{{"event", "finished"}, {"outcome", toString(outcome)}, {"message", message}, {"location", location}});
}

Result<Event> parseEventLine(std::string_view line) {
    auto document = parseJsonObject(line, kEventLine, true);
    if (!document) return document.error();
    std::optional<Error> problem;
    JsonFields in(*document, kEventLine, problem);
    const std::string kind = in.text("event");
    if (problem) return *problem;
    Event event;
    if (kind == "log") {
        event.kind = Event::Kind::Log;
        const std::string level = in.text("level");
        event.node = in.text("node", "");
        event.message = in.text("message");
        if (problem) return *problem;
        const auto parsed = parseLevel(level);
        if (!parsed)
            return Error{"unknown level '" + level + "' (expected info, warning or error)", std::string(kEventLine) + " / level"};
        event.level = *parsed;
    } else if (kind == "started") {
        event.kind = Event::Kind::Started;
    } else if (kind == "metrics") {
        event.kind = Event::Kind::Metrics;
        if (auto metrics = in.object("metrics")) event.metrics = readMetrics(*metrics);
    } else if (kind == "finished") {
        event.kind = Event::Kind::Finished;
        const std::string outcome = in.text("outcome");
        event.message = in.text("message", "");
        event.location = in.text("location", "");
        if (problem) return *problem;
        const auto parsed = parseOutcome(outcome);
        if (!parsed) {
            return Error{"unknown outcome '" + outcome + "' (expected ok, failed, cancelled or refused)",
                         std::string(kEventLine) + " / outcome"};
        }
        event.outcome = *parsed;
    } else if (kind == "preview") {
        event.kind = Event::Kind::Preview;
        NodePreview& preview = event.preview;
        preview.node = in.text("node");
        const std::string mode = in.text("mode");
        preview.columns = in.texts("columns");
        preview.rows = in.textRows("rows");
        preview.total = in.count("total");
        if (problem) return *problem;
        const auto parsed = parseMode(mode);
        if (!parsed)
            return Error{"unknown mode '" + mode + "' (expected output, append or upsert)", std::string(kEventLine) + " / mode"};
        preview.mode = *parsed;
        if (auto changes = readChanges(in, preview); !changes) return problem ? *problem : changes.error();
    } else {
        return Error{"unknown event '" + kind + "' (expected log, started, metrics, preview or finished)",
                     std::string(kEventLine) + " / event"};
    }
    if (problem) return *problem;
    return event;
}

Result<MetricsSnapshot> parseMetricsJson(std::string_view json) {
    const std::string where = "metrics JSON";
    auto document = parseJsonObject(json, where, true);
    if (!document) return document.error();
    std::optional<Error> problem;
    JsonFields in(*document, where, problem);
    MetricsSnapshot snapshot = readMetrics(in);
    if (problem) return *problem;
    return snapshot;
}

const char* toString(LogLevel level) {
    switch (level) {
    case LogLevel::Info: return "info";
    case LogLevel::Warning: return "warning";
    case LogLevel::Error: return "error";
    }
    return "info";
}

const char* toString(Outcome outcome) {
    switch (outcome) {
    case Outcome::Ok: return "ok";
    case Outcome::Failed: return "failed";
    case Outcome::Cancelled: return "cancelled";
    case Outcome::Refused: return "refused";
    }
    return "failed";
}

}  // namespace sw::runtime::protocol
