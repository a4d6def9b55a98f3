#pragma once
// Lookup (dimension table) options shared by mysql-lookup and jdbc-lookup.

#include <vector>

#include "kinds/option_descriptor.h"

namespace sw::kinds {

// Cache strategy None / LRU / ALL with its size, expiry and retry settings.
std::vector<OptionDescriptor> lookupCacheOptions();
// "join.type" LEFT | INNER: how a probe row without a match is treated.
OptionDescriptor lookupJoinTypeOption();

}  // namespace sw::kinds
