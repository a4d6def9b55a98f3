// Checkpoint cost with many keys: datagen -> k = id % KEYS -> GROUP BY k (COUNT, SUM) -> blackhole
// with a checkpoint every second. Prints the duration (trigger -> file renamed) and size of the
// last checkpoint once all keys exist, and how long a resumed plan takes to build (read + restore).
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>

#include "bench_support.h"
#include "runtime/engine/plan.h"

namespace {

using namespace sw;
using bench::column;
using bench::orDie;

model::JobGraph groupByJob(long keys) {
    model::JobGraph job;
    job.name = "checkpoint-bench";
    model::Node gen;
    gen.id = gen.name = "gen";
    gen.kind = "datagen-source";
    gen.schema.columns = {column("id", "BIGINT")};
    gen.options = {{"fields.id.kind", "sequence"}, {"fields.id.start", "1"},
                   {"fields.id.end", "9000000000000000000"}, {"rows-per-second", "200000"}};
    model::Node keyed;
    keyed.id = keyed.name = "keyed";
    keyed.kind = "project";
    keyed.outputs = {{"k", "id % " + std::to_string(keys)}, {"id", "id"}};
    model::Node agg;
    agg.id = agg.name = "agg";
    agg.kind = "window-aggregate";
    agg.options = {{"window.kind", "NONE"}};
    agg.groupBy = {"k"};
    agg.outputs = {{"n", "COUNT(*)"}, {"total", "SUM(id)"}};
    model::Node sink;
    sink.id = sink.name = "out";
    sink.kind = "blackhole-sink";
    job.nodes = {gen, keyed, agg, sink};
    job.edges = {{"gen", "out", "keyed", "in"}, {"keyed", "out", "agg", "in"}, {"agg", "out", "out", "in"}};
    job.settings.checkpointInterval = std::chrono::seconds(1);
    return job;
}

}  // namespace

int main(int argc, char** argv) {
    const long keys = argc > 1 ? std::atol(argv[1]) : 100000;
    const int checkpoints = argc > 2 ? std::atoi(argv[2]) : 5;
    const std::filesystem::path dir = std::filesystem::temp_directory_path() / "sw-checkpoint-bench";
    std::filesystem::remove_all(dir);
    const model::JobGraph job = groupByJob(keys);

    runtime::PlanOptions options;
    options.checkpoints = {dir, false};
    auto plan = orDie(runtime::Plan::build(job, options), "plan");
    plan->start();
    std::printf("keys=%ld\n", keys);
    std::uint64_t seen = 0;
    while (true) {
        const auto snapshot = plan->metrics().snapshot();
        if (snapshot.checkpoints.completed != seen) {
            seen = snapshot.checkpoints.completed;
            std::printf("checkpoint %llu: %llu ms, %llu bytes, %llu records read so far\n",
                        static_cast<unsigned long long>(snapshot.checkpoints.lastId),
                        static_cast<unsigned long long>(snapshot.checkpoints.lastDurationMillis),
                        static_cast<unsigned long long>(snapshot.checkpoints.lastSizeBytes),
                        static_cast<unsigned long long>(snapshot.sourceRecords()));
            if (seen >= static_cast<std::uint64_t>(checkpoints)) break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    plan->stop();
    orDie(plan->wait(), "run");
    plan.reset();

    options.checkpoints.resume = true;
    const auto started = std::chrono::steady_clock::now();
    auto resumed = orDie(runtime::Plan::build(job, options), "resume");
    const auto millis =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
    std::printf("resume: plan built and %ld keys restored from checkpoint %llu in %lld ms\n", keys,
                static_cast<unsigned long long>(resumed->restoredCheckpointId()), static_cast<long long>(millis));
    std::filesystem::remove_all(dir);
    return 0;
}
