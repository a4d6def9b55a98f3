#pragma once
// Connection and TLS options of the MySQL kinds (Alibaba `mysql` / legacy `rds`, Flink `jdbc`).

#include <vector>

#include "connectors/option_descriptor.h"

namespace sw::connectors {

std::vector<OptionDescriptor> mysqlConnectionOptions();

}  // namespace sw::connectors
