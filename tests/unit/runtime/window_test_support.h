#pragma once
// Shared by the window and group aggregate tests: a job of one source and one window-aggregate
// node, its operator, and output rows as comparable text.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "expr/eval/value_text.h"
#include "job_builder.h"
#include "runtime/engine/watermark_assigner.h"
#include "runtime/operators/window_aggregate_factory.h"
#include "analysis/schema_inference.h"

namespace sw::runtime::test {

// Source `src` (ts TIMESTAMP(3) with a watermark of `delayMillis`, k STRING, v INT) feeding the
// window-aggregate node `w`, which the test configures further through `window()`.
class WindowJob {
public:
    explicit WindowJob(long delayMillis = 2000) : delayMillis_(delayMillis) {
        model::Node source;
        source.id = source.name = "src";
        source.kind = "datagen-source";
        source.schema.columns = {column("ts", "TIMESTAMP(3)"), column("k", "STRING"), column("v", "INT")};
        source.schema.watermark = model::Watermark{"ts", std::chrono::milliseconds(delayMillis)};
        model::Node window;
        window.id = window.name = "w";
        window.kind = "window-aggregate";
        job_.nodes = {source, window};
        job_.edges.push_back({"src", "out", "w", "in"});
    }
    model::Node& window() { return *job_.findNode("w"); }
    model::JobGraph& job() { return job_; }

    Result<std::unique_ptr<Operator>> create(GroupAggregateOperator::Clock clock = std::chrono::steady_clock::now) {
        std::vector<analysis::Diagnostic> diagnostics;
        relations_ = analysis::inferRelations(job_, diagnostics);
        return createWindowAggregate(job_, window(), relations_, &counters_, std::move(clock));
    }
    const NodeCounters& counters() const { return counters_; }
    // The source's watermark generator, sending after every batch that advances it (interval 0).
    WatermarkAssigner watermarks() const {
        return WatermarkAssigner(0, "ts", std::chrono::milliseconds(delayMillis_), std::chrono::milliseconds(0));
    }

private:
    long delayMillis_;
    model::JobGraph job_;
    std::map<std::string, analysis::Relation> relations_;
    NodeCounters counters_;
};

// An input row of the source: event time in milliseconds since the epoch, key, value.
inline expr::Row inputRow(std::int64_t millis, const std::string& key, int value) {
    return {expr::Value(expr::Timestamp{millis * 1000}), expr::Value(key), expr::Value(value)};
}

inline Batch batchOf(const std::vector<expr::Row>& rows) {
    Batch batch;
    for (const auto& row : rows) batch.append(row);
    return batch;
}

// "+I[0, 10000, a, 3]": the change kind, then timestamps as epoch milliseconds and other values
// as Flink casts them to STRING — independent of how the print sink renders timestamps.
inline std::vector<std::string> describe(const Batch& batch) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < batch.size(); ++i) {
        std::string text = std::string(toShortString(batch.kinds[i])) + "[";
        for (std::size_t c = 0; c < batch.rows[i].size(); ++c) {
            const expr::Value& value = batch.rows[i][c];
            if (c > 0) text += ", ";
            if (value.is<expr::Timestamp>()) text += std::to_string(value.as<expr::Timestamp>().micros / 1000);
            else if (value.is<std::string>()) text += value.as<std::string>();
            else if (value.is<std::int64_t>()) text += std::to_string(value.as<std::int64_t>());
            else if (value.isNull()) text += "NULL";
            else text += "?";
        }
        out.push_back(text + "]");
    }
    return out;
}

}  // namespace sw::runtime::test
