// streamwright-cli run --events: the designer's protocol end to end, with the real binary as a
// child process — the request and commands on its stdin, events on its stdout, print rows on
// its stderr.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "model/job_file.h"
#include "piped_process.h"
#include "runtime/protocol/run_protocol.h"

namespace sw::cli {
namespace {

using namespace runtime::protocol;
using testing::PipedProcess;

// Every wait is bounded by this: a run that ignores a command fails the test instead of hanging.
constexpr std::chrono::seconds kPatience{20};

model::JobGraph datagenToPrint() {
    auto job = model::loadJobFile(std::string(SW_SOURCE_DIR) + "/resources/examples/datagen-to-print.json");
    EXPECT_TRUE(job.ok()) << job.error().toString();
    return job.ok() ? *job : model::JobGraph{};
}

std::optional<PipedProcess> startEventsRun(std::vector<std::string> arguments) {
    arguments.insert(arguments.begin(), SW_CLI_BINARY);
    return PipedProcess::start(arguments);
}

// The next event; a line that is no event fails the test (stdout carries protocol lines only).
std::optional<Event> nextEvent(PipedProcess& run) {
    const auto line = run.readLine(kPatience);
    EXPECT_TRUE(line.has_value()) << "no event in time; stderr:\n" << run.stderrText();
    if (!line) return std::nullopt;
    auto event = parseEventLine(*line);
    EXPECT_TRUE(event.ok()) << "not an event: " << *line << "\n" << event.error().toString();
    if (!event) return std::nullopt;
    return *event;
}

// Events up to and including `finished` (fewer when one did not come); `onEvent` may send commands.
template <typename OnEvent>
std::vector<Event> eventsUntilFinished(PipedProcess& run, OnEvent onEvent) {
    std::vector<Event> events;
    while (auto event = nextEvent(run)) {
        events.push_back(*event);
        onEvent(events.back());
        if (event->kind == Event::Kind::Finished) break;
    }
    return events;
}
std::vector<Event> eventsUntilFinished(PipedProcess& run) {
    return eventsUntilFinished(run, [](const Event&) {});
}

// The first event that is not a log line.
const Event* firstNonLog(const std::vector<Event>& events) {
    const auto found = std::find_if(events.begin(), events.end(), [](const Event& e) { return e.kind != Event::Kind::Log; });
    return found == events.end() ? nullptr : &*found;
}

bool hasLog(const std::vector<Event>& events, LogLevel level, const std::string& text) {
    return std::any_of(events.begin(), events.end(), [&](const Event& e) {
        return e.kind == Event::Kind::Log && e.level == level && e.message.find(text) != std::string::npos;
    });
}

std::size_t countOf(const std::string& text, const std::string& part) {
    std::size_t count = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++count;
    return count;
}

TEST(CliRunEvents, StartsReportsMetricsAndStopsOnTheStopCommand) {
    auto run = startEventsRun({"run", "-", "--events"});
    ASSERT_TRUE(run.has_value());
    ASSERT_TRUE(run->write(requestLine({datagenToPrint(), {}}) + "\n"));
    bool stopSent = false;
    const std::vector<Event> events = eventsUntilFinished(*run, [&](const Event& event) {
        if (event.kind == Event::Kind::Metrics && event.metrics.sourceRecords() > 0 && !stopSent)
            stopSent = run->write(commandLine(Command::Stop) + "\n");
    });
    ASSERT_FALSE(events.empty());
    ASSERT_TRUE(stopSent) << "no metrics event with records before the end";
    ASSERT_NE(firstNonLog(events), nullptr);
    EXPECT_EQ(firstNonLog(events)->kind, Event::Kind::Started);
    ASSERT_EQ(events.back().kind, Event::Kind::Finished);
    EXPECT_EQ(events.back().outcome, Outcome::Ok) << events.back().message << " at " << events.back().location;
    EXPECT_TRUE(hasLog(events, LogLevel::Info, "stop requested")) << run->stdoutText();
    // The last metrics event comes right before `finished`, with the final totals.
    ASSERT_GE(events.size(), 2u);
    const Event& last = events[events.size() - 2];
    ASSERT_EQ(last.kind, Event::Kind::Metrics);
    EXPECT_GT(last.metrics.sourceRecords(), 0u);
    EXPECT_EQ(run->wait(kPatience), 0);  // reads stdout and stderr to their end
    EXPECT_FALSE(run->readLine(std::chrono::milliseconds(0)).has_value()) << "a line after finished";
    // The print sink wrote to stderr, every row it received.
    EXPECT_EQ(countOf(run->stderrText(), "orders> +I["), last.metrics.sinkRecords());
    EXPECT_EQ(run->stdoutText().find("orders> "), std::string::npos);
}

TEST(CliRunEvents, AJobFileRunsToItsEndWhileStdinStaysOpen) {
    const std::string job = std::string(SW_SOURCE_DIR) + "/resources/examples/datagen-to-print.json";
    auto run = startEventsRun({"run", job, "--events", "--max-records", "300"});
    ASSERT_TRUE(run.has_value());
    const std::vector<Event> events = eventsUntilFinished(*run);
    ASSERT_GE(events.size(), 3u);
    EXPECT_EQ(events.front().kind, Event::Kind::Started);
    ASSERT_EQ(events.back().kind, Event::Kind::Finished);
    EXPECT_EQ(events.back().outcome, Outcome::Ok) << events.back().message;
    EXPECT_NE(events.back().message.find("300 record(s) read"), std::string::npos) << events.back().message;
    const Event& last = events[events.size() - 2];
    ASSERT_EQ(last.kind, Event::Kind::Metrics);
    EXPECT_EQ(last.metrics.sourceRecords(), 300u);
    EXPECT_EQ(run->wait(kPatience), 0);  // reads stderr to its end
    EXPECT_EQ(countOf(run->stderrText(), "orders> +I["), last.metrics.sinkRecords());
}

TEST(CliRunEvents, AMalformedCommandIsAWarningAndTheEndOfStdinStops) {
    auto run = startEventsRun({"run", "-", "--events"});
    ASSERT_TRUE(run.has_value());
    ASSERT_TRUE(run->write(requestLine({datagenToPrint(), {}}) + "\n" + "pause please\n"));
    bool closed = false;
    const std::vector<Event> events = eventsUntilFinished(*run, [&](const Event& event) {
        if (event.kind == Event::Kind::Log && event.message.starts_with("ignored a line on stdin") && !closed) {
            run->closeInput();  // as a designer that dies
            closed = true;
        }
    });
    ASSERT_TRUE(closed) << run->stdoutText();
    EXPECT_TRUE(hasLog(events, LogLevel::Warning, "command line: is not valid JSON")) << run->stdoutText();
    EXPECT_TRUE(hasLog(events, LogLevel::Info, "stdin closed")) << run->stdoutText();
    ASSERT_EQ(events.back().kind, Event::Kind::Finished);
    EXPECT_EQ(events.back().outcome, Outcome::Ok) << events.back().message;
    EXPECT_EQ(run->wait(kPatience), 0);
}

// The newest preview event of `node`, if any came.
const NodePreview* lastPreviewOf(const std::vector<Event>& events, const std::string& node) {
    const NodePreview* last = nullptr;
    for (const Event& event : events) {
        if (event.kind == Event::Kind::Preview && event.preview.node == node) last = &event.preview;
    }
    return last;
}

TEST(CliRunEvents, APreviewSendsWhatThePrintSinkCapturedAndPrintsNothing) {
    auto run = startEventsRun({"run", "-", "--events", "--preview", "--max-records", "300"});
    ASSERT_TRUE(run.has_value());
    ASSERT_TRUE(run->write(requestLine({datagenToPrint(), {}}) + "\n"));
    const std::vector<Event> events = eventsUntilFinished(*run);
    ASSERT_GE(events.size(), 3u);
    ASSERT_EQ(events.back().kind, Event::Kind::Finished);
    EXPECT_EQ(events.back().outcome, Outcome::Ok) << events.back().message;
    EXPECT_NE(events.back().message.find("captured by sinks"), std::string::npos) << events.back().message;
    // The final round of previews comes before the final metrics, which stay right before `finished`.
    const Event& last = events[events.size() - 2];
    ASSERT_EQ(last.kind, Event::Kind::Metrics);

    const NodePreview* out = lastPreviewOf(events, "out");
    ASSERT_NE(out, nullptr) << run->stdoutText();
    EXPECT_EQ(out->mode, NodePreview::Mode::Append);
    EXPECT_EQ(out->total, last.metrics.sinkRecords());
    EXPECT_GT(out->total, 0u);
    EXPECT_EQ(out->rows.size(), std::min<std::size_t>(out->total, 100));
    EXPECT_EQ(out->columns, (std::vector<std::string>{"order_id", "city", "amount", "tax", "size_class"}));
    // The other nodes' outputs are sampled as well.
    const NodePreview* gen = lastPreviewOf(events, "gen");
    ASSERT_NE(gen, nullptr);
    EXPECT_EQ(gen->mode, NodePreview::Mode::Output);
    EXPECT_EQ(gen->total, 300u);
    EXPECT_LE(gen->rows.size(), 20u);

    EXPECT_EQ(run->wait(kPatience), 0);
    EXPECT_EQ(run->stderrText(), "");  // the print sink captured instead of printing
}

TEST(CliRunEvents, WithoutPreviewSinksWriteAndOutputsAreStillPreviewed) {
    auto run = startEventsRun({"run", "-", "--events", "--max-records", "300"});
    ASSERT_TRUE(run.has_value());
    ASSERT_TRUE(run->write(requestLine({datagenToPrint(), {}}) + "\n"));
    const std::vector<Event> events = eventsUntilFinished(*run);
    ASSERT_FALSE(events.empty());
    EXPECT_EQ(events.back().outcome, Outcome::Ok) << events.back().message;
    const NodePreview* out = lastPreviewOf(events, "out");
    ASSERT_NE(out, nullptr) << run->stdoutText();
    EXPECT_EQ(out->mode, NodePreview::Mode::Output);
    EXPECT_GE(out->rows.size(), 1u);
    EXPECT_LE(out->rows.size(), 20u);
    EXPECT_EQ(run->wait(kPatience), 0);
    EXPECT_EQ(countOf(run->stderrText(), "orders> +I["), out->total);
}

TEST(CliRunEvents, TheCancelCommandCancels) {
    auto run = startEventsRun({"run", "-", "--events"});
    ASSERT_TRUE(run.has_value());
    ASSERT_TRUE(run->write(requestLine({datagenToPrint(), {}}) + "\n"));
    const std::vector<Event> events = eventsUntilFinished(*run, [&](const Event& event) {
        if (event.kind == Event::Kind::Started) run->write(commandLine(Command::Cancel) + "\n");
    });
    ASSERT_FALSE(events.empty());
    ASSERT_EQ(events.back().kind, Event::Kind::Finished);
    EXPECT_EQ(events.back().outcome, Outcome::Cancelled) << events.back().message;
    EXPECT_EQ(run->wait(kPatience), 130);
}

TEST(CliRunEvents, AJobThatCannotRunIsRefusedNamingTheNode) {
    model::JobGraph job = datagenToPrint();
    model::Node* filter = job.findNode("big");
    ASSERT_NE(filter, nullptr);
    filter->options["condition"] = "no_such_column > 100";
    auto run = startEventsRun({"run", "-", "--events"});
    ASSERT_TRUE(run.has_value());
    ASSERT_TRUE(run->write(requestLine({job, {}}) + "\n"));
    const std::vector<Event> events = eventsUntilFinished(*run);
    ASSERT_EQ(events.size(), 1u) << run->stdoutText();  // no `started`: the run never began
    EXPECT_EQ(events.back().kind, Event::Kind::Finished);
    EXPECT_EQ(events.back().outcome, Outcome::Refused);
    EXPECT_NE(events.back().location.find("node 'big_orders'"), std::string::npos) << events.back().location;
    EXPECT_NE(events.back().message.find("no_such_column"), std::string::npos) << events.back().message;
    EXPECT_EQ(run->wait(kPatience), 1);
}

TEST(CliRunEvents, AMalformedRequestIsRefused) {
    auto run = startEventsRun({"run", "-", "--events"});
    ASSERT_TRUE(run.has_value());
    ASSERT_TRUE(run->write("{\"job\": 42}\n"));
    const std::vector<Event> events = eventsUntilFinished(*run);
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events.back().outcome, Outcome::Refused);
    EXPECT_EQ(events.back().location, "request line / job");
    EXPECT_EQ(run->wait(kPatience), 1);
}

TEST(CliRunEvents, TheJobOnStdinNeedsEvents) {
    auto run = startEventsRun({"run", "-"});
    ASSERT_TRUE(run.has_value());
    EXPECT_EQ(run->wait(kPatience), 2);
    EXPECT_NE(run->stderrText().find("the job file '-' (the job on stdin) needs --events"), std::string::npos)
        << run->stderrText();
}

// A MySQL sink whose password is the secret `db-pass`; nothing listens on port 1, so with the
// secret the run gets as far as connecting.
model::JobGraph jobWithASecret() {
    auto job = model::parseJob(R"({"format": "streamwright-job", "version": 1, "name": "secret",
      "nodes": [
        {"id": "gen", "kind": "datagen-source", "name": "gen",
         "options": {"fields.id.kind": "sequence", "fields.id.start": "1", "fields.id.end": "10"},
         "schema": {"columns": [{"name": "id", "type": "BIGINT"}]}},
        {"id": "db", "kind": "mysql-sink", "name": "orders_db",
         "options": {"hostname": "127.0.0.1", "port": "1", "database-name": "shop", "table-name": "orders",
                     "username": "writer", "password": "${secret.db-pass}", "ssl.mode": "DISABLED"},
         "schema": {"columns": [{"name": "id", "type": "BIGINT"}]}}],
      "edges": [{"from": "gen", "fromPort": "out", "to": "db", "toPort": "in"}]})");
    EXPECT_TRUE(job.ok()) << job.error().toString();
    return job.ok() ? *job : model::JobGraph{};
}

