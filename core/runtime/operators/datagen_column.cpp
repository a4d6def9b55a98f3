#include "runtime/operators/datagen_column.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace sw::runtime {

namespace {

using model::TypeKind;

std::string optionKey(const model::Column& column, const char* suffix) {
    return "fields." + column.name + "." + suffix;
}

Result<std::optional<double>> readNumber(const model::Node& node, const std::string& key) {
    const std::string text = node.option(key);
    if (text.empty()) return std::optional<double>{};
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size())
        return Error{"'" + text + "' is not a number", "option " + key};
    return std::optional<double>{value};
}

Result<std::optional<std::int64_t>> readInteger(const model::Node& node, const std::string& key) {
    const std::string text = node.option(key);
    if (text.empty()) return std::optional<std::int64_t>{};
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size())
        return Error{"'" + text + "' is not an integer", "option " + key};
    return std::optional<std::int64_t>{value};
}

std::int64_t powerOfTen(int exponent) {
    std::int64_t result = 1;
    for (int i = 0; i < exponent; ++i) result *= 10;
    return result;
}

}  // namespace

Result<DatagenColumn> DatagenColumn::create(const model::Node& node, const model::Column& column) {
    DatagenColumn out;
    out.type_ = column.type;
    const TypeKind kind = column.type.kind();
    const std::string generator = node.option(optionKey(column, "kind"));
    const std::string where = "column '" + column.name + "'";

    if (generator == "sequence") {
        auto start = readInteger(node, optionKey(column, "start"));
        if (!start) return start.error();
        auto end = readInteger(node, optionKey(column, "end"));
        if (!end) return end.error();
        if (!*start || !*end) return Error{"a sequence needs both start and end", where};
        if (**end < **start) return Error{"sequence end is smaller than its start", where};
        if (!column.type.isNumeric() && !column.type.isCharacterString())
            return Error{"datagen sequences are numbers or strings, not " + column.type.toSql(), where};
        out.generator_ = Generator::Sequence;
        out.start_ = **start;
        out.end_ = **end;
        return out;
    }
    if (!generator.empty() && generator != "random")
        return Error{"unknown generator '" + generator + "' (expected random or sequence)", where};

    auto min = readNumber(node, optionKey(column, "min"));
    if (!min) return min.error();
    auto max = readNumber(node, optionKey(column, "max"));
    if (!max) return max.error();
    auto length = readInteger(node, optionKey(column, "length"));
    if (!length) return length.error();
    auto maxPast = readInteger(node, optionKey(column, "max-past"));
    if (!maxPast) return maxPast.error();

    if (column.type.isInteger()) {
        const auto [lowest, highest] = model::integerValueRange(kind);
        out.generator_ = Generator::RandomInteger;
        out.minInteger_ = *min ? static_cast<std::int64_t>(**min) : lowest;
        out.maxInteger_ = *max ? static_cast<std::int64_t>(**max) : highest;
    } else if (kind == TypeKind::Float || kind == TypeKind::Double) {
        // Flink draws uniformly from [Double.MIN_VALUE, Double.MAX_VALUE] unless min/max are set.
        out.generator_ = Generator::RandomFloating;
        out.minFloating_ = min->value_or(std::numeric_limits<double>::denorm_min());
        out.maxFloating_ = max->value_or(kind == TypeKind::Float ? std::numeric_limits<float>::max()
                                                                 : std::numeric_limits<double>::max());
    } else if (kind == TypeKind::Decimal) {
        const int digits = std::min(18, column.type.precision());
        const int scale = std::min(column.type.scale(), digits);
        const std::int64_t limit = powerOfTen(digits) - 1;  // largest unscaled value that fits
        const double unit = static_cast<double>(powerOfTen(scale));
        out.generator_ = Generator::RandomDecimal;
        out.minInteger_ = *min ? std::llround(**min * unit) : -limit;
        out.maxInteger_ = *max ? std::llround(**max * unit) : limit;
    } else if (kind == TypeKind::Boolean) {
        out.generator_ = Generator::RandomBoolean;
    } else if (column.type.isCharacterString()) {
        out.generator_ = Generator::RandomString;
        out.length_ = length->value_or(100);
        if (out.length_ < 0) return Error{"length must not be negative", where};
        if (out.length_ > kMaxStringLength)
            return Error{"the local runtime generates strings of at most " + std::to_string(kMaxStringLength) +
                             " characters (1 MiB), not " + std::to_string(out.length_) +
                             "; Flink accepts this length, a local run needs a shorter one",
                         "option " + optionKey(column, "length")};
    } else if (column.type.isTimestamp()) {
        out.generator_ = Generator::Timestamp;
        out.maxPastMillis_ = maxPast->value_or(0);
    } else if (kind == TypeKind::Date) {
        out.generator_ = Generator::Date;
    } else if (kind == TypeKind::Time) {
        out.generator_ = Generator::Time;
    } else {
        return Error{"the local datagen cannot generate " + column.type.toSql() + " yet", where};
    }
    if ((out.generator_ == Generator::RandomInteger || out.generator_ == Generator::RandomDecimal) &&
        out.maxInteger_ < out.minInteger_)
        return Error{"max is smaller than min", where};
    if (out.generator_ == Generator::RandomFloating && out.maxFloating_ < out.minFloating_)
        return Error{"max is smaller than min", where};
    return out;
}

