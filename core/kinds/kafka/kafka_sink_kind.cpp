#include "kinds/node_kind.h"

#include "kinds/kafka/kafka_common_options.h"
#include "kinds/kafka/kafka_security_options.h"
#include "kinds/option_builder.h"
#include "kinds/port_presets.h"

namespace sw::kinds {

namespace {

std::vector<OptionDescriptor> producerOptions() {
    return {
        OptionBuilder("sink.partitioner", "Partitioner", ValueType::Enum)
            .allowed({"default", "fixed", "round-robin"})
            .defaultValue("default")
            .group("Producer")
            .sqlKey({"kafka"}, "sink.partitioner")
            .help("default hashes the message key (sticky spreading without a key); fixed "
                  "sends each sink task to one partition; round-robin rotates partitions."),
        OptionBuilder("sink.delivery-guarantee", "Delivery guarantee", ValueType::Enum)
            .allowed({"at-least-once", "exactly-once", "none"})
            .defaultValue("at-least-once")
            .group("Producer")
            .sqlKey({"kafka"}, "sink.delivery-guarantee")
            .help("exactly-once writes in Kafka transactions committed on checkpoints; readers "
                  "must use read_committed isolation."),
        OptionBuilder("sink.transactional-id-prefix", "Transactional id prefix",
                      ValueType::String)
            .group("Producer")
            .sqlKey({"kafka"}, "sink.transactional-id-prefix")
            .visibleWhen("sink.delivery-guarantee", {"exactly-once"})
            .help("Prefix of the Kafka transactional ids; must be unique per job writing to "
                  "the same cluster."),
    };
}

std::vector<OptionProblem> checkTransactions(const model::Node& node, const NodeKind& kind) {
    if (kind.effectiveOption(node, "sink.delivery-guarantee") != "exactly-once" ||
        !node.option("sink.transactional-id-prefix").empty())
        return {};
    return {{"exactly-once-needs-prefix", "sink.transactional-id-prefix",
             "exactly-once delivery writes in Kafka transactions and needs a transactional id prefix"}};
}

}  // namespace

NodeKind kafkaSinkKind() {
    NodeKind kind;
    kind.id = "kafka-sink";
    kind.label = "Kafka";
    kind.role = NodeRole::Sink;
    kind.help = "Appends each row as a message to a Kafka topic.";
    kind.icon = "kafka-sink.svg";
    kind.headlineOptions = {"topic", "format"};
    kind.changelog = SinkChangelog::AppendOnly;
    kind.ports = sinkPorts();
    kind.options = {kafkaTopicOption(true), kafkaBootstrapServersOption(), kafkaFormatOption()};
    append(kind.options, producerOptions());
    append(kind.options, kafkaSecurityOptions());
    kind.connectors = {{Dialect::AliyunVvr, {"kafka"}}, {Dialect::ApacheFlink, {"kafka"}}};
    kind.hasSchema = true;
    kind.checkOptions = checkTransactions;
    return kind;
}

}  // namespace sw::kinds
