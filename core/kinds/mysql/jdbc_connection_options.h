#pragma once
// Connection options of the generic JDBC kinds (connector `jdbc` in both dialects).

#include <vector>

#include "kinds/option_descriptor.h"

namespace sw::kinds {

std::vector<OptionDescriptor> jdbcConnectionOptions();

}  // namespace sw::kinds
