#include "runtime/operators/filter_operator.h"

#include "runtime/engine/compiled_expressions.h"

namespace sw::runtime {

Result<std::unique_ptr<FilterOperator>> FilterOperator::create(const model::Node& node,
                                                               const std::vector<model::Column>& input) {
    auto condition = compileNodeExpression(node, "condition", node.option("condition"), input);
    if (!condition) return condition.error();
    return std::make_unique<FilterOperator>(std::move(*condition));
}

FilterOperator::FilterOperator(expr::CompiledExpression condition) : condition_(std::move(condition)) {}

Status FilterOperator::process(Batch& batch) {
    const expr::EvaluationContext context{wallClockMicros()};
    keep_.assign(batch.size(), false);
    Error error;
    for (std::size_t i = 0; i < batch.size(); ++i) {
        bool accepted = false;
        // A runtime failure fails the job, as a Flink task would.
        if (!condition_.evaluateCondition(batch.rows[i], context, accepted, error))
            return Error{error.message + " (in " + condition_.sql() + ")", "condition"};
        keep_[i] = accepted;
    }
    batch.keepWhere(keep_);
    return Ok{};
}

}  // namespace sw::runtime