TEST(CliRunEvents, ASecretOfTheRequestReachesTheRunButNoOutput) {
    // Without it, the run is refused for the missing secret, naming node and field.
    auto without = startEventsRun({"run", "-", "--events"});
    ASSERT_TRUE(without.has_value());
    ASSERT_TRUE(without->write(requestLine({jobWithASecret(), {}}) + "\n"));
    const std::vector<Event> refused = eventsUntilFinished(*without);
    ASSERT_FALSE(refused.empty());
    EXPECT_EQ(refused.back().outcome, Outcome::Refused);
    EXPECT_NE(refused.back().message.find("secret 'db-pass' is not available"), std::string::npos)
        << refused.back().message;
    EXPECT_EQ(refused.back().location, "node 'orders_db' / password");
    EXPECT_EQ(without->wait(kPatience), 1);

    // With it, the secret resolves and the run goes on to connect (and fails there).
    const std::string secret = "s3cr3t-Value-7f2c";
    auto with = startEventsRun({"run", "-", "--events"});
    ASSERT_TRUE(with.has_value());
    ASSERT_TRUE(with->write(requestLine({jobWithASecret(), {{"db-pass", secret}}}) + "\n"));
    const std::vector<Event> events = eventsUntilFinished(*with);
    ASSERT_FALSE(events.empty());
    ASSERT_EQ(events.back().kind, Event::Kind::Finished);
    EXPECT_EQ(events.back().message.find("secret"), std::string::npos) << events.back().message;
    EXPECT_NE(events.back().message.find("127.0.0.1:1"), std::string::npos) << events.back().message;
    with->wait(kPatience);
    EXPECT_EQ(with->stdoutText().find(secret), std::string::npos);
    EXPECT_EQ(with->stderrText().find(secret), std::string::npos);
}

}  // namespace
}  // namespace sw::cli
