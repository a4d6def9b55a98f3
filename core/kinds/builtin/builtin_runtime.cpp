#include "runtime/engine/kind_runtime.h"

#include "kinds/node_options.h"
#include "runtime/operators/blackhole_sink.h"
#include "runtime/operators/datagen_source.h"
#include "runtime/operators/print_sink.h"

namespace sw::runtime {

KindRuntime datagenSourceRuntime() {
    return KindRuntime::ofSource([](const OperatorContext& context) {
        return upcast<SourceOperator>(DatagenSource::create(context.node, context.output, context.options.batchRows,
                                                            context.options.sourceRecordLimit));
    });
}

// The columns a print sink receives are its relation: declared, or the input's.
KindRuntime printSinkRuntime() {
    return KindRuntime::ofOperator([](const OperatorContext& context) -> Result<std::unique_ptr<Operator>> {
        const kinds::NodeOptions options(context.node, context.kind);
        std::ostream& out = options.flag("standard-error") ? *context.options.standardError
                                                           : *context.options.standardOut;
        return std::unique_ptr<Operator>(
            std::make_unique<PrintSink>(options.text("print-identifier"), context.output, out));
    });
}

KindRuntime blackholeSinkRuntime() {
    return KindRuntime::ofOperator([](const OperatorContext&) -> Result<std::unique_ptr<Operator>> {
        return std::unique_ptr<Operator>(std::make_unique<BlackholeSink>());
    });
}

}  // namespace sw::runtime
