#pragma once
// ProjectOperator: computes each output column from the input row (SQL SELECT list).

#include "expr/evaluator.h"
#include "model/node.h"
#include "runtime/operator.h"

namespace sw::runtime {

class ProjectOperator : public Operator {
public:
    // Compiles the node's outputs (`name AS expression`) over `input`.
    static Result<std::unique_ptr<ProjectOperator>> create(const model::Node& node,
                                                           const std::vector<model::Column>& input);
    explicit ProjectOperator(std::vector<expr::CompiledExpression> outputs);

    Status process(Batch& batch) override;

private:
    std::vector<expr::CompiledExpression> outputs_;
    expr::Row scratch_;  // the output row under construction, swapped into the batch
};

}  // namespace sw::runtime
