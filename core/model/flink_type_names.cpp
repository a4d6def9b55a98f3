#include "model/flink_type_names.h"

#include <array>

namespace sw::model {

namespace {

constexpr std::array<std::string_view, 24> kNames{
    "BOOLEAN", "TINYINT", "SMALLINT", "INT",  "INTEGER",   "BIGINT", "FLOAT",     "DOUBLE",        "DECIMAL",
    "DEC",     "NUMERIC", "STRING",   "BYTES", "CHAR",     "VARCHAR", "BINARY",   "VARBINARY",     "DATE",
    "TIME",    "TIMESTAMP", "TIMESTAMP_LTZ", "ARRAY", "MAP", "ROW"};

// Flink's defaults where a bare name would surprise: DECIMAL alone is DECIMAL(10, 0), and event
// times are usually TIMESTAMP(3) (milliseconds), the precision watermarks are declared on.
constexpr std::array<std::string_view, 21> kCompletions{
    "STRING",         "BIGINT",        "INT",          "DOUBLE",           "DECIMAL(10, 2)", "BOOLEAN",
    "TIMESTAMP(3)",   "TIMESTAMP_LTZ(3)", "DATE",      "TIME",             "FLOAT",          "SMALLINT",
    "TINYINT",        "VARCHAR(255)",  "CHAR(1)",      "BYTES",            "BINARY(16)",     "VARBINARY(255)",
    "ARRAY<STRING>",  "MAP<STRING, STRING>", "ROW<name STRING>"};

}  // namespace

std::span<const std::string_view> declarableTypeNames() { return kNames; }

std::span<const std::string_view> typeCompletions() { return kCompletions; }

}  // namespace sw::model
