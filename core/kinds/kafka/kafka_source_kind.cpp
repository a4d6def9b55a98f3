#include "kinds/node_kind.h"

#include "kinds/kafka/kafka_common_options.h"
#include "kinds/kafka/kafka_security_options.h"
#include "kinds/option_builder.h"
#include "kinds/port_presets.h"

namespace sw::kinds {

namespace {

std::vector<OptionDescriptor> startupOptions() {
    return {
        OptionBuilder("group.id", "Consumer group", ValueType::String)
            .group("Consumer")
            .sqlKey({"kafka"}, "properties.group.id")
            .help("Consumer group whose committed offsets are used and updated."),
        OptionBuilder("scan.startup.mode", "Start from", ValueType::Enum)
            .allowed({"earliest-offset", "latest-offset", "group-offsets", "timestamp",
                      "specific-offsets"})
            .defaultValue("group-offsets")
            .alwaysEmit()
            .group("Consumer")
            .sqlKey({"kafka"}, "scan.startup.mode")
            .help("Where reading starts when the job has no checkpoint to resume from."),
        OptionBuilder("scan.startup.timestamp-millis", "Start timestamp (ms)", ValueType::Int)
            .atLeast(0)
            .group("Consumer")
            .sqlKey({"kafka"}, "scan.startup.timestamp-millis")
            .visibleWhen("scan.startup.mode", {"timestamp"})
            .help("Epoch milliseconds; reading starts at the first message at or after it."),
        OptionBuilder("scan.startup.specific-offsets", "Start offsets", ValueType::String)
            .group("Consumer")
            .sqlKey({"kafka"}, "scan.startup.specific-offsets")
            .visibleWhen("scan.startup.mode", {"specific-offsets"})
            .help("Offset per partition, e.g. partition:0,offset:42;partition:1,offset:300."),
    };
}

std::vector<OptionDescriptor> jsonDecodingOptions() {
    return {
        OptionBuilder("json.ignore-parse-errors", "Skip malformed JSON", ValueType::Bool)
            .defaultValue("false")
            .group("Format")
            .sqlKey({"kafka"}, "json.ignore-parse-errors")
            .visibleWhen("format", {"json"})
            .help("Drop a message that is not valid JSON (fields that fail to parse become "
                  "NULL) instead of failing the job."),
        OptionBuilder("json.fail-on-missing-field", "Fail on missing field", ValueType::Bool)
            .defaultValue("false")
            .group("Format")
            .sqlKey({"kafka"}, "json.fail-on-missing-field")
            .visibleWhen("format", {"json"})
            .help("Fail the job when a message lacks a declared field, instead of reading "
                  "it as NULL."),
    };
}

// A source reads named topics or those matching a pattern: exactly one of the two.
std::vector<OptionProblem> checkTopicChoice(const model::Node& node, const NodeKind&) {
    const bool topic = !node.option("topic").empty();
    const bool pattern = !node.option("topic-pattern").empty();
    if (topic != pattern) return {};
    return {{"kafka-topic", "topic",
             topic ? "set either a topic or a topic pattern, not both" : "set a topic or a topic pattern to read from"}};
}

}  // namespace

NodeKind kafkaSourceKind() {
    NodeKind kind;
    kind.id = "kafka-source";
    kind.label = "Kafka";
    kind.role = NodeRole::Source;
    kind.help = "Reads messages from ApsaraMQ for Kafka or any Kafka cluster.";
    kind.icon = "kafka-source.svg";
    kind.headlineOptions = {"topic", "topic-pattern", "format"};
    kind.ports = sourcePorts();
    kind.options = {kafkaTopicOption(false), kafkaTopicPatternOption(),
                    kafkaBootstrapServersOption()};
    append(kind.options, startupOptions());
    kind.options.push_back(kafkaFormatOption());
    append(kind.options, jsonDecodingOptions());
    append(kind.options, kafkaSecurityOptions());
    kind.connectors = {{Dialect::AliyunVvr, {"kafka"}}, {Dialect::ApacheFlink, {"kafka"}}};
    kind.hasSchema = true;
    kind.supportsWatermark = true;
    kind.startPositionOption = "scan.startup.mode";
    kind.checkOptions = checkTopicChoice;
    return kind;
}

}  // namespace sw::kinds
