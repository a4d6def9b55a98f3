#pragma once
// ProjectOperator: computes each output column from the input row (SQL SELECT list).

#include <optional>

#include "expr/eval/evaluator.h"
#include "model/node.h"
#include "runtime/engine/operator.h"

namespace sw::runtime {

class ProjectOperator : public Operator {
public:
    // Compiles the node's outputs (`name AS expression`) over `input`.
    static Result<std::unique_ptr<ProjectOperator>> create(const model::Node& node,
                                                           const std::vector<model::Column>& input);
    explicit ProjectOperator(std::vector<expr::CompiledExpression> outputs);

    Status process(Batch& batch) override;

private:
    // An output that is a bare input column: taken over from the input row without the evaluator.
    struct ColumnOutput {
        std::size_t output;
        std::size_t field;
        bool moves;  // no later column output reads the same field, so it may be moved out
    };

    Status evaluate(std::size_t output, const expr::Row& row, const expr::EvaluationContext& context);

    std::vector<expr::CompiledExpression> outputs_;
    std::vector<std::size_t> computed_;  // outputs that need the evaluator, run before any move
    std::vector<ColumnOutput> columns_;
    expr::Row scratch_;  // the output row under construction, swapped into the batch
};

}  // namespace sw::runtime
