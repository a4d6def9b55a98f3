#include "runtime/engine/plan_builder.h"

#include <algorithm>

#include "kinds/catalog.h"
#include "model/duration.h"
#include "runtime/engine/capture_sink.h"
#include "runtime/engine/compiled_expressions.h"
#include "runtime/engine/kind_runtime.h"
#include "runtime/engine/sink_schema_adapter.h"
#include "runtime/engine/watermark_assigner.h"
#include "validate/validator.h"

namespace sw::runtime {

namespace {

const kinds::NodeKind& kindOf(const model::Node& node) {
    // build() refused unknown kinds before any node is added.
    return *kinds::Catalog::instance().find(node.kind);
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

Status PlanBuilder::build() {
    const auto diagnostics = validate::validateJob(job_, options_.dialect);
    for (const auto& diagnostic : diagnostics) {
        if (diagnostic.severity != analysis::Severity::Error) continue;
        if (!validate::blocksLocalRun(diagnostic)) {
            plan_.warnings_.push_back(diagnostic.message + "; the local run evaluates it, the export is refused");
            continue;
        }
        const model::Node* node = job_.findNode(diagnostic.nodeId);
        return Error{"the job has errors (run validate): " + diagnostic.message,
                     node ? nodeLocation(*node) : std::string("job")};
    }
    for (const model::Node& node : job_.nodes) {
        const kinds::NodeKind* kind = kinds::Catalog::instance().find(node.kind);
        if (!kind) return Error{"the node kind '" + node.kind + "' is not known", nodeLocation(node)};
        const std::string& reason = kindRuntime(*kind).notRunnable;
        if (!reason.empty())
            return Error{"the local runtime does not run " + kind->label + " nodes: " + reason, nodeLocation(node)};
    }
    std::vector<analysis::Diagnostic> inferenceFindings;
    relations_ = analysis::inferRelations(job_, inferenceFindings);
    auto order = job_.topologicalOrder();
    if (!order) return order.error();
    for (const std::string& id : *order) {
        if (auto added = addNode(*job_.findNode(id)); !added) return added;
    }
    return Ok{};
}

const std::vector<model::Column>& PlanBuilder::inputColumns(const model::Node& node) const {
    const auto edges = job_.incoming(node.id);
    // Validation guarantees an input; the inputs of a port that takes several (a union) share
    // the node's own relation's columns.
    const kinds::PortDescriptor* port = kindOf(node).firstInput();
    const std::string& from = port && port->multiple ? node.id : edges.front()->fromNode;
    return relations_.at(from).columns;
}

std::string PlanBuilder::fingerprint(const model::Node& node) const {
    // What a node's state depends on, readable so a refused resume can say what changed.
    std::string text = node.kind + "(";
    for (const model::Column& column : relations_.at(node.id).columns) {
        if (text.back() != '(') text += ", ";
        text += column.name + " " + column.type.toSql();
    }
    text += ")";
    const kinds::NodeKind& kind = kindOf(node);
    for (const auto& [option, value] : node.options) {
        const kinds::OptionDescriptor* descriptor = kind.descriptorOfKey(option);
        if (descriptor && descriptor->shapesState) text += " " + option + "=" + value;
    }
    // SUM -> MAX of the same type keeps the columns but not the accumulators' meaning.
    if (!node.groupBy.empty()) {
        text += " GROUP BY";
        for (const std::string& key : node.groupBy) text += " " + key;
    }
    if (kind.outputList == kinds::OutputList::Aggregates) {
        for (const model::NamedExpression& output : node.outputs) text += " " + output.name + "=" + output.expression;
    }
    return text;
}

bool PlanBuilder::startsStage(const model::Node& node) const {
    const kinds::PortDescriptor* port = kindOf(node).firstInput();
    if (kindOf(node).role == kinds::NodeRole::Sink || (port && port->multiple)) return true;
    const auto edges = job_.incoming(node.id);
    return edges.size() != 1 || job_.outgoing(edges.front()->fromNode).size() != 1;
}

Status PlanBuilder::addNode(const model::Node& node) {
    const kinds::NodeKind& kind = kindOf(node);
    const bool source = kind.role == kinds::NodeRole::Source;
    const bool sink = kind.role == kinds::NodeRole::Sink;
    NodeCounters& counters = plan_.metrics_.addNode(node.id, node.name, node.kind, source, sink);
    if (plan_.checkpoints_) plan_.checkpoints_->registerNode(node.id, fingerprint(node), nodeLocation(node));
    static const std::vector<model::Column> kNoInput;
    const OperatorContext context{job_,     node,     kind,           source ? kNoInput : inputColumns(node),
                                  relations_.at(node.id).columns,     relations_, options_, plan_.metrics_,
                                  counters, plan_.warnings_};
    const KindRuntime& runtime = kindRuntime(kind);
    const bool captured = sink && options_.captureSinks;
    // A capture sink is its own preview; every other node shows its sampled output.
    OutputSample* sample = options_.previewRows > 0 && !captured
                               ? &plan_.previews_.addOutput(node.id, context.output, options_.previewRows, counters)
                               : nullptr;
    if (runtime.source) return addSource(context, runtime.source, sample);

    auto op = captured ? captureSink(context) : runtime.operate(context);
    if (!op) return op.error();
    Stage& stage = startsStage(node) ? stageBehindQueue(node) : *stageOf_.at(job_.incoming(node.id).front()->fromNode);
    if (sink) {
        auto adapter = SinkSchemaAdapter::createIfNeeded(context.input, node.schema.columns);
        if (!adapter) return Error{adapter.error().message, nodeLocation(node) + " / " + adapter.error().location};
        if (*adapter) stage.addStep(std::move(*adapter), nullptr, nodeLocation(node));
    }
    stage.addStep(std::move(*op), &counters, nodeLocation(node), sink ? &plan_.metrics_.latency() : nullptr, sample);
    stageOf_[node.id] = &stage;
    return Ok{};
}

Result<std::unique_ptr<Operator>> PlanBuilder::captureSink(const OperatorContext& context) {
    const model::Node& node = context.node;
    // Captured as the table the sink would hold when it upserts: a declared primary key and a
    // kind that writes updates by it (an append-only kind appends whatever key it declares).
    std::vector<std::size_t> keys;
    if (context.kind.changelog != kinds::SinkChangelog::AppendOnly) {
        for (const std::string& key : node.schema.primaryKey) {
            const auto found = std::ranges::find(context.output, key, &model::Column::name);
            if (found == context.output.end())
                return Error{"primary key column '" + key + "' is not a column the sink receives",
                             nodeLocation(node) + " / schema.primaryKey"};
            keys.push_back(static_cast<std::size_t>(found - context.output.begin()));
        }
    }
    return std::unique_ptr<Operator>(
        std::make_unique<CaptureSink>(plan_.previews_.addCapture(node.id, context.output, std::move(keys))));
}

Status PlanBuilder::addSource(const OperatorContext& context, KindRuntime::BuildSource build, OutputSample* sample) {
    const model::Node& node = context.node;
    auto source = build(context);
    if (!source) return Error{source.error().message, nodeLocation(node) + " / " + source.error().location};
    auto& stage = *plan_.stages_.emplace_back(std::make_unique<Stage>(node.id));
    stage.setSource(std::move(*source), &context.counters, nodeLocation(node), sample);
    stageOf_[node.id] = &stage;
    // The source's declared watermark is generated right behind it, before any filter.
    const analysis::Relation& relation = relations_.at(node.id);
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

}  // namespace sw::runtime
