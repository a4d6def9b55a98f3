#pragma once
// FilterOperator: keeps the rows whose condition is TRUE (SQL WHERE: FALSE and NULL drop the row).

#include "expr/eval/evaluator.h"
#include "model/node.h"
#include "runtime/engine/operator.h"

namespace sw::runtime {

class FilterOperator : public Operator {
public:
    // Compiles the node's `condition` over `input` (the upstream relation's columns).
    static Result<std::unique_ptr<FilterOperator>> create(const model::Node& node,
                                                          const std::vector<model::Column>& input);
    explicit FilterOperator(expr::CompiledExpression condition);

    Status process(Batch& batch) override;

private:
    expr::CompiledExpression condition_;
    std::vector<bool> keep_;  // reused between batches
};

}  // namespace sw::runtime
