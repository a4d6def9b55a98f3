#include "runtime/engine/kind_runtime.h"

#include "runtime/operators/project_operator.h"

namespace sw::runtime {

KindRuntime projectRuntime() {
    return KindRuntime::ofOperator([](const OperatorContext& context) {
        return upcast<Operator>(ProjectOperator::create(context.node, context.input));
    });
}

}  // namespace sw::runtime
