// Kafka source throughput against a loopback broker: a bare librdkafka consumer and kcat (the raw
// consume rate) vs the runtime's kafka-source -> JSON decode -> filter -> blackhole, same topic,
// same run. Usage: sw_bench_kafka_source BOOTSTRAP TOPIC [MESSAGES] (bench/kafka_source_bench.sh
// starts the mock broker with a 32-partition topic and runs this).
#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "bench_support.h"
#include "runtime/engine/plan.h"

namespace {

using namespace sw;
using Clock = std::chrono::steady_clock;
using bench::column;

// Wall time of one read (from creating the client), the part of it from the first message to
// the last (the steady consume rate, without connecting and closing), and the CPU time this
// process spent in the read (all threads).
struct Timing {
    double seconds = 0;
    double streamingSeconds = 0;
    double cpuSeconds = 0;
};

// Starts the clocks; stop() reads both.
struct Stopwatch {
    double cpuBefore = bench::processCpuSeconds();
    Clock::time_point started = Clock::now();
    Timing stop(Clock::time_point firstMessage, Clock::time_point lastMessage) const {
        return {std::chrono::duration<double>(Clock::now() - started).count(),
                std::chrono::duration<double>(lastMessage - firstMessage).count(), bench::processCpuSeconds() - cpuBefore};
    }
};

[[noreturn]] void die(const std::string& message) {
    std::fprintf(stderr, "kafka bench: %s\n", message.c_str());
    std::exit(1);
}

void set(rd_kafka_conf_t* conf, const char* key, const std::string& value) {
    char reason[256];
    if (rd_kafka_conf_set(conf, key, value.c_str(), reason, sizeof reason) != RD_KAFKA_CONF_OK) die(reason);
}

void produce(const std::string& bootstrap, const std::string& topic, long messages) {
    rd_kafka_conf_t* conf = rd_kafka_conf_new();
    set(conf, "bootstrap.servers", bootstrap);
    set(conf, "linger.ms", "20");
    set(conf, "partitioner", "murmur2_random");
    char reason[256];
    rd_kafka_t* producer = rd_kafka_new(RD_KAFKA_PRODUCER, conf, reason, sizeof reason);
    if (!producer) die(reason);
    for (long i = 0; i < messages; ++i) {
        const std::string key = "k" + std::to_string(i);
        const std::string value = R"({"id":)" + std::to_string(i) + R"(,"name":"customer-)" + std::to_string(i) +
                                  R"(","amount":)" + std::to_string(i % 100) + "}";
        while (rd_kafka_producev(producer, RD_KAFKA_V_TOPIC(topic.c_str()), RD_KAFKA_V_KEY(key.data(), key.size()),
                                 RD_KAFKA_V_VALUE(const_cast<char*>(value.data()), value.size()),
                                 RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END) == RD_KAFKA_RESP_ERR__QUEUE_FULL)
            rd_kafka_poll(producer, 10);
    }
    if (rd_kafka_flush(producer, 60000)) die("produce: flush timed out");
    rd_kafka_destroy(producer);
}

