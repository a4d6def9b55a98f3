#include "connectors/upsert_kafka_sink_kind.h"

#include "connectors/kafka_common_options.h"
#include "connectors/kafka_security_options.h"
#include "connectors/option_builder.h"
#include "connectors/port_presets.h"

namespace sw::connectors {

NodeKind upsertKafkaSinkKind() {
    NodeKind kind;
    kind.id = "upsert-kafka-sink";
    kind.label = "Upsert Kafka";
    kind.role = NodeRole::Sink;
    kind.help = "Writes the latest value per primary key to a Kafka topic; deletes become "
                "tombstones.";
    kind.icon = "kafka.svg";
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

}  // namespace sw::connectors
