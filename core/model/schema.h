#pragma once
// Schema: the declared columns of a table node, its primary key, watermark and processing-time column.

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "model/flink_type.h"

namespace sw::model {

struct Column {
    std::string name;
    FlinkType type;
    std::string comment;

    bool operator==(const Column&) const = default;
};

// WATERMARK FOR <column> AS <column> - INTERVAL <delay>
struct Watermark {
    std::string column;
    std::chrono::milliseconds delay{0};

    bool operator==(const Watermark&) const = default;
};

struct Schema {
    std::vector<Column> columns;
    std::vector<std::string> primaryKey;  // column names; empty = no key
    std::optional<Watermark> watermark;
    std::string procTimeColumn;  // name of a `<name> AS PROCTIME()` computed column; empty = none

    const Column* find(std::string_view name) const;
    bool operator==(const Schema&) const = default;
};

}  // namespace sw::model
