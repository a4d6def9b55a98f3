#pragma once
// KafkaStartupPosition: where a kafka-source starts reading — Flink's scan.startup.* options.

#include <cstdint>
#include <map>

#include "model/node.h"
#include "util/result.h"

namespace sw::runtime {

enum class KafkaStartupMode { EarliestOffset, LatestOffset, GroupOffsets, Timestamp, SpecificOffsets };

struct KafkaStartupPosition {
    KafkaStartupMode mode = KafkaStartupMode::GroupOffsets;  // Flink's default
    std::int64_t timestampMillis = 0;                         // mode Timestamp
    std::map<std::int32_t, std::int64_t> offsets;             // mode SpecificOffsets: partition -> offset

    // Reads scan.startup.mode and the option its mode needs; group-offsets needs group.id, as in Flink.
    static Result<KafkaStartupPosition> fromNode(const model::Node& node);
    // "partition:0,offset:42;partition:1,offset:300" (a trailing ';' is allowed).
    static Result<std::map<std::int32_t, std::int64_t>> parseSpecificOffsets(const std::string& text);
};

}  // namespace sw::runtime
