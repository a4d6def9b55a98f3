#pragma once
// Test helper: compact construction of small jobs, plus ready-made clean pipelines to break.

#include <gtest/gtest.h>

#include <algorithm>
#include <initializer_list>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "model/job_graph.h"
#include "analysis/diagnostic.h"

namespace sw::validate::test {

inline model::FlinkType type(std::string_view text) {
    auto parsed = model::FlinkType::parse(text);
    EXPECT_TRUE(parsed.ok()) << text;
    return parsed.ok() ? parsed.value() : model::FlinkType();
}

inline std::vector<model::Column> columns(std::initializer_list<std::pair<const char*, const char*>> list) {
    std::vector<model::Column> out;
    for (const auto& [name, typeText] : list) out.push_back({name, type(typeText), {}});
    return out;
}

class JobBuilder {
public:
    model::Node& add(std::string id, std::string kind, std::map<std::string, std::string> options = {}) {
        model::Node node;
        node.name = id;
        node.id = std::move(id);
        node.kind = std::move(kind);
        node.options = std::move(options);
        job_.nodes.push_back(std::move(node));
        return job_.nodes.back();
    }

    JobBuilder& connect(const std::string& from, const std::string& to, const std::string& toPort = "in") {
        job_.edges.push_back({from, "out", to, toPort});
        return *this;
    }

    model::Node& node(const std::string& id) {
        auto found = std::find_if(job_.nodes.begin(), job_.nodes.end(), [&](const model::Node& n) { return n.id == id; });
        EXPECT_NE(found, job_.nodes.end()) << id;
        return *found;
    }

    model::JobGraph& job() { return job_; }

    // A Kafka source on an ApsaraMQ VPC endpoint with event time (ts) and processing time.
    model::Node& kafkaSource(const std::string& id) {
        model::Node& n = add(id, "kafka-source",
                             {{"bootstrap.servers", "alikafka-pre-cn-x-1-vpc.alikafka.aliyuncs.com:9092"},
                              {"topic", "orders"},
                              {"group.id", "designer"}});
        n.schema.columns = columns({{"order_id", "BIGINT"}, {"user_id", "BIGINT"},
                                    {"amount", "DECIMAL(10, 2)"}, {"ts", "TIMESTAMP(3)"}});
        n.schema.watermark = model::Watermark{"ts", std::chrono::milliseconds(5000)};
        n.schema.procTimeColumn = "proc_time";
        return n;
    }

    // An RDS MySQL dimension table keyed by user_id, joined on user_id.
    model::Node& mysqlLookup(const std::string& id) {
        model::Node& n = add(id, "mysql-lookup", mysqlOptions("users"));
        n.schema.columns = columns({{"user_id", "BIGINT"}, {"user_name", "STRING"}, {"level", "INT NOT NULL"}});
        n.schema.primaryKey = {"user_id"};
        n.joinKeys = {{"user_id", "user_id"}};
        return n;
    }

    model::Node& mysqlSink(const std::string& id) {
        model::Node& n = add(id, "mysql-sink", mysqlOptions("orders_out"));
        n.schema.columns = columns({{"order_id", "BIGINT"}, {"user_name", "STRING"}, {"amount", "DECIMAL(10, 2)"}});
        n.schema.primaryKey = {"order_id"};
        return n;
    }

    model::Node& kafkaSink(const std::string& id) {
        return add(id, "kafka-sink",
                   {{"bootstrap.servers", "alikafka-pre-cn-x-1-vpc.alikafka.aliyuncs.com:9092"}, {"topic", "audit"}});
    }

private:
    static std::map<std::string, std::string> mysqlOptions(const std::string& table) {
        return {{"hostname", "rm-abc123.mysql.rds.aliyuncs.com"},
                {"database-name", "shop"},
                {"table-name", table},
                {"username", "app"},
                {"password", "${secret.rds_pw}"}};
    }

    model::JobGraph job_;
};

// src -> users (lookup) -> keep (filter) -> shape (project) -> out (MySQL upsert sink).
inline JobBuilder lookupPipeline() {
    JobBuilder b;
    b.kafkaSource("src");
    b.mysqlLookup("users");
    b.add("keep", "filter", {{"condition", "amount > 10"}});
    model::Node& shape = b.add("shape", "project");
    shape.outputs = {{"order_id", "order_id"}, {"user_name", "user_name"}, {"amount", "amount"}};
    b.mysqlSink("out");
    b.connect("src", "users", "probe").connect("users", "keep").connect("keep", "shape").connect("shape", "out");
    return b;
}

// src -> agg (window aggregate of `windowKind`, grouped by user_id) -> sink (print).
inline JobBuilder windowPipeline(const std::string& windowKind = "TUMBLE") {
    JobBuilder b;
    b.kafkaSource("src");
    model::Node& agg = b.add("agg", "window-aggregate", {{"window.kind", windowKind}});
    if (windowKind != "NONE") {
        agg.options["window.time-column"] = "ts";
        agg.options["window.size"] = "1 min";
    }
    agg.groupBy = {"user_id"};
    agg.outputs = {{"total", "SUM(amount)"}, {"orders", "COUNT(order_id)"}};
    b.add("sink", "print-sink");
    b.connect("src", "agg").connect("agg", "sink");
    return b;
}

inline std::vector<analysis::Diagnostic> withCode(const std::vector<analysis::Diagnostic>& all, const std::string& code) {
    std::vector<analysis::Diagnostic> out;
    std::copy_if(all.begin(), all.end(), std::back_inserter(out), [&](const analysis::Diagnostic& d) { return d.code == code; });
    return out;
}

inline std::string describe(const std::vector<analysis::Diagnostic>& all) {
    std::string out;
    for (const analysis::Diagnostic& d : all) {
        out += std::string(toString(d.severity)) + " " + d.code + " [" + d.nodeId + " / " + d.field + "] " +
               d.message + "\n";
    }
    return out;
}

}  // namespace sw::validate::test