// A bare consumer with the runtime's prefetch settings: assign every partition from the start and
// count messages. Times until `messages` arrived.
Timing bareConsumer(const std::string& bootstrap, const std::string& topic, long messages) {
    rd_kafka_conf_t* conf = rd_kafka_conf_new();
    set(conf, "bootstrap.servers", bootstrap);
    set(conf, "group.id", "sw-bench-bare");
    set(conf, "enable.auto.commit", "false");
    set(conf, "queued.min.messages", "500000");
    set(conf, "queued.max.messages.kbytes", "262144");
    set(conf, "fetch.wait.max.ms", "100");
    char reason[256];
    const Stopwatch stopwatch;
    rd_kafka_t* consumer = rd_kafka_new(RD_KAFKA_CONSUMER, conf, reason, sizeof reason);
    if (!consumer) die(reason);
    const rd_kafka_metadata_t* metadata = nullptr;
    rd_kafka_topic_t* handle = rd_kafka_topic_new(consumer, topic.c_str(), nullptr);
    if (rd_kafka_metadata(consumer, 0, handle, &metadata, 10000)) die("bare consumer: no metadata");
    rd_kafka_topic_partition_list_t* list = rd_kafka_topic_partition_list_new(0);
    for (int p = 0; p < metadata->topics[0].partition_cnt; ++p)
        rd_kafka_topic_partition_list_add(list, topic.c_str(), metadata->topics[0].partitions[p].id)->offset =
            RD_KAFKA_OFFSET_BEGINNING;
    rd_kafka_metadata_destroy(metadata);
    rd_kafka_topic_destroy(handle);
    rd_kafka_assign(consumer, list);
    rd_kafka_topic_partition_list_destroy(list);
    rd_kafka_poll_set_consumer(consumer);
    rd_kafka_queue_t* queue = rd_kafka_queue_get_consumer(consumer);
    std::vector<rd_kafka_message_t*> batch(1024);
    long seen = 0;
    Clock::time_point firstMessage;
    while (seen < messages) {
        const auto n = rd_kafka_consume_batch_queue(queue, 50, batch.data(), batch.size());
        if (seen == 0 && n > 0) firstMessage = Clock::now();
        for (ssize_t i = 0; i < n; ++i) {
            if (!batch[static_cast<std::size_t>(i)]->err) ++seen;
            rd_kafka_message_destroy(batch[static_cast<std::size_t>(i)]);
        }
    }
    const Timing timing = stopwatch.stop(firstMessage, Clock::now());
    rd_kafka_queue_destroy(queue);
    rd_kafka_consumer_close(consumer);
    rd_kafka_destroy(consumer);
    return timing;
}

double kcat(const std::string& bootstrap, const std::string& topic, long messages) {
    const std::string command = "kcat -C -q -e -o beginning -b '" + bootstrap + "' -t '" + topic +
                                "' -X queued.min.messages=500000 -X queued.max.messages.kbytes=262144 -f '%s\\n' | wc -l";
    const auto started = Clock::now();
    FILE* pipe = ::popen(command.c_str(), "r");
    long lines = 0;
    if (!pipe || std::fscanf(pipe, "%ld", &lines) != 1) die("kcat did not run");
    ::pclose(pipe);
    if (lines != messages) die("kcat read " + std::to_string(lines) + " messages, expected " + std::to_string(messages));
    return std::chrono::duration<double>(Clock::now() - started).count();
}

