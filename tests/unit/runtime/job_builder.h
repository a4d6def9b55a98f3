#pragma once
// Small helpers to write test jobs as code (nodes, schemas and edges) and to watch them run.

#include <chrono>
#include <initializer_list>
#include <map>
#include <sstream>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "model/job_graph.h"

namespace sw::runtime::test {

inline model::Column column(const std::string& name, const std::string& type) {
    return {name, model::FlinkType::parse(type).value(), {}};
}

class JobBuilder {
public:
    model::Node& add(const std::string& id, const std::string& kind) {
        model::Node node;
        node.id = id;
        node.kind = kind;
        node.name = id;
        job_.nodes.push_back(std::move(node));
        return job_.nodes.back();
    }
    // A datagen source whose `id` column counts start..end.
    model::Node& sequence(const std::string& id, long start, long end, const std::string& rate = "1000000000") {
        model::Node& node = add(id, "datagen-source");
        node.schema.columns = {column("id", "BIGINT")};
        node.options = {{"fields.id.kind", "sequence"}, {"fields.id.start", std::to_string(start)},
                        {"fields.id.end", std::to_string(end)}, {"rows-per-second", rate}};
        return node;
    }
    JobBuilder& connect(const std::string& from, const std::string& to) {
        job_.edges.push_back({from, "out", to, "in"});
        return *this;
    }
    const model::JobGraph& job() {
        job_.name = "test";
        return job_;
    }

private:
    model::JobGraph job_;
};

// The lines a print sink wrote, without their line breaks.
inline std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

// "COUNT(*), SUM(id)" per key `id % keys` of the ids 1..rows, counted here row by row: the
// expectation of GROUP BY jobs over a sequence, independent of the runtime.
inline std::map<long, std::string> countAndSumByKey(long rows, long keys) {
    std::map<long, std::pair<long, long>> totals;
    for (long id = 1; id <= rows; ++id) {
        auto& [count, sum] = totals[id % keys];
        ++count;
        sum += id;
    }
    std::map<long, std::string> text;
    for (const auto& [key, total] : totals) text[key] = std::to_string(total.first) + ", " + std::to_string(total.second);
    return text;
}

// Polls `condition` for up to ten seconds; the tests assert on the outcome, never on the time.
template <typename Condition>
bool eventually(Condition condition) {
    for (int i = 0; i < 1000; ++i) {
        if (condition()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
}

}  // namespace sw::runtime::test
