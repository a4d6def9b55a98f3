// Per-row cost of compiled expressions on the runtime's hot path (filter and project).
#include <benchmark/benchmark.h>

#include "expr/eval/aggregate_function.h"
#include "expr/eval/evaluator.h"
#include "expr/parse/parser.h"

namespace {

using namespace sw::expr;

std::vector<sw::model::Column> columns() {
    return {{"amount", sw::model::FlinkType::parse("DOUBLE").value(), ""},
            {"price", sw::model::FlinkType::parse("DECIMAL(10, 2)").value(), ""},
            {"qty", sw::model::FlinkType::parse("INT").value(), ""},
            {"name", sw::model::FlinkType::parse("STRING").value(), ""}};
}

Row row() { return {Value(150.25), Value(Decimal{12345, 2}), Value(3), Value("customer-0042")}; }

CompiledExpression compile(const char* text) { return compileExpression(*parseExpression(text).value(), columns()).value(); }

void evaluateInto(benchmark::State& state, const char* text) {
    auto expression = compile(text);
    Row input = row();
    EvaluationContext context;
    Value out;
    sw::Error error;
    for (auto _ : state) {
        bool ok = expression.evaluate(input, context, out, error);
        benchmark::DoNotOptimize(ok);
        benchmark::DoNotOptimize(out);
    }
    state.SetItemsProcessed(state.iterations());
}

void condition(benchmark::State& state, const char* text) {
    auto expression = compile(text);
    Row input = row();
    EvaluationContext context;
    bool accepted = false;
    sw::Error error;
    for (auto _ : state) {
        bool ok = expression.evaluateCondition(input, context, accepted, error);
        benchmark::DoNotOptimize(ok);
        benchmark::DoNotOptimize(accepted);
    }
    state.SetItemsProcessed(state.iterations());
}

void sumAccumulate(benchmark::State& state) {
    auto call = parseExpression("SUM(price)").value();
    auto function = compileAggregate(*call, columns()).value();
    auto accumulator = function.createAccumulator();
    Row input = row();
    sw::Error error;
    for (auto _ : state) benchmark::DoNotOptimize(accumulator->accumulate(input, {}, error));
    state.SetItemsProcessed(state.iterations());
}

BENCHMARK_CAPTURE(condition, filter_double_gt, "amount > 100");
BENCHMARK_CAPTURE(condition, filter_and, "amount > 100 AND qty < 10");
BENCHMARK_CAPTURE(evaluateInto, project_double_mul, "amount * 0.08");
BENCHMARK_CAPTURE(evaluateInto, project_decimal_mul, "price * 0.08");
BENCHMARK_CAPTURE(evaluateInto, project_int_add, "qty + 1");
BENCHMARK_CAPTURE(evaluateInto, project_column, "name");
BENCHMARK_CAPTURE(evaluateInto, project_upper, "UPPER(name)");
BENCHMARK_CAPTURE(condition, filter_like_prefix, "name LIKE 'customer-%'");
BENCHMARK_CAPTURE(evaluateInto, project_case, "CASE WHEN amount > 100 THEN 'high' ELSE 'low' END");
BENCHMARK(sumAccumulate);

}  // namespace

BENCHMARK_MAIN();
