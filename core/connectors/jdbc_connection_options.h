#pragma once
// Connection options of the generic JDBC kinds (connector `jdbc` in both dialects).

#include <vector>

#include "connectors/option_descriptor.h"

namespace sw::connectors {

std::vector<OptionDescriptor> jdbcConnectionOptions();

}  // namespace sw::connectors
