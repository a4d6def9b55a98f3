#include "runtime/engine/kind_runtime.h"

#include "runtime/operators/filter_operator.h"

namespace sw::runtime {

KindRuntime filterRuntime() {
    return KindRuntime::ofOperator([](const OperatorContext& context) {
        return upcast<Operator>(FilterOperator::create(context.node, context.input));
    });
}

}  // namespace sw::runtime
