#include "runtime/mysql/lookup_cache_codec.h"

#include <cstdint>
#include <cstring>
#include <type_traits>

#include "model/flink_type.h"

namespace sw::runtime {
namespace {

// Starts every packed row, so a match whose emitted columns are all keys (a row of no values)
// still packs to something other than "" = no match.
constexpr char kRowStart = 'R';
// A timestamp with a sub-microsecond part; one without keeps the variant's tag (8) and its
// micros-only layout, so state written before nanoseconds existed still reads.
constexpr unsigned char kTimestampWithNanos = 0x88;

template <typename T>
void appendRaw(std::string& out, const T& value) {
    static_assert(std::is_trivially_copyable_v<T>);
    const auto* bytes = reinterpret_cast<const char*>(&value);
    out.append(bytes, sizeof(T));
}

template <typename T>
bool readRaw(std::string_view& in, T& value) {
    if (in.size() < sizeof(T)) return false;
    std::memcpy(&value, in.data(), sizeof(T));
    in.remove_prefix(sizeof(T));
    return true;
}

void appendLength(std::string& out, std::size_t length) {
    while (length >= 0x80) {
        out += static_cast<char>((length & 0x7f) | 0x80);
        length >>= 7;
    }
    out += static_cast<char>(length);
}

bool readLength(std::string_view& in, std::size_t& length) {
    length = 0;
    for (int shift = 0; shift < 64 && !in.empty(); shift += 7) {
        const auto byte = static_cast<unsigned char>(in.front());
        in.remove_prefix(1);
        length |= static_cast<std::size_t>(byte & 0x7f) << shift;
        if (!(byte & 0x80)) return true;
    }
    return false;
}

std::optional<std::string> readLengthPrefixed(std::string_view& in) {
    std::size_t length = 0;
    if (!readLength(in, length) || length > in.size()) return std::nullopt;
    std::string bytes(in.substr(0, length));
    in.remove_prefix(length);
    return bytes;
}

template <typename T>
std::optional<expr::Value> readAs(std::string_view& in) {
    T raw{};
    if (!readRaw(in, raw)) return std::nullopt;
    return expr::Value(raw);
}

template <typename Wrapper, typename Raw>
std::optional<expr::Value> readWrapped(std::string_view& in) {
    Raw raw{};
    if (!readRaw(in, raw)) return std::nullopt;
    return expr::Value(Wrapper{raw});
}

// Composite values nest; state read back from a file is trusted no deeper than types can nest.
constexpr int kMaxCompositeDepth = model::FlinkType::kMaxNesting;

}  // namespace

std::optional<expr::Value> LookupCacheCodec::readValue(std::string_view& in) { return readValueAt(in, 0); }

std::optional<expr::Value> LookupCacheCodec::readComposite(std::string_view& in, int depth) {
    std::size_t count = 0;
    // Every item takes at least its tag byte, so a count beyond the bytes left is corrupt.
    if (depth >= kMaxCompositeDepth || !readLength(in, count) || count > in.size()) return std::nullopt;
    std::vector<expr::Value> items;
    items.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        auto item = readValueAt(in, depth + 1);
        if (!item) return std::nullopt;
        items.push_back(std::move(*item));
    }
    return expr::compositeValue(std::move(items));
}

