#include "sql/kafka_sasl.h"

#include "sql/generation_context.h"

namespace sw::sql {

namespace {

constexpr const char* kShadedSecurityPackage =
    "org.apache.flink.kafka.shaded.org.apache.kafka.common.security.";

std::string loginModule(const std::string& mechanism) {
    const bool scram = mechanism.starts_with("SCRAM-");
    return std::string(kShadedSecurityPackage) +
           (scram ? "scram.ScramLoginModule" : "plain.PlainLoginModule");
}

}  // namespace

std::optional<std::string> generatedJaasConfig(const model::Node& node, SecretPlaceholders& secrets) {
    const std::string protocol = GenerationContext::optionOrDefault(node, "security.protocol");
    if (!protocol.starts_with("SASL_")) return std::nullopt;
    if (!node.option("sasl.jaas.config").empty()) return std::nullopt;

    const std::string mechanism = GenerationContext::optionOrDefault(node, "sasl.mechanism");
    const std::string& name = GenerationContext::relationName(node);
    // Placeholders contain only [A-Za-z0-9_.${}-], so they need no escaping inside JAAS quotes.
    const std::string username = secrets.forSecret(node.option("sasl.username"), name, "sasl.username");
    const std::string password = secrets.forSecret(node.option("sasl.password"), name, "sasl.password");
    return loginModule(mechanism) + " required username=\"" + username + "\" password=\"" +
           password + "\";";
}

}  // namespace sw::sql
