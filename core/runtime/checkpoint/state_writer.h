#pragma once
// StateWriter: packs operator state for a checkpoint — varints, byte strings, values, rows and
// accumulators — into one compact byte string that StateReader reads back.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "expr/eval/aggregate_function.h"
#include "expr/eval/value.h"

namespace sw::runtime {

class StateWriter {
public:
    void writeCount(std::uint64_t count);  // unsigned varint
    void writeInteger(std::int64_t value);  // zig-zag varint
    void writeBytes(std::string_view bytes);  // length, then the bytes
    void writeValue(const expr::Value& value);
    void writeRow(const expr::Row& row);  // width, then the values
    // Each accumulator's own serialize() text, after their count.
    void writeAccumulators(const std::vector<std::unique_ptr<expr::Accumulator>>& accumulators);

    std::string take() { return std::move(out_); }

private:
    std::string out_;
};

}  // namespace sw::runtime
