#pragma once
// Test helper: small jobs built in C++ for the SQL generator tests.

#include <map>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "model/job_graph.h"
#include "sql/generator.h"

namespace sw::sql::testing {

inline model::Column column(const std::string& name, const std::string& type) {
    auto parsed = model::FlinkType::parse(type);
    EXPECT_TRUE(parsed.ok()) << type;
    return {name, parsed.ok() ? parsed.value() : model::FlinkType::string(), {}};
}

class JobBuilder {
public:
    explicit JobBuilder(std::string name = "test job") { job_.name = std::move(name); }

    // Adds a node with id "n<k>"; the reference stays valid until the next add().
    model::Node& add(const std::string& kind, const std::string& name,
                     std::map<std::string, std::string> options = {}) {
        model::Node node;
        node.id = "n" + std::to_string(job_.nodes.size() + 1);
        node.kind = kind;
        node.name = name;
        node.options = std::move(options);
        job_.nodes.push_back(std::move(node));
        return job_.nodes.back();
    }

    void connect(const std::string& fromName, const std::string& toName, const std::string& port = "in") {
        const model::Node* from = job_.findNodeByName(fromName);
        const model::Node* to = job_.findNodeByName(toName);
        ASSERT_TRUE(from && to) << fromName << " -> " << toName;
        job_.edges.push_back({from->id, "out", to->id, port});
    }

    model::Node& node(const std::string& name) { return *job_.findNode(job_.findNodeByName(name)->id); }
    model::JobGraph& job() { return job_; }

    GeneratedSql generate(kinds::Dialect dialect) const { return generateSql(job_, dialect); }

private:
    model::JobGraph job_;
};

// A Kafka source `orders` (id BIGINT, amount DECIMAL(10, 2), ts TIMESTAMP(3)) with proc_time
// and a 5 s watermark on ts.
inline model::Node& addOrdersSource(JobBuilder& builder, const std::string& name = "orders") {
    model::Node& node = builder.add("kafka-source", name,
                                    {{"topic", "orders"}, {"bootstrap.servers", "kafka:9092"}, {"format", "json"}});
    node.schema.columns = {column("id", "BIGINT"), column("amount", "DECIMAL(10, 2)"),
                           column("ts", "TIMESTAMP(3)")};
    node.schema.procTimeColumn = "proc_time";
    node.schema.watermark = model::Watermark{"ts", std::chrono::seconds(5)};
    return node;
}

inline bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace sw::sql::testing
