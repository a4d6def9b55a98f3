#pragma once
// StateReader: reads what StateWriter packed. A read past the end or a malformed field makes the
// reader fail (sticky: later reads return empty values), so restore code checks once with
// finish() and reports where the state stopped making sense.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "expr/eval/aggregate_function.h"
#include "expr/eval/value.h"
#include "util/result.h"

namespace sw::runtime {

class StateReader {
public:
    explicit StateReader(std::string_view bytes) : all_(bytes), rest_(bytes) {}

    std::uint64_t readCount();
    // A count of items that each take at least one byte: more than the bytes left fails, so a
    // corrupt count cannot make the caller reserve gigabytes.
    std::uint64_t readItemCount();
    std::int64_t readInteger();
    std::string_view readBytes();
    expr::Value readValue();
    expr::Row readRow();
    // Fresh accumulators of `outputs`, each restored from its serialize() text.
    std::vector<std::unique_ptr<expr::Accumulator>> readAccumulators(const expr::AggregateOutputs& outputs);

    bool failed() const { return failure_.has_value(); }
    bool atEnd() const { return rest_.empty(); }
    // Ok when every read succeeded and every byte was used; else the first problem and its offset.
    Status finish() const;

private:
    void fail(std::string message);

    std::string_view all_;
    std::string_view rest_;
    std::optional<std::string> failure_;
};

}  // namespace sw::runtime
