#pragma once
// SASL / SSL options of every Kafka kind (ApsaraMQ for Kafka SASL and SSL endpoints).

#include <vector>

#include "connectors/option_descriptor.h"

namespace sw::connectors {

std::vector<OptionDescriptor> kafkaSecurityOptions();

}  // namespace sw::connectors
