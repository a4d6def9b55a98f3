// RunProtocol: every line kind reads back what was written, on one line; malformed lines give an
// error that names the line and the field, and never repeat a secret.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "model/job_file.h"
#include "runtime/metrics/metrics_registry.h"
#include "runtime/protocol/run_protocol.h"

namespace sw::runtime::protocol {
namespace {

model::JobGraph exampleJob() {
    auto job = model::loadJobFile(std::string(SW_SOURCE_DIR) + "/resources/examples/orders-enrichment.json");
    EXPECT_TRUE(job.ok()) << job.error().toString();
    return job.ok() ? *job : model::JobGraph{};
}

// The error of a line expected to be refused ("" when it was accepted).
template <typename T>
Error errorOf(const Result<T>& result) {
    EXPECT_FALSE(result.ok());
    return result.ok() ? Error{} : result.error();
}

TEST(RunProtocol, ARequestCarriesTheJobAndItsSecretsOnOneLine) {
    RunRequest request{exampleJob(), {{"db.pass-word", "p\"w\nd \u00e9"}, {"ident", "x"}}};
    const std::string line = requestLine(request);
    EXPECT_EQ(line.find('\n'), std::string::npos) << line;
    auto parsed = parseRequestLine(line);
    ASSERT_TRUE(parsed.ok()) << parsed.error().toString();
    EXPECT_EQ(parsed->job, request.job);
    EXPECT_EQ(parsed->secrets, request.secrets);
}

TEST(RunProtocol, ARequestWithoutSecretsHasNone) {
    const std::string line = "{\"job\":" + model::serializeJob(exampleJob()) + "}";  // multi-line JSON is JSON too
    auto parsed = parseRequestLine(line);
    ASSERT_TRUE(parsed.ok()) << parsed.error().toString();
    EXPECT_TRUE(parsed->secrets.empty());
    EXPECT_EQ(parsed->job, exampleJob());
}

TEST(RunProtocol, MalformedRequestsNameTheProblemButNoSecret) {
    // Cut inside a secret: nlohmann would quote what it read last, which is the secret.
    const Error cut = errorOf(parseRequestLine(R"({"job":{},"secrets":{"a":"hunter2)"));
    EXPECT_EQ(cut.location, "request line");
    EXPECT_NE(cut.message.find("not valid JSON"), std::string::npos) << cut.message;
    EXPECT_EQ(cut.toString().find("hunter2"), std::string::npos) << cut.toString();

    EXPECT_EQ(errorOf(parseRequestLine("[1]")).location, "request line");
    const Error noJob = errorOf(parseRequestLine(R"({"secrets":{}})"));
    EXPECT_NE(noJob.message.find("'job' is missing"), std::string::npos) << noJob.message;
    EXPECT_EQ(errorOf(parseRequestLine(R"({"job":"file.json"})")).location, "request line / job");

    // The job's own errors keep their JSON path below the request's "job".
    const Error badJob = errorOf(parseRequestLine(R"({"job":{"format":"streamwright-job","version":1,"nodes":7}})"));
    EXPECT_TRUE(badJob.location.starts_with("request line / job")) << badJob.toString();

    const std::string job = model::serializeJob(exampleJob());
    const Error notText = errorOf(parseRequestLine("{\"job\":" + job + ",\"secrets\":{\"pw\":12345}}"));
    EXPECT_EQ(notText.location, "request line / secrets.pw");
    EXPECT_NE(notText.message.find("'pw' must be a string"), std::string::npos) << notText.message;
    EXPECT_EQ(notText.toString().find("12345"), std::string::npos);
    const Error badName = errorOf(parseRequestLine("{\"job\":" + job + ",\"secrets\":{\"a b\":\"v\"}}"));
    EXPECT_NE(badName.message.find("'a b' is not a secret name"), std::string::npos) << badName.message;
    EXPECT_EQ(errorOf(parseRequestLine("{\"job\":" + job + ",\"secrets\":[]}")).location, "request line / secrets");
}

TEST(RunProtocol, HugeNumbersAndDeepNestingAreRefusedNotThrown) {
    const Error huge = errorOf(parseRequestLine(R"({"job":{"settings":{"parallelism":1e999}},"secrets":{}})"));
    EXPECT_EQ(huge.location, "request line");
    EXPECT_NE(huge.message.find("not valid JSON (error at byte 34)"), std::string::npos) << huge.message;
    const Error command = errorOf(parseCommandLine(R"({"command":-1E400})"));
    EXPECT_NE(command.message.find("number out of range: -1E400"), std::string::npos) << command.message;
    const Error deep = errorOf(parseCommandLine(R"({"command":)" + std::string(100'000, '[') + std::string(100'000, ']') + "}"));
    EXPECT_NE(deep.message.find("nested deeper than"), std::string::npos) << deep.message;
}

// A job that cannot be serialised (invalid UTF-8 in a name) sends no job and no secret: refused.
TEST(RunProtocol, AJobThatCannotBeWrittenIsRefusedNotThrown) {
    RunRequest request{exampleJob(), {{"pw", "hunter2"}}};
    request.job.nodes.front().name = "bad \xff name";
    const std::string line = requestLine(request);
    EXPECT_EQ(line.find("hunter2"), std::string::npos) << line;
    EXPECT_EQ(errorOf(parseRequestLine(line)).location, "request line / job");
}

TEST(RunProtocol, CommandsRoundTripAndUnknownOnesAreRefused) {
    for (Command command : {Command::Stop, Command::Cancel}) {
        const std::string line = commandLine(command);
        EXPECT_EQ(line.find('\n'), std::string::npos);
        auto parsed = parseCommandLine(line);
        ASSERT_TRUE(parsed.ok()) << parsed.error().toString();
        EXPECT_EQ(*parsed, command);
    }
    EXPECT_EQ(commandLine(Command::Stop), R"({"command":"stop"})");
    const Error bare = errorOf(parseCommandLine("stop"));
    EXPECT_EQ(bare.location, "command line");
    EXPECT_NE(bare.message.find("not valid JSON"), std::string::npos) << bare.message;
    const Error unknown = errorOf(parseCommandLine(R"({"command":"pause"})"));
    EXPECT_EQ(unknown.location, "command line / command");
    EXPECT_NE(unknown.message.find("unknown command 'pause'"), std::string::npos) << unknown.message;
    EXPECT_NE(errorOf(parseCommandLine("{}")).message.find("'command' is missing"), std::string::npos);
    EXPECT_EQ(errorOf(parseCommandLine(R"({"command":1})")).location, "command line / command");
}

TEST(RunProtocol, LogStartedAndFinishedEventsRoundTrip) {
    const std::string log = logLine(LogLevel::Warning, "orders \"eu\"", "line one\nline two \u00e9");
    EXPECT_EQ(log.find('\n'), std::string::npos) << log;
    auto parsedLog = parseEventLine(log);
    ASSERT_TRUE(parsedLog.ok()) << parsedLog.error().toString();
    EXPECT_EQ(parsedLog->kind, Event::Kind::Log);
    EXPECT_EQ(parsedLog->level, LogLevel::Warning);
    EXPECT_EQ(parsedLog->node, "orders \"eu\"");
    EXPECT_EQ(parsedLog->message, "line one\nline two \u00e9");

    EXPECT_EQ(startedLine(), R"({"event":"started"})");
    auto started = parseEventLine(startedLine());
    ASSERT_TRUE(started.ok());
    EXPECT_EQ(started->kind, Event::Kind::Started);

    for (Outcome outcome : {Outcome::Ok, Outcome::Failed, Outcome::Cancelled, Outcome::Refused}) {
        auto finished = parseEventLine(finishedLine(outcome, "what happened", "node 'enrich' / condition"));
        ASSERT_TRUE(finished.ok()) << finished.error().toString();
        EXPECT_EQ(finished->kind, Event::Kind::Finished);
        EXPECT_EQ(finished->outcome, outcome) << toString(outcome);
        EXPECT_EQ(finished->message, "what happened");
        EXPECT_EQ(finished->location, "node 'enrich' / condition");
    }
}

// Field by field, so a failure names what differs.
void expectSamePreview(const NodePreview& actual, const NodePreview& expected) {
    EXPECT_EQ(actual.node, expected.node);
    EXPECT_EQ(actual.mode, expected.mode);
    EXPECT_EQ(actual.columns, expected.columns);
    EXPECT_EQ(actual.rows, expected.rows);
    EXPECT_EQ(actual.total, expected.total);
    EXPECT_EQ(actual.changeKinds, expected.changeKinds);
    EXPECT_EQ(actual.changelog, expected.changelog);
}

TEST(RunProtocol, PreviewEventsRoundTripWithNullsAndTheUpsertChangelog) {
    NodePreview output;
    output.node = "enrich";
    output.columns = {"id", "city \"quoted\"", "note"};
    // NULL and the text 'NULL' stay apart; an empty string is not a null either.
    output.rows = {{"1", "Z\u00fcrich\nline", std::nullopt}, {"2", "NULL", ""}};
    output.total = 12345678901234;
    NodePreview append = output;
    append.node = "out";
    append.mode = NodePreview::Mode::Append;
    NodePreview upsert;
    upsert.node = "totals";
    upsert.mode = NodePreview::Mode::Upsert;
    upsert.columns = {"k", "n"};
    upsert.rows = {{"0", "2"}, {"1", std::nullopt}};
    upsert.total = 10042;
    upsert.changeKinds = {"+I", "-U", "+U", "-D"};
    upsert.changelog = {{"0", "1"}, {"0", "1"}, {"0", "2"}, {"5", std::nullopt}};
    NodePreview empty;
    empty.node = "nothing-yet";
    empty.mode = NodePreview::Mode::Upsert;

    for (const NodePreview& preview : {output, append, upsert, empty}) {
        const std::string line = previewLine(preview);
        EXPECT_EQ(line.find('\n'), std::string::npos) << line;
        auto parsed = parseEventLine(line);
        ASSERT_TRUE(parsed.ok()) << parsed.error().toString() << "\n" << line;
        EXPECT_EQ(parsed->kind, Event::Kind::Preview);
        expectSamePreview(parsed->preview, preview);
    }
    // The changelog travels with its kinds, one array per change.
    EXPECT_NE(previewLine(upsert).find(R"("changes":[["+I","0","1"],["-U","0","1"],["+U","0","2"],["-D","5",null]])"),
              std::string::npos)
        << previewLine(upsert);
    EXPECT_NE(previewLine(output).find(R"(line",null],["2","NULL",""]])"), std::string::npos)
        << previewLine(output);
    EXPECT_EQ(previewLine(output).find("changes"), std::string::npos);  // only upserts have a changelog
}

TEST(RunProtocol, MalformedPreviewEventsNameTheField) {
    const std::string start = R"({"event":"preview","node":"n","columns":["a"],"total":1,)";
    EXPECT_EQ(errorOf(parseEventLine(start + R"("mode":"table","rows":[]})")).location, "event line / mode");
    EXPECT_EQ(errorOf(parseEventLine(start + R"("mode":"output","rows":[[1]]})")).location, "event line / rows[0][0]");
    EXPECT_EQ(errorOf(parseEventLine(start + R"("mode":"output","rows":{}})")).location, "event line / rows");
    EXPECT_EQ(errorOf(parseEventLine(start + R"("mode":"output"})")).message, "'rows' is missing");
    EXPECT_EQ(errorOf(parseEventLine(start + R"("mode":"upsert","rows":[],"changes":[["*U","1"]]})")).location,
              "event line / changes[0]");
    EXPECT_EQ(errorOf(parseEventLine(start + R"("mode":"upsert","rows":[],"changes":[[]]})")).location,
              "event line / changes[0]");
    EXPECT_EQ(errorOf(parseEventLine(R"({"event":"preview","node":"n","mode":"output","columns":[2],"rows":[],"total":1})"))
                  .location,
              "event line / columns[0]");
}

// A snapshot with every kind of entry: each role, lookups, external requests, late rows, a
// queue, partitions (a huge offset that the writer prints as 1e+15) and checkpoints.
MetricsSnapshot richSnapshot() {
    MetricsRegistry registry;
    NodeCounters& source = registry.addNode("gen", "generated", "datagen-source", true, false);
    NodeCounters& lookup = registry.addNode("dim", "users", "mysql-lookup", false, false);
    NodeCounters& window = registry.addNode("w", "per_city", "window-aggregate", false, false);
    NodeCounters& print = registry.addNode("out", "console", "print-sink", false, true);
    NodeCounters& database = registry.addNode("db", "rds", "jdbc-sink", false, true);
    source.addOut(1000);
    lookup.addIn(1000);
    lookup.addOut(990);
    lookup.cacheHits = 700;
    lookup.cacheMisses = 300;
    lookup.externalRequests = 30;
    lookup.externalMicros = 123456;
    lookup.externalRows = 280;
    lookup.bytesRead = 52000;
    lookup.bytesWritten = 9100;
    window.addIn(990);
    window.addOut(12);
    window.lateRecordsDropped = 3;
    print.addIn(12);
    print.addOut(12);
    database.addIn(12);
    database.addOut(12);
    database.addErrors(1);
    database.externalRequests = 2;
    database.externalMicros = 5000;
    database.externalRows = 12;
    QueueGauge& queue = registry.addQueue("generated,users", "per_city", 8);
    queue.size = 3;
    queue.peak = 7;
    PartitionGauge& partition = registry.addPartition("gen", "orders", 2);
    partition.offset = 1'000'000'000'000'000;
    partition.lag = -1;
    registry.addPartition("gen", "orders", 3);
    registry.checkpoints().enabled = true;
    registry.checkpoints().completed = 4;
    registry.checkpoints().failed = 1;
    registry.checkpoints().lastId = 5;
    registry.checkpoints().lastDurationMillis = 42;
    registry.checkpoints().lastSizeBytes = 4096;
    registry.checkpoints().stopped = true;
    registry.latency().record(std::chrono::milliseconds(3), 10);
    registry.latency().record(std::chrono::milliseconds(200), 2);
    return registry.snapshot();
}

void expectSameMetrics(const MetricsSnapshot& read, const MetricsSnapshot& written) {
    EXPECT_EQ(std::chrono::floor<std::chrono::milliseconds>(read.timestamp),
              std::chrono::floor<std::chrono::milliseconds>(written.timestamp));
    EXPECT_DOUBLE_EQ(read.elapsedSeconds, written.elapsedSeconds);
    EXPECT_EQ(read.sourceRecords(), written.sourceRecords());
    EXPECT_EQ(read.sinkRecords(), written.sinkRecords());
    EXPECT_DOUBLE_EQ(read.sourceRecordsPerSecond(), written.sourceRecordsPerSecond());
    EXPECT_DOUBLE_EQ(read.sinkRecordsPerSecond(), written.sinkRecordsPerSecond());
    EXPECT_DOUBLE_EQ(read.maxQueueFill(), written.maxQueueFill());
    EXPECT_EQ(read.latency.count, written.latency.count);
    EXPECT_DOUBLE_EQ(read.latency.p50Millis, written.latency.p50Millis);
    EXPECT_DOUBLE_EQ(read.latency.p95Millis, written.latency.p95Millis);
    EXPECT_DOUBLE_EQ(read.latency.p99Millis, written.latency.p99Millis);
    ASSERT_EQ(read.nodes.size(), written.nodes.size());
    for (std::size_t i = 0; i < read.nodes.size(); ++i) {
        const NodeMetrics& a = read.nodes[i];
        const NodeMetrics& b = written.nodes[i];
        SCOPED_TRACE(b.nodeId);
        EXPECT_EQ(a.nodeId, b.nodeId);
        EXPECT_EQ(a.nodeName, b.nodeName);
        EXPECT_EQ(a.kind, b.kind);
        EXPECT_EQ(a.isSource, b.isSource);
        EXPECT_EQ(a.isSink, b.isSink);
        EXPECT_EQ(a.recordsIn, b.recordsIn);
        EXPECT_EQ(a.recordsOut, b.recordsOut);
        EXPECT_EQ(a.errors, b.errors);
        EXPECT_DOUBLE_EQ(a.recordsInPerSecond, b.recordsInPerSecond);
        EXPECT_DOUBLE_EQ(a.recordsOutPerSecond, b.recordsOutPerSecond);
        EXPECT_EQ(a.cacheHits, b.cacheHits);
        EXPECT_EQ(a.cacheMisses, b.cacheMisses);
        EXPECT_EQ(a.externalRequests, b.externalRequests);
        EXPECT_EQ(a.externalMicros, b.externalMicros);
        EXPECT_EQ(a.externalRows, b.externalRows);
        EXPECT_EQ(a.bytesRead, b.bytesRead);
        EXPECT_EQ(a.bytesWritten, b.bytesWritten);
        EXPECT_EQ(a.lateRecordsDropped, b.lateRecordsDropped);
        EXPECT_EQ(a.dropsLateRecords, b.dropsLateRecords);
    }
    ASSERT_EQ(read.queues.size(), written.queues.size());
    for (std::size_t i = 0; i < read.queues.size(); ++i) {
        EXPECT_EQ(read.queues[i].fromNodes, written.queues[i].fromNodes);
        EXPECT_EQ(read.queues[i].toNode, written.queues[i].toNode);
        EXPECT_EQ(read.queues[i].size, written.queues[i].size);
        EXPECT_EQ(read.queues[i].capacity, written.queues[i].capacity);
        EXPECT_EQ(read.queues[i].peak, written.queues[i].peak);
    }
    ASSERT_EQ(read.partitions.size(), written.partitions.size());
    for (std::size_t i = 0; i < read.partitions.size(); ++i) {
        EXPECT_EQ(read.partitions[i].nodeId, written.partitions[i].nodeId);
        EXPECT_EQ(read.partitions[i].topic, written.partitions[i].topic);
        EXPECT_EQ(read.partitions[i].partition, written.partitions[i].partition);
        EXPECT_EQ(read.partitions[i].offset, written.partitions[i].offset);
        EXPECT_EQ(read.partitions[i].lag, written.partitions[i].lag);
    }
    EXPECT_EQ(read.checkpoints.enabled, written.checkpoints.enabled);
    EXPECT_EQ(read.checkpoints.completed, written.checkpoints.completed);
    EXPECT_EQ(read.checkpoints.failed, written.checkpoints.failed);
    EXPECT_EQ(read.checkpoints.lastId, written.checkpoints.lastId);
    EXPECT_EQ(read.checkpoints.lastDurationMillis, written.checkpoints.lastDurationMillis);
    EXPECT_EQ(read.checkpoints.lastSizeBytes, written.checkpoints.lastSizeBytes);
    EXPECT_EQ(read.checkpoints.stopped, written.checkpoints.stopped);
}

TEST(RunProtocol, MetricsJsonReadsBackEverythingToJsonLineWrote) {
    const MetricsSnapshot written = richSnapshot();
    ASSERT_EQ(written.sourceRecords(), 1000u);
    ASSERT_EQ(written.sinkRecords(), 24u);
    ASSERT_GT(written.sourceRecordsPerSecond(), 0);
    const std::string json = toJsonLine(written);
    ASSERT_NE(json.find("1e+15"), std::string::npos) << json;  // the case a plain integer reader misses
    auto read = parseMetricsJson(json);
    ASSERT_TRUE(read.ok()) << read.error().toString();
    expectSameMetrics(*read, written);
    EXPECT_EQ(toJsonLine(*read), json);  // nothing lost: the same line again
}

TEST(RunProtocol, MetricsEventsRoundTripIncludingTheRolesOfTheNodes) {
    const MetricsSnapshot written = richSnapshot();
    const std::string line = metricsLine(written);
    EXPECT_EQ(line.find('\n'), std::string::npos);
    auto event = parseEventLine(line);
    ASSERT_TRUE(event.ok()) << event.error().toString();
    EXPECT_EQ(event->kind, Event::Kind::Metrics);
    expectSameMetrics(event->metrics, written);
    EXPECT_TRUE(event->metrics.nodes.front().isSource);
    EXPECT_TRUE(event->metrics.nodes.back().isSink);
    EXPECT_FALSE(event->metrics.nodes[1].isSource || event->metrics.nodes[1].isSink);  // a lookup is neither
}

TEST(RunProtocol, AnEmptyRunsMetricsAndANaNRateReadBack) {
    MetricsSnapshot empty;
    auto read = parseMetricsJson(toJsonLine(empty));
    ASSERT_TRUE(read.ok()) << read.error().toString();
    EXPECT_TRUE(read->nodes.empty());
    EXPECT_FALSE(read->checkpoints.enabled);
    MetricsSnapshot withNaN;
    withNaN.nodes.push_back({"s", "s", "datagen-source", true, false});
    withNaN.nodes.back().recordsOutPerSecond = std::numeric_limits<double>::quiet_NaN();  // written as null
    auto nan = parseMetricsJson(toJsonLine(withNaN));
    ASSERT_TRUE(nan.ok()) << nan.error().toString();
    EXPECT_EQ(nan->nodes.front().recordsOutPerSecond, 0);
}

TEST(RunProtocol, MalformedEventsNameTheLineAndTheField) {
    const Error notJson = errorOf(parseEventLine("orders> +I[1, 2]"));
    EXPECT_EQ(notJson.location, "event line");
    EXPECT_NE(notJson.message.find("not valid JSON"), std::string::npos) << notJson.message;
    EXPECT_EQ(errorOf(parseEventLine("[]")).location, "event line");
    EXPECT_NE(errorOf(parseEventLine("{}")).message.find("'event' is missing"), std::string::npos);
    const Error unknown = errorOf(parseEventLine(R"({"event":"paused"})"));
    EXPECT_EQ(unknown.location, "event line / event");
    EXPECT_NE(unknown.message.find("unknown event 'paused'"), std::string::npos) << unknown.message;
    const Error level = errorOf(parseEventLine(R"({"event":"log","level":"debug","message":"m"})"));
    EXPECT_EQ(level.location, "event line / level");
    EXPECT_EQ(errorOf(parseEventLine(R"({"event":"log","level":"info"})")).message, "'message' is missing");
    EXPECT_EQ(errorOf(parseEventLine(R"({"event":"finished","outcome":"maybe"})")).location, "event line / outcome");
    EXPECT_NE(errorOf(parseEventLine(R"({"event":"metrics"})")).message.find("'metrics' is missing"), std::string::npos);

    // A wrong field deep in the metrics is named with its path.
    std::string json = toJsonLine(richSnapshot());
    const std::string recordsIn = "\"recordsIn\":1000";
    ASSERT_NE(json.find(recordsIn), std::string::npos) << json;
    json.replace(json.find(recordsIn), recordsIn.size(), "\"recordsIn\":\"many\"");
    const Error field = errorOf(parseEventLine("{\"event\":\"metrics\",\"metrics\":" + json + "}"));
    EXPECT_EQ(field.location, "event line / metrics.nodes[1].recordsIn");
    EXPECT_NE(field.message.find("whole number"), std::string::npos) << field.message;
    const Error negative = errorOf(parseMetricsJson(R"({"timestampMillis":0,"elapsedSeconds":0,)"
                                                    R"("latencyMillis":{"count":-1,"p50":0,"p95":0,"p99":0},)"
                                                    R"("nodes":[],"queues":[]})"));
    EXPECT_EQ(negative.location, "metrics JSON / latencyMillis.count");
    EXPECT_EQ(errorOf(parseMetricsJson(R"({"timestampMillis":0})")).message, "'elapsedSeconds' is missing");
    EXPECT_EQ(errorOf(parseMetricsJson(R"({"timestampMillis":0,"elapsedSeconds":0,)"
                                       R"("latencyMillis":{"count":0,"p50":0,"p95":0,"p99":0},"nodes":{},"queues":[]})"))
                  .location,
              "metrics JSON / nodes");
}

}  // namespace
}  // namespace sw::runtime::protocol
