#pragma once
// JsonRowDecoder: Flink's `json` format on the read side — one JSON object per message, fields
// matched to columns by name, parsed with simdjson On Demand (stage 1 in the kernel libsimdjson
// picks for the CPU at run time).

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "model/node.h"
#include "model/schema.h"
#include "runtime/engine/batch.h"
#include "util/result.h"

namespace sw::runtime {

struct JsonFormatOptions {
    bool failOnMissingField = false;  // json.fail-on-missing-field
    bool ignoreParseErrors = false;   // json.ignore-parse-errors

    // Reads the node's json.* options; Flink refuses both flags at once, and so do we.
    static Result<JsonFormatOptions> fromNode(const model::Node& node);
};

class JsonRowDecoder {
public:
    // Fails for column types the local JSON format cannot decode yet (BINARY, MAP with keys
    // other than strings).
    static Result<JsonRowDecoder> create(std::vector<model::Column> columns, JsonFormatOptions options);

    JsonRowDecoder(JsonRowDecoder&&) noexcept;
    JsonRowDecoder& operator=(JsonRowDecoder&&) noexcept;
    ~JsonRowDecoder();

    // Decodes `message` and appends its row to `batch` as +I: true. A message that is malformed
    // or does not convert is an Error, or with json.ignore-parse-errors is skipped (false) and
    // counted in skipped().
    Result<bool> decode(std::string_view message, Batch& batch);

    // Bytes past a message that decodePadded() may read (the parser reads ahead in blocks).
    static constexpr std::size_t kPadding = 64;
    // decode() for a message followed in memory by kPadding readable bytes: parsed in place.
    Result<bool> decodePadded(std::string_view message, Batch& batch);

    std::uint64_t skipped() const { return skipped_; }

private:
    class State;
    explicit JsonRowDecoder(std::unique_ptr<State> state);
    // Appends the parsed row, or applies json.ignore-parse-errors to a failure.
    Result<bool> finish(const Status& parsed, Batch& batch);

    std::unique_ptr<State> state_;
    std::uint64_t skipped_ = 0;
};

}  // namespace sw::runtime
