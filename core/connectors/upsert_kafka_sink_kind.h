#pragma once
// upsert-kafka-sink: writes a changelog to a compacted Kafka topic keyed by the primary key.

#include "connectors/node_kind.h"

namespace sw::connectors {

NodeKind upsertKafkaSinkKind();

}  // namespace sw::connectors
