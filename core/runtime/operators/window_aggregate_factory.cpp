#include "runtime/operators/window_aggregate_factory.h"

#include <algorithm>

#include "kinds/catalog.h"
#include "expr/parse/parser.h"
#include "model/duration.h"
#include "runtime/engine/compiled_expressions.h"
#include "runtime/operators/window_aggregate_operator.h"
#include "analysis/findings.h"

namespace sw::runtime {

namespace {

Result<std::size_t> columnIndex(const std::vector<model::Column>& columns, const std::string& name,
                                const std::string& location) {
    const auto found = std::ranges::find(columns, name, &model::Column::name);
    if (found == columns.end()) return Error{"'" + name + "' is not a column of the input", location};
    return static_cast<std::size_t>(found - columns.begin());
}

Result<std::int64_t> positiveMillis(const model::Node& node, const std::string& optionId) {
    const std::string text = node.option(optionId);
    auto duration = model::parseDuration(text);
    if (!duration || duration->count() <= 0)
        return Error{"'" + text + "' is not a positive duration", nodeLocation(node) + " / " + optionId};
    return duration->count();
}

Result<expr::AggregateOutputs> compileOutputs(const model::Node& node, const std::vector<model::Column>& input,
                                              const std::vector<model::Column>& keys) {
    std::vector<expr::ExprPtr> parsed;
    std::vector<const expr::Expr*> outputs;
    for (std::size_t i = 0; i < node.outputs.size(); ++i) {
        auto expression = expr::parseExpression(node.outputs[i].expression);
        const std::string field = " / outputs[" + std::to_string(i) + "]";
        if (!expression) return Error{expression.error().message, nodeLocation(node) + field};
        parsed.push_back(std::move(*expression));
        outputs.push_back(parsed.back().get());
    }
    auto compiled = expr::compileAggregateOutputs(outputs, input, keys);
    if (!compiled) return Error{compiled.error().message, nodeLocation(node) + " / outputs"};
    return std::move(*compiled);
}

Result<std::unique_ptr<Operator>> createWindowed(const model::Node& node, const analysis::Relation& input,
                                                 const std::string& kind,
                                                 std::vector<model::Column> keys,
                                                 std::vector<std::size_t> groupColumns, NodeCounters* counters) {
    const std::string timeColumn = node.option("window.time-column");
    if (timeColumn.empty() || timeColumn != input.rowtimeColumn) {
        return Error{"the local runtime runs event-time windows only, but " + input.whyNotRowtime(timeColumn),
                     nodeLocation(node) + " / window.time-column"};
    }
    WindowSpec spec;
    auto timeIndex = columnIndex(input.columns, timeColumn, nodeLocation(node) + " / window.time-column");
    if (!timeIndex) return timeIndex.error();
    spec.timeColumn = *timeIndex;
    spec.timeColumnName = timeColumn;
    spec.groupColumns = std::move(groupColumns);
    auto size = positiveMillis(node, "window.size");
    if (!size) return size.error();
    spec.sizeMillis = spec.slideMillis = *size;
    if (kind == "HOP") {
        auto slide = positiveMillis(node, "window.slide");
        if (!slide) return slide.error();
        if (*size % *slide != 0) {
            return Error{"a HOP window's size must be a whole multiple of its slide (Flink refuses it too)",
                         nodeLocation(node) + " / window.slide"};
        }
        spec.slideMillis = *slide;
    }
    const model::FlinkType bound = model::FlinkType(model::TypeKind::Timestamp, 3).withNullable(false);
    keys.insert(keys.begin(), {{"window_start", bound, {}}, {"window_end", bound, {}}});
    auto outputs = compileOutputs(node, input.columns, keys);
    if (!outputs) return outputs.error();
    return std::unique_ptr<Operator>(
        std::make_unique<WindowAggregateOperator>(std::move(*outputs), std::move(spec), counters));
}

}  // namespace

Result<std::unique_ptr<Operator>> createWindowAggregate(const model::JobGraph& job, const model::Node& node,
                                                        const std::map<std::string, analysis::Relation>& relations,
                                                        NodeCounters* counters, GroupAggregateOperator::Clock clock) {
    const auto edges = job.incoming(node.id);
    const auto inputRelation = edges.size() == 1 ? relations.find(edges.front()->fromNode) : relations.end();
    if (inputRelation == relations.end()) return Error{"the node needs exactly one typed input", nodeLocation(node)};
    const analysis::Relation& input = inputRelation->second;
    if (input.updating) {
        return Error{"the input is an updating stream; the local runtime aggregates append-only input only",
                     nodeLocation(node)};
    }
    std::vector<model::Column> keys;
    std::vector<std::size_t> groupColumns;
    for (std::size_t i = 0; i < node.groupBy.size(); ++i) {
        const std::string field = " / groupBy[" + std::to_string(i) + "]";
        auto index = columnIndex(input.columns, node.groupBy[i], nodeLocation(node) + field);
        if (!index) return index.error();
        groupColumns.push_back(*index);
        keys.push_back(input.columns[*index]);
    }
    const auto* kind = kinds::Catalog::instance().find(node.kind);
    const std::string windowKind =
        kind ? kind->effectiveOption(node, "window.kind") : node.option("window.kind");
    if (windowKind == "TUMBLE" || windowKind == "HOP")
        return createWindowed(node, input, windowKind, std::move(keys), std::move(groupColumns), counters);
    if (windowKind != "NONE")
        return Error{"unknown window kind '" + windowKind + "'", nodeLocation(node) + " / window.kind"};
    auto outputs = compileOutputs(node, input.columns, keys);
    if (!outputs) return outputs.error();
    const MiniBatchSettings miniBatch{job.settings.miniBatchEnabled, job.settings.miniBatchLatency,
                                      static_cast<std::size_t>(std::max(0LL, job.settings.miniBatchSize))};
    return std::unique_ptr<Operator>(std::make_unique<GroupAggregateOperator>(
        std::move(*outputs), std::move(groupColumns), job.settings.stateTtl, miniBatch, std::move(clock)));
}

}  // namespace sw::runtime
