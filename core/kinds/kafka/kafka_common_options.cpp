#include "kinds/kafka/kafka_common_options.h"

#include "kinds/option_builder.h"

namespace sw::kinds {

OptionDescriptor kafkaTopicOption(bool required) {
    return OptionBuilder("topic", "Topic", ValueType::String)
        .required(required)
        .shapesState()
        .group("Connection")
        .sqlKey({"kafka", "upsert-kafka"}, "topic")
        .help("Kafka topic to use. Several topics can be listed separated by ';'.");
}

OptionDescriptor kafkaTopicPatternOption() {
    return OptionBuilder("topic-pattern", "Topic pattern", ValueType::String)
        .shapesState()
        .group("Connection")
        .sqlKey({"kafka"}, "topic-pattern")
        .help("Java regular expression; every matching topic is read. Use instead of Topic.");
}

OptionDescriptor kafkaBootstrapServersOption() {
    return OptionBuilder("bootstrap.servers", "Bootstrap servers", ValueType::String)
        .required()
        .group("Connection")
        .sqlKey({"kafka", "upsert-kafka"}, "properties.bootstrap.servers")
        .help("Comma-separated host:port list of brokers. On ApsaraMQ for Kafka the port "
              "selects the endpoint: 9092 plaintext VPC, 9094 SASL VPC, 9095 SASL_SSL VPC, "
              "9093 Internet.");
}

OptionDescriptor kafkaFormatOption() {
    return OptionBuilder("format", "Format", ValueType::Enum)
        .allowed({"json", "csv", "avro", "raw", "canal-json", "debezium-json"})
        .defaultValue("json")
        .alwaysEmit()
        .group("Format")
        .sqlKey({"kafka"}, "format")
        .help("How each message body maps to a row. canal-json and debezium-json carry "
              "change events (inserts, updates, deletes).");
}

OptionDescriptor upsertKafkaFormatOption(const char* id, const char* label) {
    return OptionBuilder(id, label, ValueType::Enum)
        .required()
        .allowed({"json", "csv", "avro", "raw"})
        .defaultValue("json")
        .alwaysEmit()
        .group("Format")
        .sqlKey({"upsert-kafka"}, id)
        .help("Serialization of the message key (the primary key columns) or of the value "
              "(the whole row); upsert-kafka needs both.");
}

}  // namespace sw::kinds
