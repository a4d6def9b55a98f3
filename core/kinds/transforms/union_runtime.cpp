#include "runtime/engine/kind_runtime.h"

#include "runtime/operators/union_operator.h"

namespace sw::runtime {

// The inputs meet in the queue in front of the union's stage; the operator only passes rows on.
KindRuntime unionRuntime() {
    return KindRuntime::ofOperator([](const OperatorContext&) -> Result<std::unique_ptr<Operator>> {
        return std::unique_ptr<Operator>(std::make_unique<UnionOperator>());
    });
}

}  // namespace sw::runtime
