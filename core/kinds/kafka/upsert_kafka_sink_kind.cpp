#include "kinds/node_kind.h"

#include "kinds/kafka/kafka_common_options.h"
#include "kinds/kafka/kafka_security_options.h"
#include "kinds/option_builder.h"
#include "kinds/port_presets.h"

namespace sw::kinds {

NodeKind upsertKafkaSinkKind() {
    NodeKind kind;
    kind.id = "upsert-kafka-sink";
    kind.label = "Upsert Kafka";
    kind.role = NodeRole::Sink;
    kind.help = "Writes the latest value per primary key to a Kafka topic; deletes become "
                "tombstones.";
    kind.icon = "upsert-kafka-sink.svg";
    kind.headlineOptions = {"topic"};
    kind.ports = sinkPorts();
    kind.options = {kafkaTopicOption(true), kafkaBootstrapServersOption(),
                    upsertKafkaFormatOption("key.format", "Key format"),
                    upsertKafkaFormatOption("value.format", "Value format")};
    append(kind.options, kafkaSecurityOptions());
    kind.connectors = {{Dialect::AliyunVvr, {"upsert-kafka"}},
                       {Dialect::ApacheFlink, {"upsert-kafka"}}};
    kind.hasSchema = true;
    kind.supportsPrimaryKey = true;
    kind.requiresPrimaryKey = true;
    return kind;
}

}  // namespace sw::kinds
