#pragma once
// Write batching and retry options shared by mysql-sink and jdbc-sink.

#include <vector>

#include "connectors/option_descriptor.h"

namespace sw::connectors {

std::vector<OptionDescriptor> sinkBufferOptions();

}  // namespace sw::connectors
