#pragma once
// Kafka SASL: the properties.sasl.jaas.config value built from a node's SASL fields.

#include <optional>
#include <string>

#include "model/node.h"
#include "sql/secret_placeholders.h"

namespace sw::sql {

// The JAAS string for a Kafka node that speaks SASL and has no hand-written override, or nothing.
// Flink's SQL Kafka jar relocates the Kafka client, so the login module is named with the
// shaded package; the unrelocated name fails at run time on the console. Username and password
// are written as secret placeholders, never as values.
std::optional<std::string> generatedJaasConfig(const model::Node& node, SecretPlaceholders& secrets);

}  // namespace sw::sql
