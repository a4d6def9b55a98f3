#pragma once
// Connection and TLS options of the MySQL kinds (Alibaba `mysql` / legacy `rds`, Flink `jdbc`).

#include <vector>

#include "kinds/option_descriptor.h"

namespace sw::kinds {

std::vector<OptionDescriptor> mysqlConnectionOptions();

}  // namespace sw::kinds
