#include "kinds/kafka/kafka_security_options.h"

#include "kinds/option_builder.h"

namespace sw::kinds {

namespace {

constexpr const char* kGroup = "Security";
const std::vector<std::string> kSaslProtocols{"SASL_PLAINTEXT", "SASL_SSL"};

}  // namespace

std::vector<OptionDescriptor> kafkaSecurityOptions() {
    return {
        OptionBuilder("security.protocol", "Security protocol", ValueType::Enum)
            .allowed({"PLAINTEXT", "SASL_PLAINTEXT", "SASL_SSL", "SSL"})
            .defaultValue("PLAINTEXT")
            .group(kGroup)
            .sqlKey({"kafka", "upsert-kafka"}, "properties.security.protocol")
            .help("PLAINTEXT for the default VPC endpoint, SASL_PLAINTEXT for the VPC SASL "
                  "endpoint, SASL_SSL for the VPC SSL endpoint and for Internet access."),
        OptionBuilder("sasl.mechanism", "SASL mechanism", ValueType::Enum)
            .allowed({"PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"})
            .defaultValue("PLAIN")
            .group(kGroup)
            .sqlKey({"kafka", "upsert-kafka"}, "properties.sasl.mechanism")
            .visibleWhen("security.protocol", kSaslProtocols)
            .help("How the client proves its identity. ApsaraMQ for Kafka accepts PLAIN and "
                  "SCRAM-SHA-256."),
        // No SQL keys: the generator writes properties.sasl.jaas.config from these two.
        OptionBuilder("sasl.username", "SASL username", ValueType::Secret)
            .group(kGroup)
            .visibleWhen("security.protocol", kSaslProtocols)
            .help("SASL user, kept as a secret reference and placed into the generated JAAS "
                  "configuration."),
        OptionBuilder("sasl.password", "SASL password", ValueType::Secret)
            .group(kGroup)
            .visibleWhen("security.protocol", kSaslProtocols)
            .help("SASL password, kept as a secret reference and placed into the generated "
                  "JAAS configuration."),
        OptionBuilder("sasl.jaas.config", "JAAS configuration override", ValueType::String)
            .group(kGroup)
            .sqlKey({"kafka", "upsert-kafka"}, "properties.sasl.jaas.config")
            .visibleWhen("security.protocol", kSaslProtocols)
            .help("Leave empty: it is normally generated from the SASL username and password "
                  "with the login module relocated inside Flink's Kafka jar. Set it only to "
                  "replace the generated string entirely."),
        // The JVM connectors use the console's trust store; only the local runtime reads a file.
        OptionBuilder("ssl.ca.location", "CA certificate (local runs)", ValueType::Path)
            .group(kGroup)
            .visibleWhen("security.protocol", {"SASL_SSL", "SSL"})
            .help("PEM file with the broker's CA certificate, used only when the job runs "
                  "locally."),
    };
}

}  // namespace sw::kinds
