#pragma once
// Durations as Flink writes them ("60 s", "10 min", "500 ms", "1 h"), stored as milliseconds.

#include <chrono>
#include <string>
#include <string_view>

#include "util/result.h"

namespace sw::model {

// Accepts "<n> <unit>" with unit ms|s|sec|min|h|d (also without space, and plain "<n>" = ms).
Result<std::chrono::milliseconds> parseDuration(std::string_view text);
// Shortest exact spelling in the largest unit: 60000 -> "1 min", 1500 -> "1500 ms".
std::string formatDuration(std::chrono::milliseconds value);
// SQL interval literal Flink accepts: 5000 -> "INTERVAL '5' SECOND", 60000 -> "INTERVAL '1' MINUTE",
// 150000 -> "INTERVAL '2:30' MINUTE TO SECOND" (a leading field keeps to two digits).
std::string formatSqlInterval(std::chrono::milliseconds value);

}  // namespace sw::model
