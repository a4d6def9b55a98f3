#pragma once
// Aggregates for the runtime's group and window operators: COUNT(*), COUNT([DISTINCT] x), SUM,
// AVG, MIN, MAX, STDDEV_POP/SAMP, VAR_POP/SAMP, VARIANCE, LISTAGG, FIRST_VALUE and LAST_VALUE
// with Flink's result types, and output expressions that wrap them.

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "expr/parse/ast.h"
#include "expr/eval/evaluator.h"
#include "expr/eval/value.h"
#include "model/schema.h"
#include "util/result.h"

namespace sw::expr {

// Accumulator: the running state of one aggregate call for one group (a key or a window pane).
class Accumulator {
public:
    virtual ~Accumulator() = default;
    // Evaluates the aggregate's argument on `input` and folds it in; false with `error` set when
    // the argument fails to evaluate (the state is then unchanged).
    virtual bool accumulate(const Row& input, const EvaluationContext& context, Error& error) = 0;
    // The aggregate's value now: COUNT is 0 before any non-NULL input, every other aggregate NULL.
    virtual Value result() const = 0;
    // The state as text for checkpoints; deserialize() of it restores an equal accumulator.
    virtual std::string serialize() const = 0;
    virtual Status deserialize(std::string_view state) = 0;
};

// AggregateFunction: one compiled aggregate call, a factory of accumulators for it.
class AggregateFunction {
public:
    class Impl;
    explicit AggregateFunction(std::shared_ptr<const Impl> impl);

    std::unique_ptr<Accumulator> createAccumulator() const;
    const model::FlinkType& resultType() const;
    const std::string& sql() const;  // canonical text of the call, e.g. "SUM(`amount`)"

private:
    std::shared_ptr<const Impl> impl_;
};

// Compiles one aggregate call (e.isAggregate()) whose argument is evaluated over `input`.
Result<AggregateFunction> compileAggregate(const Expr& call, const std::vector<model::Column>& input);

// AggregateOutputs: a group operator's output list split into the aggregate calls it contains
// (identical calls shared) and one scalar expression per output evaluated over the "final row"
// [key values..., aggregate results...].
struct AggregateOutputs {
    std::vector<AggregateFunction> aggregates;
    std::vector<CompiledExpression> outputs;
    std::size_t keyCount = 0;

    // One fresh accumulator per aggregate, in order: the state of a new group.
    std::vector<std::unique_ptr<Accumulator>> createAccumulators() const;
    // Folds one input row into every accumulator of a group.
    bool accumulate(std::vector<std::unique_ptr<Accumulator>>& accumulators, const Row& input,
                    const EvaluationContext& context, Error& error) const;
    // The output row of a group from its key values (in `keys` order) and accumulators.
    Result<Row> results(const Row& keyValues, const std::vector<std::unique_ptr<Accumulator>>& accumulators,
                        const EvaluationContext& context) const;
};

// `outputs` are the operator's output expressions over `input` rows. Outside aggregate calls they
// may reference only `keys` (GROUP BY columns, window_start/window_end), whose values the
// runtime supplies per group. Errors are located at the offending sub-expression.
Result<AggregateOutputs> compileAggregateOutputs(const std::vector<const Expr*>& outputs,
                                                 const std::vector<model::Column>& input,
                                                 const std::vector<model::Column>& keys);

}  // namespace sw::expr
