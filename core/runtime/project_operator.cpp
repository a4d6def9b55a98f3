#include "runtime/project_operator.h"

#include "runtime/compiled_expressions.h"

namespace sw::runtime {

Result<std::unique_ptr<ProjectOperator>> ProjectOperator::create(const model::Node& node,
                                                                 const std::vector<model::Column>& input) {
    std::vector<expr::CompiledExpression> outputs;
    for (std::size_t i = 0; i < node.outputs.size(); ++i) {
        auto compiled = compileNodeExpression(node, "outputs[" + std::to_string(i) + "]",
                                              node.outputs[i].expression, input);
        if (!compiled) return compiled.error();
        outputs.push_back(std::move(*compiled));
    }
    return std::make_unique<ProjectOperator>(std::move(outputs));
}

ProjectOperator::ProjectOperator(std::vector<expr::CompiledExpression> outputs) : outputs_(std::move(outputs)) {}

Status ProjectOperator::process(Batch& batch) {
    const expr::EvaluationContext context{wallClockMicros()};
    Error error;
    for (expr::Row& row : batch.rows) {
        scratch_.resize(outputs_.size());
        for (std::size_t c = 0; c < outputs_.size(); ++c) {
            if (!outputs_[c].evaluate(row, context, scratch_[c], error))
                return Error{error.message + " (in " + outputs_[c].sql() + ")", "outputs[" + std::to_string(c) + "]"};
        }
        // The old row's storage becomes the next scratch row, so steady state allocates little.
        row.swap(scratch_);
    }
    return Ok{};
}

}  // namespace sw::runtime