std::optional<expr::Value> LookupCacheCodec::readValueAt(std::string_view& in, int depth) {
    if (in.empty()) return std::nullopt;
    const auto tag = static_cast<unsigned char>(in.front());
    in.remove_prefix(1);
    switch (tag) {
    case 0: return expr::Value();
    case 1: return readAs<bool>(in);
    case 2: return readAs<std::int64_t>(in);
    case 3: return readAs<double>(in);
    case 4: {
        expr::Decimal decimal;
        std::int8_t scale = 0;
        if (!readRaw(in, decimal.unscaled) || !readRaw(in, scale)) return std::nullopt;
        decimal.scale = scale;
        return expr::Value(decimal);
    }
    case 5: {
        auto text = readLengthPrefixed(in);
        if (!text) return std::nullopt;
        return expr::Value(std::move(*text));
    }
    case 6: return readWrapped<expr::Date, std::int32_t>(in);
    case 7: return readWrapped<expr::TimeOfDay, std::int32_t>(in);
    case 8: return readWrapped<expr::Timestamp, std::int64_t>(in);
    case 9: return readWrapped<expr::Interval, std::int64_t>(in);
    case 10: return readWrapped<expr::MonthInterval, std::int32_t>(in);
    case 11: {
        auto octets = readLengthPrefixed(in);
        if (!octets) return std::nullopt;
        return expr::Value(expr::Bytes{std::move(*octets)});
    }
    case kTimestampWithNanos: {
        expr::Timestamp ts;
        if (!readRaw(in, ts.micros) || !readRaw(in, ts.nanos)) return std::nullopt;
        return expr::Value(ts);
    }
    case 12: return readComposite(in, depth);
    default: return std::nullopt;
    }
}

void LookupCacheCodec::appendValue(std::string& out, const expr::Value& value) {
    const auto& storage = value.storage();
    const auto* timestamp = std::get_if<expr::Timestamp>(&storage);
    if (timestamp && timestamp->nanos != 0) {
        out += static_cast<char>(kTimestampWithNanos);
        appendRaw(out, timestamp->micros);
        appendRaw(out, timestamp->nanos);
        return;
    }
    out += static_cast<char>(storage.index());  // tags follow the variant's alternatives
    std::visit(
        [&out](const auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::string>) {
                appendLength(out, v.size());
                out += v;
            } else if constexpr (std::is_same_v<T, expr::Bytes>) {
                appendLength(out, v.octets.size());
                out += v.octets;
            } else if constexpr (std::is_same_v<T, expr::Decimal>) {
                appendRaw(out, v.unscaled);
                appendRaw(out, static_cast<std::int8_t>(v.scale));
            } else if constexpr (std::is_same_v<T, expr::Date>) {
                appendRaw(out, v.days);
            } else if constexpr (std::is_same_v<T, expr::TimeOfDay>) {
                appendRaw(out, v.millis);
            } else if constexpr (std::is_same_v<T, expr::Timestamp>) {
                appendRaw(out, v.micros);
            } else if constexpr (std::is_same_v<T, expr::Interval>) {
                appendRaw(out, v.millis);
            } else if constexpr (std::is_same_v<T, expr::MonthInterval>) {
                appendRaw(out, v.months);
            } else if constexpr (std::is_same_v<T, expr::Composite>) {
                appendLength(out, v.items->size());
                for (const expr::Value& item : *v.items) appendValue(out, item);
            } else if constexpr (!std::is_same_v<T, std::monostate>) {
                appendRaw(out, v);  // bool, int64, double
            }
        },
        storage);
}

std::string LookupCacheCodec::packKey(const expr::Row& row, const std::vector<std::size_t>& columns) {
    std::string key;
    for (std::size_t column : columns) appendValue(key, row[column]);
    return key;
}

void LookupCacheCodec::appendRowStart(std::string& out) { out.push_back(kRowStart); }

void LookupCacheCodec::appendRow(std::string& out, const expr::Row& row) {
    appendRowStart(out);
    for (const expr::Value& value : row) appendValue(out, value);
}

void LookupCacheCodec::unpackRows(std::string_view packed, std::size_t width, std::vector<expr::Row>& rows) {
    while (!packed.empty()) {
        packed.remove_prefix(1);  // kRowStart, written by appendRow
        expr::Row row;
        row.reserve(width);
        for (std::size_t i = 0; i < width; ++i) row.push_back(*readValue(packed));  // packed by appendRow
        rows.push_back(std::move(row));
    }
}

}  // namespace sw::runtime
