#include "runtime/engine/kind_runtime.h"

#include "runtime/operators/window_aggregate_factory.h"

namespace sw::runtime {

KindRuntime windowAggregateRuntime() {
    KindRuntime runtime = KindRuntime::ofOperator([](const OperatorContext& context) {
        return createWindowAggregate(context.job, context.node, context.relations, &context.counters);
    });
    runtime.dropsLateRecords = true;
    return runtime;
}

}  // namespace sw::runtime