std::optional<std::uint64_t> DatagenColumn::sequenceLength() const {
    if (generator_ != Generator::Sequence) return std::nullopt;
    return static_cast<std::uint64_t>(end_ - start_) + 1;
}

std::size_t DatagenColumn::generatedCharacters() const {
    return generator_ == Generator::RandomString ? static_cast<std::size_t>(length_) : 0;
}

expr::Value DatagenColumn::sequenceValue(std::int64_t value) const {
    switch (type_.kind()) {
    case TypeKind::Decimal: {
        expr::Decimal decimal{value, type_.scale()};
        for (int i = 0; i < type_.scale(); ++i) decimal.unscaled *= 10;  // 128-bit: no overflow
        return decimal;
    }
    case TypeKind::Float:
    case TypeKind::Double: return static_cast<double>(value);
    default: break;
    }
    if (type_.isCharacterString()) return std::to_string(value);
    return value;
}

expr::Value DatagenColumn::generate(std::uint64_t index, std::mt19937_64& random, std::int64_t nowMicros) const {
    static constexpr char kHexDigits[] = "0123456789abcdef";
    constexpr std::int64_t kMicrosPerDay = 86'400'000'000;
    switch (generator_) {
    case Generator::Sequence: return sequenceValue(start_ + static_cast<std::int64_t>(index));
    case Generator::RandomInteger:
        return std::uniform_int_distribution<std::int64_t>(minInteger_, maxInteger_)(random);
    case Generator::RandomFloating: {
        const double value = std::uniform_real_distribution<double>(minFloating_, maxFloating_)(random);
        return type_.kind() == TypeKind::Float ? static_cast<double>(static_cast<float>(value)) : value;
    }
    case Generator::RandomDecimal:
        return expr::Decimal{std::uniform_int_distribution<std::int64_t>(minInteger_, maxInteger_)(random),
                             std::min(type_.scale(), 18)};
    case Generator::RandomBoolean: return std::uniform_int_distribution<int>(0, 1)(random) == 0;
    case Generator::RandomString: {
        // Flink's generator draws hex digits (commons-math nextHexString).
        std::string text(static_cast<std::size_t>(length_), '0');
        std::uint64_t bits = 0;
        int digitsLeft = 0;
        for (char& c : text) {
            if (digitsLeft == 0) {
                bits = random();  // sixteen hex digits per draw
                digitsLeft = 16;
            }
            c = kHexDigits[bits & 0xF];
            bits >>= 4;
            --digitsLeft;
        }
        return text;
    }
    case Generator::Timestamp: {
        const std::int64_t past =
            maxPastMillis_ > 0 ? std::uniform_int_distribution<std::int64_t>(0, maxPastMillis_)(random) : 0;
        return expr::Timestamp{nowMicros - past * 1000};
    }
    case Generator::Date: return expr::Date{static_cast<std::int32_t>(nowMicros / kMicrosPerDay)};
    case Generator::Time: return expr::TimeOfDay{static_cast<std::int32_t>((nowMicros % kMicrosPerDay) / 1000)};
    }
    return {};
}

}  // namespace sw::runtime
