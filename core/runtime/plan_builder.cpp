#include "runtime/plan_builder.h"

#include <algorithm>
#include <set>

#include "connectors/catalog.h"
#include "model/duration.h"
#include "runtime/blackhole_sink.h"
#include "runtime/compiled_expressions.h"
#include "runtime/datagen_source.h"
#include "runtime/filter_operator.h"
#include "runtime/kafka_sink.h"
#include "runtime/kafka_source.h"
#include "runtime/mysql_operator_factory.h"
#include "runtime/print_sink.h"
#include "runtime/project_operator.h"
#include "runtime/sink_schema_adapter.h"
#include "runtime/union_operator.h"
#include "runtime/watermark_assigner.h"
#include "runtime/window_aggregate_factory.h"
#include "validate/validator.h"

namespace sw::runtime {

namespace {

bool isSinkKind(const model::Node& node) {
    const auto* kind = connectors::Catalog::instance().find(node.kind);
    return kind && kind->role == connectors::NodeRole::Sink;
}

bool isSourceKind(const model::Node& node) {
    const auto* kind = connectors::Catalog::instance().find(node.kind);
    return kind && kind->role == connectors::NodeRole::Source;
}

Result<std::unique_ptr<SourceOperator>> createSource(const model::Node& node, const std::vector<model::Column>& columns,
                                                    const PlanOptions& options, MetricsRegistry& metrics,
                                                    NodeCounters& counters) {
    if (node.kind == "kafka-source") {
        const KafkaSourceSettings settings{options.batchRows, options.sourceRecordLimit, options.kafkaConnectTimeout};
        auto kafka = KafkaSource::create(node, columns, settings, metrics, counters, SecretResolver());
        if (!kafka) return kafka.error();
        return std::unique_ptr<SourceOperator>(std::move(*kafka));
    }
    auto datagen = DatagenSource::create(node, columns, options.batchRows, options.sourceRecordLimit);
    if (!datagen) return datagen.error();
    return std::unique_ptr<SourceOperator>(std::move(*datagen));
}

// A duration from the job's extra settings, or `fallback` (Flink's default) when it is not set.
// Validation (setting-duration) has refused a value that is not a duration.
Result<std::chrono::milliseconds> durationSetting(const model::JobSettings& settings, const std::string& key,
                                                  std::chrono::milliseconds fallback) {
    const auto entry = settings.extra.find(key);
    if (entry == settings.extra.end()) return fallback;
    auto duration = model::parseDuration(entry->second);
    if (!duration) return Error{duration.error().message, "settings / " + key};
    return *duration;
}

// Flink marks an input idle after table.exec.source.idle-timeout without rows, so it no longer
// holds a union's watermark back. The local runtime never does: it refuses the job rather than
// run it with other watermarks than Flink would (the exported SQL keeps the setting).
Status refuseSourceIdleness(const model::JobSettings& settings) {
    const std::string key = "table.exec.source.idle-timeout";
    auto timeout = durationSetting(settings, key, std::chrono::milliseconds(0));
    if (!timeout) return timeout.error();
    if (timeout->count() == 0) return Ok{};
    return Error{"the local runtime does not detect idle sources, so it cannot honour " + key + " = '" +
                     settings.extra.at(key) + "' for a source with a watermark; remove it (or set 0) to run locally",
                 "settings / " + key};
}

}  // namespace

bool PlanBuilder::runsKind(const std::string& kindId) {
    static const std::set<std::string> kRunnable = {"datagen-source", "filter",     "project",
                                                    "union",          "print-sink", "blackhole-sink",
                                                    "kafka-source",   "kafka-sink", "upsert-kafka-sink",
                                                    "mysql-lookup",   "jdbc-lookup", "mysql-sink", "jdbc-sink",
                                                    "window-aggregate"};
    return kRunnable.count(kindId) > 0;
}

Status PlanBuilder::build() {
    const auto diagnostics = validate::validateJob(job_, options_.dialect);
    for (const auto& diagnostic : diagnostics) {
        if (diagnostic.severity != validate::Severity::Error) continue;
        const model::Node* node = job_.findNode(diagnostic.nodeId);
        return Error{"the job has errors (run validate): " + diagnostic.message,
                     node ? nodeLocation(*node) : std::string("job")};
    }
    for (const model::Node& node : job_.nodes) {
        if (!runsKind(node.kind))
            return Error{"the local runtime does not run '" + node.kind + "' nodes yet", nodeLocation(node)};
    }
    std::vector<validate::Diagnostic> inferenceFindings;
    relations_ = validate::inferRelations(job_, inferenceFindings);
    auto order = job_.topologicalOrder();
    if (!order) return order.error();
    for (const std::string& id : *order) {
        if (auto added = addNode(*job_.findNode(id)); !added) return added;
    }
    return Ok{};
}

const std::vector<model::Column>& PlanBuilder::inputColumns(const model::Node& node) const {
    const auto edges = job_.incoming(node.id);
    // Validation guarantees an input; a union's inputs share its own relation's columns.
    const std::string& from = node.kind == "union" ? node.id : edges.front()->fromNode;
    return relations_.at(from).columns;
}

namespace {

// The options a node's state means something only with: a window's kind, size, slide and time
// column; a Kafka source's topics (offsets of another topic); datagen's generators and bound.
bool shapesState(const std::string& option) {
    return option.starts_with("window.") || option == "topic" || option == "topic-pattern" ||
           option.starts_with("fields.") || option == "number-of-rows";
}

}  // namespace

std::string PlanBuilder::fingerprint(const model::Node& node) const {
    // What a node's state depends on, readable so a refused resume can say what changed.
    std::string text = node.kind + "(";
    for (const model::Column& column : relations_.at(node.id).columns) {
        if (text.back() != '(') text += ", ";
        text += column.name + " " + column.type.toSql();
    }
    text += ")";
    for (const auto& [option, value] : node.options) {
        if (shapesState(option)) text += " " + option + "=" + value;
    }
    // SUM -> MAX of the same type keeps the columns but not the accumulators' meaning.
    if (!node.groupBy.empty()) {
        text += " GROUP BY";
        for (const std::string& key : node.groupBy) text += " " + key;
    }
    if (node.kind == "window-aggregate") {
        for (const model::NamedExpression& output : node.outputs) text += " " + output.name + "=" + output.expression;
    }
    return text;
}

bool PlanBuilder::startsStage(const model::Node& node) const {
    if (isSinkKind(node) || node.kind == "union") return true;
    const auto edges = job_.incoming(node.id);
    return edges.size() != 1 || job_.outgoing(edges.front()->fromNode).size() != 1;
}

Status PlanBuilder::addNode(const model::Node& node) {
    const bool sink = isSinkKind(node);
    NodeCounters& counters =
        plan_.metrics_.addNode(node.id, node.name, node.kind, isSourceKind(node), sink);
    if (plan_.checkpoints_) plan_.checkpoints_->registerNode(node.id, fingerprint(node), nodeLocation(node));
    if (isSourceKind(node)) return addSource(node, counters);

    const auto& input = inputColumns(node);
    auto op = isMysqlKind(node.kind)
                  ? createMysqlOperator(node, input, relations_.at(node.id).columns, counters)
                  : node.kind == "window-aggregate" ? createWindowAggregate(job_, node, relations_, &counters)
                  : createOperator(node, input);
    if (!op) return op.error();
    Stage& stage = startsStage(node) ? stageBehindQueue(node) : *stageOf_.at(job_.incoming(node.id).front()->fromNode);
    if (sink) {
        auto adapter = SinkSchemaAdapter::createIfNeeded(input, node.schema.columns);
        if (!adapter) return Error{adapter.error().message, nodeLocation(node) + " / " + adapter.error().location};
        if (*adapter) stage.addStep(std::move(*adapter), nullptr, nodeLocation(node));
    }
    stage.addStep(std::move(*op), &counters, nodeLocation(node), sink ? &plan_.metrics_.latency() : nullptr);
    stageOf_[node.id] = &stage;
    return Ok{};
}

Status PlanBuilder::addSource(const model::Node& node, NodeCounters& counters) {
    auto source = createSource(node, relations_.at(node.id).columns, options_, plan_.metrics_, counters);
    if (!source) return Error{source.error().message, nodeLocation(node) + " / " + source.error().location};
    auto& stage = *plan_.stages_.emplace_back(std::make_unique<Stage>(node.id));
    stage.setSource(std::move(*source), &counters, nodeLocation(node));
    stageOf_[node.id] = &stage;
    // The source's declared watermark is generated right behind it, before any filter.
    const validate::Relation& relation = relations_.at(node.id);
    if (!node.schema.watermark || relation.rowtimeColumn.empty()) return Ok{};
    const auto time = std::ranges::find(relation.columns, relation.rowtimeColumn, &model::Column::name);
    if (auto refused = refuseSourceIdleness(job_.settings); !refused) return refused;
    auto interval = durationSetting(job_.settings, "pipeline.auto-watermark-interval", std::chrono::milliseconds(200));
    if (!interval) return interval.error();
    stage.addStep(std::make_unique<WatermarkAssigner>(static_cast<std::size_t>(time - relation.columns.begin()),
                                                      relation.rowtimeColumn, node.schema.watermark->delay, *interval),
                  nullptr, nodeLocation(node));
    return Ok{};
}

Stage& PlanBuilder::stageBehindQueue(const model::Node& node) {
    const auto edges = job_.incoming(node.id);
    std::string fromNames;
    for (const model::Edge* edge : edges) {
        const model::Node* from = job_.findNode(edge->fromNode);
        fromNames += (fromNames.empty() ? "" : ",") + (from->name.empty() ? from->id : from->name);
    }
    QueueGauge& gauge = plan_.metrics_.addQueue(fromNames, node.name.empty() ? node.id : node.name,
                                                options_.queueCapacity);
    auto& queue = *plan_.queues_.emplace_back(
        std::make_unique<BatchQueue>(options_.queueCapacity, edges.size(), &gauge));
    // Every upstream chain ends in this queue; the queue ends when all of them have closed it.
    for (std::size_t i = 0; i < edges.size(); ++i) stageOf_.at(edges[i]->fromNode)->addOutput(&queue, i);
    auto& stage = *plan_.stages_.emplace_back(std::make_unique<Stage>(node.id));
    stage.setInput(&queue);
    return stage;
}

Result<std::unique_ptr<Operator>> PlanBuilder::createOperator(const model::Node& node,
                                                              const std::vector<model::Column>& input) {
    if (node.kind == "filter") {
        auto filter = FilterOperator::create(node, input);
        if (!filter) return filter.error();
        return std::unique_ptr<Operator>(std::move(*filter));
    }
    if (node.kind == "project") {
        auto project = ProjectOperator::create(node, input);
        if (!project) return project.error();
        return std::unique_ptr<Operator>(std::move(*project));
    }
    if (node.kind == "union") return std::unique_ptr<Operator>(std::make_unique<UnionOperator>());
    if (node.kind == "blackhole-sink") return std::unique_ptr<Operator>(std::make_unique<BlackholeSink>());
    if (node.kind == "kafka-sink" || node.kind == "upsert-kafka-sink") {
        auto kafka = KafkaSink::create(node, relations_.at(node.id).columns, options_.kafkaConnectTimeout, SecretResolver(),
                                       options_.kafkaDeliveryTimeout);
        if (!kafka) return Error{kafka.error().message, nodeLocation(node) + " / " + kafka.error().location};
        // librdkafka 2.0.2's mock cluster writes no transaction markers, so transactional writes
        // could not be tested here (docs/runtime.md, Kafka): the sink does not pretend to them.
        if (node.option("sink.delivery-guarantee") == "exactly-once")
            plan_.warnings_.push_back(nodeLocation(node) +
                                      ": sink.delivery-guarantee 'exactly-once' runs at-least-once locally (no "
                                      "Kafka transactions): rows written after the last checkpoint are written "
                                      "again on --resume, and read_committed readers see them twice");
        return std::unique_ptr<Operator>(std::move(*kafka));
    }
    // print-sink: the columns it receives are the sink's relation (declared, or the input's).
    const bool toStandardError = node.option("standard-error") == "true";
    return std::unique_ptr<Operator>(std::make_unique<PrintSink>(
        node.option("print-identifier"), relations_.at(node.id).columns,
        toStandardError ? *options_.standardError : *options_.standardOut));
}

}  // namespace sw::runtime
