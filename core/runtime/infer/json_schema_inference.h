#pragma once
// JsonSchemaInference: proposes the columns of a JSON-format table from sample messages — nested
// objects as ROW, arrays as ARRAY, numbers as BIGINT / DOUBLE / DECIMAL by what was seen, strings
// in a timestamp layout as TIMESTAMP(3) with the matching json.timestamp-format.standard, epoch
// milliseconds as BIGINT with a TO_TIMESTAMP_LTZ computed column; nullable where a sample lacked
// the field or held null. Messages that are not JSON objects are counted, never fatal.

#include <chrono>
#include <cstdint>
#include <string_view>

#include "runtime/infer/json_value_shape.h"
#include "runtime/infer/schema_proposal.h"

namespace sw::runtime {

class JsonSchemaInference {
public:
    // Epoch milliseconds are believed between these instants (2000-01-01 and 2100-01-01 UTC).
    static constexpr std::int64_t kEpochMillisFrom = 946684800000;
    static constexpr std::int64_t kEpochMillisTo = 4102444800000;

    // `now` decides which unnamed integers look like recent event times.
    explicit JsonSchemaInference(std::chrono::system_clock::time_point now = std::chrono::system_clock::now())
        : now_(now) {}

    // One message's value; where it came from names it when it is malformed.
    void add(std::string_view text, std::int32_t partition = 0, std::int64_t offset = 0);

    int sampled() const { return sampled_; }
    SchemaProposal propose() const;

private:
    std::chrono::system_clock::time_point now_;
    JsonValueShape messages_;  // the top-level objects, merged
    int sampled_ = 0;
    std::vector<MalformedMessage> malformed_;
};

}  // namespace sw::runtime
