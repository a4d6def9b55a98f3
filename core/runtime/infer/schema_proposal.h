#pragma once
// SchemaProposal: the schema "Infer schema" proposes for a node — columns with the evidence for
// each, a primary key, computed columns and format options the job model cannot hold yet, notes,
// and the messages that could not be read.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "model/schema.h"

namespace sw::runtime {

struct ProposedColumn {
    model::Column column;
    std::string evidence;  // "seen in 97 of 100 message(s)", "int(11) NOT NULL"
};

// `<name> AS <expression>`, proposed but not applied: the job model has no computed table columns.
struct ProposedComputedColumn {
    std::string name;
    std::string expression;  // "TO_TIMESTAMP_LTZ(created_ms, 3)"
};

struct MalformedMessage {
    std::int32_t partition = 0;
    std::int64_t offset = 0;
    std::string reason;
};

struct SchemaProposal {
    std::string source;  // what was read: "table 'shop.orders'", "topic 'orders', 100 message(s)"
    std::vector<ProposedColumn> columns;
    std::vector<std::string> primaryKey;
    std::vector<ProposedComputedColumn> computedColumns;
    // Connector options the proposed types need ("json.timestamp-format.standard" -> "SQL").
    std::map<std::string, std::string> formatOptions;
    std::vector<std::string> notes;
    int sampled = 0;  // messages read (Kafka)
    std::vector<MalformedMessage> malformed;

    // `current` with the proposed columns and primary key: the comments of columns kept by name
    // stay, and so do the watermark and processing-time column while their column still exists.
    model::Schema applyTo(const model::Schema& current) const;
};

}  // namespace sw::runtime
