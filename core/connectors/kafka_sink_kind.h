#pragma once
// kafka-sink: appends rows to a Kafka topic.

#include "connectors/node_kind.h"

namespace sw::connectors {

NodeKind kafkaSinkKind();

}  // namespace sw::connectors
