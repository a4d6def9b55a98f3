#pragma once
// Write batching and retry options shared by mysql-sink and jdbc-sink.

#include <vector>

#include "kinds/option_descriptor.h"

namespace sw::kinds {

std::vector<OptionDescriptor> sinkBufferOptions();

}  // namespace sw::kinds
