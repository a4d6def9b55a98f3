#pragma once
// kafka-source: reads a Kafka topic (or topic pattern) as a table.

#include "connectors/node_kind.h"

namespace sw::connectors {

NodeKind kafkaSourceKind();

}  // namespace sw::connectors
