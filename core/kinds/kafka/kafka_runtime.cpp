#include "runtime/engine/kind_runtime.h"

#include "runtime/check/kafka_connection_check.h"
#include "runtime/infer/kafka_schema_inference.h"
#include "runtime/engine/compiled_expressions.h"
#include "runtime/engine/secret_resolver.h"
#include "runtime/kafka/kafka_sink.h"
#include "runtime/kafka/kafka_source.h"

namespace sw::runtime {

namespace {

Result<std::unique_ptr<SourceOperator>> buildSource(const OperatorContext& context) {
    const PlanOptions& options = context.options;
    KafkaSourceSettings settings{options.batchRows, options.sourceRecordLimit, options.kafkaConnectTimeout};
    settings.commitOffsets = options.commitOffsets;
    settings.toCurrentEnd = options.kafkaToCurrentEnd;
    return upcast<SourceOperator>(KafkaSource::create(context.node, context.output, settings, context.metrics,
                                                      context.counters, SecretResolver()));
}

Result<std::unique_ptr<Operator>> buildSink(const OperatorContext& context) {
    const model::Node& node = context.node;
    auto sink = KafkaSink::create(node, context.output, context.options.kafkaConnectTimeout, SecretResolver(),
                                  context.options.kafkaDeliveryTimeout);
    if (!sink) return Error{sink.error().message, nodeLocation(node) + " / " + sink.error().location};
    (*sink)->countBytesIn(&context.counters);
    // librdkafka 2.0.2's mock cluster writes no transaction markers, so transactional writes
    // could not be tested here (docs/runtime.md, Kafka): the sink does not pretend to them.
    if (context.kind.effectiveOption(node, "sink.delivery-guarantee") == "exactly-once")
        context.warnings.push_back(nodeLocation(node) +
                                   ": sink.delivery-guarantee 'exactly-once' runs at-least-once locally (no "
                                   "Kafka transactions): rows written after the last checkpoint are written "
                                   "again on --resume, and read_committed readers see them twice");
    return std::unique_ptr<Operator>(std::move(*sink));
}

}  // namespace

KindRuntime kafkaSourceRuntime() {
    return KindRuntime::ofSource(buildSource)
        .withConnectionCheck(KafkaConnectionCheck::run)
        .withSchemaInference(KafkaSchemaInference::run);
}

// Append or upsert follows the kind's changelog trait (kafka appends, upsert-kafka writes updates).
// A kafka sink's topic may already hold messages to infer from; upsert-kafka's value format is
// a separate option the inference does not read.
KindRuntime kafkaSinkRuntime() {
    return KindRuntime::ofOperator(buildSink)
        .withConnectionCheck(KafkaConnectionCheck::run)
        .withSchemaInference(KafkaSchemaInference::run);
}
KindRuntime upsertKafkaSinkRuntime() {
    return KindRuntime::ofOperator(buildSink).withConnectionCheck(KafkaConnectionCheck::run);
}

}  // namespace sw::runtime
