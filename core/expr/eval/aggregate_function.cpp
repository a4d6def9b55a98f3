#include "expr/eval/aggregate_function.h"

#include <algorithm>

#include "expr/eval/accumulators.h"
#include "expr/eval/eval_nodes.h"
#include "expr/eval/expression_compiler.h"
#include "expr/parse/parser.h"
#include "expr/parse/printer.h"
#include "expr/types/type_checker.h"

namespace sw::expr {

class AggregateFunction::Impl {
public:
    Impl(std::shared_ptr<const eval::AggregateSpec> spec, std::string sql) : spec_(std::move(spec)), sql_(std::move(sql)) {}
    std::shared_ptr<const eval::AggregateSpec> spec_;
    std::string sql_;
};

AggregateFunction::AggregateFunction(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
std::unique_ptr<Accumulator> AggregateFunction::createAccumulator() const { return eval::makeAccumulator(impl_->spec_); }
const model::FlinkType& AggregateFunction::resultType() const { return impl_->spec_->resultType; }
const std::string& AggregateFunction::sql() const { return impl_->sql_; }

namespace {

bool isReducedToParts(FunctionId function) {
    using enum FunctionId;
    return function == StddevPop || function == StddevSamp || function == VarPop || function == VarSamp || function == Variance;
}

// Flink plans STDDEV_POP/SAMP and VAR_POP/SAMP with Calcite's AggregateReduceFunctionsRule
// (reduceStddev): SUM(x * x), SUM(x) and COUNT(x) (each DISTINCT if the call is), then
//   CAST(POWER((SUM(x*x) - CAST(SUM(x) AS t) * CAST(SUM(x) AS t) / COUNT(x)) / d, 0.5) AS t)
// with d = COUNT(x) for POP and CASE WHEN COUNT(x) = 1 THEN NULL ELSE COUNT(x) - 1 END for SAMP,
// without POWER for VAR_*. Built from the same text, so SQL's own types and rounding apply: an
// integer argument divides as integers, as in Flink.
Status reduceToParts(const Expr& call, const model::FlinkType& resultType, const std::vector<model::Column>& input,
                     eval::AggregateSpec& spec) {
    using enum FunctionId;
    const FunctionId f = call.function();
    const std::string x = "(" + toSql(call.child(0)) + ")";
    const std::string distinct = call.distinct() ? "DISTINCT " : "";
    std::vector<model::Column> partColumns;
    for (const std::string& part : {"SUM(" + distinct + x + " * " + x + ")", "SUM(" + distinct + x + ")",
                                    "COUNT(" + distinct + x + ")"}) {
        auto parsed = parseExpression(part);
        if (!parsed) return parsed.error();
        auto aggregate = compileAggregate(**parsed, input);
        if (!aggregate) return aggregate.error();
        partColumns.push_back({"p" + std::to_string(partColumns.size()), aggregate->resultType(), ""});
        spec.parts.push_back(std::move(aggregate).value());
    }
    const std::string t = resultType.withNullable(true).toSql();
    const std::string sum = "CAST(p1 AS " + t + ")";
    const bool sample = f == StddevSamp || f == VarSamp || f == Variance;
    const std::string divisor = sample ? "CASE WHEN p2 = 1 THEN CAST(NULL AS BIGINT) ELSE p2 - 1 END" : "p2";
    std::string value = "(p0 - " + sum + " * " + sum + " / p2) / " + divisor;
    if (f == StddevPop || f == StddevSamp) value = "POWER(" + value + ", 0.5)";
    auto finish = parseExpression("CAST(" + value + " AS " + t + ")");
    if (!finish) return finish.error();
    auto compiled = compileExpression(**finish, partColumns);
    if (!compiled) return compiled.error();
    spec.finish = std::move(compiled).value();
    return Ok{};
}

}  // namespace

Result<AggregateFunction> compileAggregate(const Expr& call, const std::vector<model::Column>& input) {
    if (!call.isAggregate()) return Error{"not an aggregate call", "offset " + std::to_string(call.offset())};
    auto type = typeCheck(call, input, AggregateUse::Allowed);
    if (!type) return type.error();
    auto spec = std::make_shared<eval::AggregateSpec>();
    spec->function = call.function();
    spec->distinct = call.distinct();
    spec->resultType = *type;
    if (isReducedToParts(call.function())) {
        if (auto reduced = reduceToParts(call, *type, input, *spec); !reduced) return reduced.error();
    } else if (!call.isCountStar()) {
        auto argument = compileExpression(call.child(0), input);
        if (!argument) return argument.error();
        spec->argumentType = argument->type();
        spec->argument = std::move(argument).value();
        if (call.children().size() > 1) {
            auto second = compileExpression(call.child(1), input);
            if (!second) return second.error();
            spec->secondArgument = std::move(second).value();
        }
    }
    return AggregateFunction(std::make_shared<const AggregateFunction::Impl>(std::move(spec), toSql(call)));
}

std::vector<std::unique_ptr<Accumulator>> AggregateOutputs::createAccumulators() const {
    std::vector<std::unique_ptr<Accumulator>> accumulators;
    accumulators.reserve(aggregates.size());
    for (const auto& aggregate : aggregates) accumulators.push_back(aggregate.createAccumulator());
    return accumulators;
}

bool AggregateOutputs::accumulate(std::vector<std::unique_ptr<Accumulator>>& accumulators, const Row& input,
                                  const EvaluationContext& context, Error& error) const {
    for (auto& accumulator : accumulators) {
        if (!accumulator->accumulate(input, context, error)) return false;
    }
    return true;
}

Result<Row> AggregateOutputs::results(const Row& keyValues, const std::vector<std::unique_ptr<Accumulator>>& accumulators,
                                      const EvaluationContext& context) const {
    Row finalRow = keyValues;
    for (const auto& accumulator : accumulators) finalRow.push_back(accumulator->result());
    Row out;
    out.reserve(outputs.size());
    for (const auto& output : outputs) {
        auto v = output.evaluate(finalRow, context);
        if (!v) return v.error();
        out.push_back(std::move(v).value());
    }
    return out;
}

Result<AggregateOutputs> compileAggregateOutputs(const std::vector<const Expr*>& outputs,
                                                 const std::vector<model::Column>& input,
                                                 const std::vector<model::Column>& keys) {
    AggregateOutputs result;
    result.keyCount = keys.size();
    // Keys first, so a key such as window_start types and resolves before an input column of that name.
    std::vector<model::Column> typeColumns = keys;
    typeColumns.insert(typeColumns.end(), input.begin(), input.end());
    // The final row holds the keys, then one field per distinct aggregate call.
    auto slot = [&](const Expr& call, const model::FlinkType& type) -> Result<eval::NodePtr> {
        std::string sql = toSql(call);
        auto same = std::ranges::find(result.aggregates, sql, &AggregateFunction::sql);
        std::size_t index = static_cast<std::size_t>(same - result.aggregates.begin());
        if (same == result.aggregates.end()) {
            auto aggregate = compileAggregate(call, input);
            if (!aggregate) return aggregate.error();
            result.aggregates.push_back(std::move(aggregate).value());
        }
        return eval::makeColumn(static_cast<int>(keys.size() + index), type, call.offset());
    };
    eval::ExpressionCompiler compiler(typeColumns, keys, slot);
    for (const Expr* output : outputs) {
        auto root = compiler.compile(*output);
        if (!root) return root.error();
        result.outputs.push_back(makeCompiledExpression(std::move(root).value(), toSql(*output)));
    }
    return result;
}

}  // namespace sw::expr
