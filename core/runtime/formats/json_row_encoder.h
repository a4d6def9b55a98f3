#pragma once
// JsonRowEncoder: Flink's `json` format on the write side — one JSON object per row, keyed by
// column name, NULL as null, temporal values as SQL-standard text, ARRAY as an array, ROW and
// MAP as objects.

#include <string>
#include <vector>

#include "expr/eval/value.h"
#include "model/schema.h"

namespace sw::runtime {

class JsonRowEncoder {
public:
    explicit JsonRowEncoder(std::vector<model::Column> columns);

    // Replaces `out` with the JSON text of `row` (reuse `out` between rows to avoid allocations).
    void encode(const expr::Row& row, std::string& out) const;

private:
    void appendField(std::string& out, const expr::Value& value, const model::FlinkType& type) const;
    void appendComposite(std::string& out, const expr::Composite& composite, const model::FlinkType& type) const;

    std::vector<model::Column> columns_;
    std::vector<std::string> keys_;  // "\"name\":" per column, escaped once
};

}  // namespace sw::runtime
