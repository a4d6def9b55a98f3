// datagen -> JSON encode -> JSON decode -> filter -> project -> blackhole, all on one thread.
// Prints records per second of the whole pipeline; the median of several runs is what counts.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench_support.h"
#include "runtime/operators/blackhole_sink.h"
#include "runtime/operators/datagen_source.h"
#include "runtime/operators/filter_operator.h"
#include "runtime/formats/json_row_decoder.h"
#include "runtime/formats/json_row_encoder.h"
#include "runtime/operators/project_operator.h"

namespace {

using namespace sw;

using bench::column;
using bench::orDie;

struct Pipeline {
    std::unique_ptr<runtime::DatagenSource> source;
    runtime::JsonRowEncoder encoder;
    runtime::JsonRowDecoder decoder;
    std::unique_ptr<runtime::FilterOperator> filter;
    std::unique_ptr<runtime::ProjectOperator> project;
    runtime::BlackholeSink sink;
};

Pipeline makePipeline(std::uint64_t records) {
    model::Node gen;
    gen.id = gen.name = "orders";
    gen.kind = "datagen-source";
    gen.schema.columns = {column("order_id", "BIGINT"), column("amount", "INT"), column("city", "STRING"),
                          column("price", "DECIMAL(10, 2)")};
    gen.options = {{"fields.order_id.kind", "sequence"}, {"fields.order_id.start", "1"},
                   {"fields.order_id.end", std::to_string(records)}, {"fields.amount.min", "1"},
                   {"fields.amount.max", "500"}, {"fields.city.length", "8"}, {"fields.price.min", "1"},
                   {"fields.price.max", "999"}, {"rows-per-second", "1000000000000"}};
    const auto& columns = gen.schema.columns;

    model::Node filter;
    filter.id = filter.name = "big";
    filter.options["condition"] = "amount > 100";
    model::Node project;
    project.id = project.name = "enriched";
    project.outputs = {{"order_id", "order_id"}, {"city", "UPPER(city)"}, {"amount", "amount"},
                       {"total", "price * amount"}};
    return Pipeline{orDie(runtime::DatagenSource::create(gen, columns, 1024, std::nullopt), "datagen"),
                    runtime::JsonRowEncoder(columns),
                    orDie(runtime::JsonRowDecoder::create(columns, {}), "decoder"),
                    orDie(runtime::FilterOperator::create(filter, columns), "filter"),
                    orDie(runtime::ProjectOperator::create(project, columns), "project"),
                    {}};
}

// One full run; returns records per second (source records over wall time).
double runOnce(std::uint64_t records, std::uint64_t& written) {
    Pipeline p = makePipeline(records);
    std::atomic<bool> stopping{false};
    std::vector<std::string> messages;
    runtime::Batch generated, decoded;
    written = 0;
    const auto start = std::chrono::steady_clock::now();
    while (true) {
        generated.clear();
        if (!*p.source->next(generated, stopping)) break;
        messages.resize(generated.size());
        for (std::size_t i = 0; i < generated.size(); ++i) p.encoder.encode(generated.rows[i], messages[i]);
        decoded.clear();
        decoded.createdAt = generated.createdAt;
        for (const std::string& message : messages) {
            if (!p.decoder.decode(message, decoded).ok()) std::exit(2);
        }
        if (!p.filter->process(decoded).ok() || !p.project->process(decoded).ok() || !p.sink.process(decoded).ok())
            std::exit(3);
        written += decoded.size();
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return static_cast<double>(records) / seconds;
}

}  // namespace

int main(int argc, char** argv) {
    const std::uint64_t records = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 2'000'000;
    const int runs = argc > 2 ? std::atoi(argv[2]) : 5;
    std::vector<double> rates;
    for (int r = 0; r < runs; ++r) {
        std::uint64_t written = 0;
        rates.push_back(runOnce(records, written));
        std::printf("run %d: %.0f records/s (%llu of %llu passed the filter)\n", r + 1, rates.back(),
                    static_cast<unsigned long long>(written), static_cast<unsigned long long>(records));
    }
    std::sort(rates.begin(), rates.end());
    std::printf("median: %.0f records/s over %d runs of %llu records\n", rates[rates.size() / 2], runs,
                static_cast<unsigned long long>(records));
    return 0;
}
