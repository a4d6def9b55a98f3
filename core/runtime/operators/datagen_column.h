#pragma once
// DatagenColumn: the generator of one column of a datagen source (Flink's fields.<col>.* options).

#include <cstdint>
#include <optional>
#include <random>
#include <string>

#include "expr/eval/value.h"
#include "model/node.h"
#include "util/result.h"

namespace sw::runtime {

class DatagenColumn {
public:
    // The longest random string the local runtime generates (1 MiB). Flink accepts any length;
    // a local run of 100 M characters per value took 1.5 GB and 14 s to stop.
    static constexpr std::int64_t kMaxStringLength = 1 << 20;

    // Reads fields.<column>.kind/min/max/length/start/end of `node`; errors name the option.
    static Result<DatagenColumn> create(const model::Node& node, const model::Column& column);

    // Value for row number `index` (0-based) of the source; `nowMicros` is the wall clock.
    expr::Value generate(std::uint64_t index, std::mt19937_64& random, std::int64_t nowMicros) const;

    // A sequence column ends the source after this many rows; random columns never do.
    std::optional<std::uint64_t> sequenceLength() const;

    // Characters each generated value of this column holds beyond the value itself (random strings).
    std::size_t generatedCharacters() const;

private:
    enum class Generator { Sequence, RandomInteger, RandomFloating, RandomDecimal, RandomBoolean, RandomString,
                           Timestamp, Date, Time };
    DatagenColumn() = default;

    expr::Value sequenceValue(std::int64_t value) const;

    Generator generator_ = Generator::RandomInteger;
    model::FlinkType type_;
    std::int64_t start_ = 0;  // sequence
    std::int64_t end_ = 0;
    std::int64_t minInteger_ = 0;  // random integers and decimals (unscaled)
    std::int64_t maxInteger_ = 0;
    double minFloating_ = 0;
    double maxFloating_ = 0;
    std::int64_t length_ = 100;  // random strings
    std::int64_t maxPastMillis_ = 0;  // random timestamps: now minus up to this
};

}  // namespace sw::runtime
