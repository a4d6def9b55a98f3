#pragma once
// SASL / SSL options of every Kafka kind (ApsaraMQ for Kafka SASL and SSL endpoints).

#include <vector>

#include "kinds/option_descriptor.h"

namespace sw::kinds {

std::vector<OptionDescriptor> kafkaSecurityOptions();

}  // namespace sw::kinds
