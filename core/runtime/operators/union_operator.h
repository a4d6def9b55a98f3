#pragma once
// UnionOperator: UNION ALL. The merging happens in the queue its inputs share; rows pass unchanged.

#include "runtime/engine/operator.h"

namespace sw::runtime {

class UnionOperator : public Operator {
public:
    // Nothing to do per row: the plan feeds every input into one queue read by this stage.
    Status process(Batch&) override { return Ok{}; }
};

}  // namespace sw::runtime