Timing runtimePipeline(const std::string& bootstrap, const std::string& topic, long messages) {
    model::JobGraph job;
    job.name = "kafka-bench";
    model::Node source;
    source.id = source.name = "orders";
    source.kind = "kafka-source";
    source.schema.columns = {column("id", "BIGINT"), column("name", "STRING"), column("amount", "INT")};
    source.options = {{"topic", topic}, {"bootstrap.servers", bootstrap}, {"scan.startup.mode", "earliest-offset"},
                      {"format", "json"}};
    model::Node filter;
    filter.id = filter.name = "big";
    filter.kind = "filter";
    filter.options["condition"] = "amount >= 50";
    model::Node sink;
    sink.id = sink.name = "nowhere";
    sink.kind = "blackhole-sink";
    job.nodes = {source, filter, sink};
    job.edges = {{"orders", "out", "big", "in"}, {"big", "out", "nowhere", "in"}};
    runtime::PlanOptions options;
    options.sourceRecordLimit = static_cast<std::uint64_t>(messages);
    const Stopwatch stopwatch;
    auto plan = runtime::Plan::build(job, options);
    if (!plan) die(plan.error().toString());
    // The first and the last record entering the job, seen by polling the metrics every millisecond.
    std::atomic<bool> done{false};
    Clock::time_point firstMessage;
    Clock::time_point lastMessage;
    std::thread watcher([&] {
        bool started = false;
        while (!done.load()) {
            const std::uint64_t read = (*plan)->metrics().snapshot().sourceRecords();
            if (!started && read > 0) {
                firstMessage = Clock::now();
                started = true;
            }
            if (read == static_cast<std::uint64_t>(messages)) {
                lastMessage = Clock::now();
                return;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
    });
    const Status status = (*plan)->run();
    done = true;
    watcher.join();
    if (lastMessage == Clock::time_point{}) lastMessage = Clock::now();  // the run ended between two polls
    if (!status) die(status.error().toString());
    const Timing timing = stopwatch.stop(firstMessage, lastMessage);
    const auto metrics = (*plan)->metrics().snapshot();
    if (metrics.sourceRecords() != static_cast<std::uint64_t>(messages)) die("runtime read too few records");
    if (metrics.sinkRecords() != static_cast<std::uint64_t>(messages / 2)) die("filter kept an unexpected count");
    return timing;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) die("usage: sw_bench_kafka_source BOOTSTRAP TOPIC [MESSAGES [ROUNDS]]");
    const std::string bootstrap = argv[1];
    const std::string topic = argv[2];
    const long messages = argc > 3 ? std::atol(argv[3]) : 1000000;
    const int rounds = argc > 4 ? std::atoi(argv[4]) : 3;
    if (messages <= 0 || messages % 100 != 0) die("MESSAGES must be a positive multiple of 100");
    if (rounds <= 0) die("ROUNDS must be positive");
    produce(bootstrap, topic, messages);
    const double count = static_cast<double>(messages);
    // CPU is this process's (every thread, librdkafka's included) per message; the broker's is not in it.
    std::vector<double> bare, bareStreaming, bareCpu, cat, pipeline, pipelineStreaming, pipelineCpu;
    for (int round = 0; round < rounds; ++round) {
        const Timing b = bareConsumer(bootstrap, topic, messages);
        cat.push_back(kcat(bootstrap, topic, messages));
        const Timing r = runtimePipeline(bootstrap, topic, messages);
        bare.push_back(b.seconds);
        bareStreaming.push_back(b.streamingSeconds);
        bareCpu.push_back(b.cpuSeconds);
        pipeline.push_back(r.seconds);
        pipelineStreaming.push_back(r.streamingSeconds);
        pipelineCpu.push_back(r.cpuSeconds);
        std::printf("round %d: bare %.0f msg/s (streaming %.0f, %.0f ns CPU/msg), kcat %.0f msg/s, runtime %.0f msg/s "
                    "(streaming %.0f, %.0f ns CPU/msg) = %.0f %% of bare (streaming %.0f %%)\n",
                    round + 1, count / b.seconds, count / b.streamingSeconds, 1e9 * b.cpuSeconds / count,
                    count / cat.back(), count / r.seconds, count / r.streamingSeconds, 1e9 * r.cpuSeconds / count,
                    100 * b.seconds / r.seconds, 100 * b.streamingSeconds / r.streamingSeconds);
    }
    const double bareRate = count / median(bare);
    const double runtimeRate = count / median(pipeline);
    const double bareStreamingRate = count / median(bareStreaming);
    const double runtimeStreamingRate = count / median(pipelineStreaming);
    std::printf("median of %d: bare consumer %.0f msg/s (streaming %.0f, %.0f ns CPU/msg), kcat %.0f msg/s, runtime "
                "source->decode->filter->blackhole %.0f msg/s (streaming %.0f, %.0f ns CPU/msg) = %.0f %% of bare, "
                "streaming %.0f %% of bare, %.0f %% of kcat\n",
                rounds, bareRate, bareStreamingRate, 1e9 * median(bareCpu) / count, count / median(cat), runtimeRate,
                runtimeStreamingRate, 1e9 * median(pipelineCpu) / count, 100 * runtimeRate / bareRate,
                100 * runtimeStreamingRate / bareStreamingRate, 100 * runtimeRate * median(cat) / count);
    return 0;
}
