#pragma once
// Evaluator: compiles a type-checked expression against an input row layout and evaluates it
// with Flink SQL semantics (three-valued logic, NULL propagation, exact DECIMAL arithmetic).
// The local runtime's session time zone is UTC: TIMESTAMP_LTZ values, FROM_UNIXTIME and
// UNIX_TIMESTAMP are rendered and parsed in UTC.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "expr/parse/ast.h"
#include "expr/eval/value.h"
#include "model/schema.h"
#include "util/result.h"

namespace sw::expr {

// Per-row context that is not in the row itself.
struct EvaluationContext {
    std::int64_t nowMicros = 0;  // NOW() / CURRENT_TIMESTAMP for this record (processing time)
    // Internal to the evaluator: the value so far of the long operator chain being evaluated
    // (eval_chain.cpp), which the chain's next step reads as its left operand.
    const Value* chainValue = nullptr;
};

// CompiledExpression: an expression resolved against one row layout, ready to run per row.
// Immutable and safe to share between threads; copies share the compiled tree.
class CompiledExpression {
public:
    class Impl;
    explicit CompiledExpression(std::shared_ptr<const Impl> impl);

    // Never throws for data: a runtime failure (division by zero, bad CAST) is an Error naming the
    // expression, so the operator can count it and apply the job's error policy.
    Result<Value> evaluate(const Row& row, const EvaluationContext& context) const;

    // Hot-path form: writes the value into `out` (reusing its storage) and returns true, or
    // returns false with `error` set. Allocates nothing unless the result is a string.
    bool evaluate(const Row& row, const EvaluationContext& context, Value& out, Error& error) const;

    // WHERE form for BOOLEAN expressions: `accepted` is true only for TRUE (FALSE and NULL reject).
    // Returns false with `error` set on a runtime failure.
    bool evaluateCondition(const Row& row, const EvaluationContext& context, bool& accepted, Error& error) const;

    const model::FlinkType& type() const;
    const std::string& sql() const;  // canonical text, for error messages and metrics
    // The input field a bare column reference reads (so an operator may move it instead of
    // evaluating); nullopt for any other expression.
    std::optional<std::size_t> columnIndex() const;

private:
    std::shared_ptr<const Impl> impl_;
};

// Scalar expressions only (aggregates are rejected here: see aggregate_function.h).
// Column references are resolved by name to indexes of `input`.
Result<CompiledExpression> compileExpression(const Expr& expression, const std::vector<model::Column>& input);

// CAST(value AS to) for a value of type `from`, with Flink's rules (used e.g. to coerce a
// projected value into a sink column). A NULL stays NULL; a failed cast is an Error.
Result<Value> castValue(const Value& value, const model::FlinkType& from, const model::FlinkType& to);

}  // namespace sw::expr
