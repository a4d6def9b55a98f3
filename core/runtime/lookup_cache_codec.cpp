#include "runtime/lookup_cache_codec.h"

#include <cstdint>
#include <cstring>
#include <type_traits>

namespace sw::runtime {
namespace {

template <typename T>
void appendRaw(std::string& out, const T& value) {
    static_assert(std::is_trivially_copyable_v<T>);
    const auto* bytes = reinterpret_cast<const char*>(&value);
    out.append(bytes, sizeof(T));
}

template <typename T>
T readRaw(std::string_view& in) {
    T value;
    std::memcpy(&value, in.data(), sizeof(T));
    in.remove_prefix(sizeof(T));
    return value;
}

void appendLength(std::string& out, std::size_t length) {
    while (length >= 0x80) {
        out += static_cast<char>((length & 0x7f) | 0x80);
        length >>= 7;
    }
    out += static_cast<char>(length);
}

std::size_t readLength(std::string_view& in) {
    std::size_t length = 0;
    for (int shift = 0;; shift += 7) {
        const auto byte = static_cast<unsigned char>(in.front());
        in.remove_prefix(1);
        length |= static_cast<std::size_t>(byte & 0x7f) << shift;
        if (!(byte & 0x80)) return length;
    }
}

expr::Value readValue(std::string_view& in) {
    const auto tag = static_cast<unsigned char>(in.front());
    in.remove_prefix(1);
    switch (tag) {
    case 1: return expr::Value(readRaw<bool>(in));
    case 2: return expr::Value(readRaw<std::int64_t>(in));
    case 3: return expr::Value(readRaw<double>(in));
    case 4: {
        expr::Decimal decimal;
        decimal.unscaled = readRaw<expr::Int128>(in);
        decimal.scale = readRaw<std::int8_t>(in);
        return expr::Value(decimal);
    }
    case 5: {
        const std::size_t length = readLength(in);
        std::string text(in.substr(0, length));
        in.remove_prefix(length);
        return expr::Value(std::move(text));
    }
    case 6: return expr::Value(expr::Date{readRaw<std::int32_t>(in)});
    case 7: return expr::Value(expr::TimeOfDay{readRaw<std::int32_t>(in)});
    case 8: return expr::Value(expr::Timestamp{readRaw<std::int64_t>(in)});
    case 9: return expr::Value(expr::Interval{readRaw<std::int64_t>(in)});
    default: return expr::Value();
    }
}

}  // namespace

void LookupCacheCodec::appendValue(std::string& out, const expr::Value& value) {
    const auto& storage = value.storage();
    out += static_cast<char>(storage.index());  // tags follow the variant's alternatives
    std::visit(
        [&out](const auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::string>) {
                appendLength(out, v.size());
                out += v;
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

void LookupCacheCodec::appendRow(std::string& out, const expr::Row& row) {
    for (const expr::Value& value : row) appendValue(out, value);
}

void LookupCacheCodec::unpackRows(std::string_view packed, std::size_t width, std::vector<expr::Row>& rows) {
    while (!packed.empty()) {
        expr::Row row;
        row.reserve(width);
        for (std::size_t i = 0; i < width; ++i) row.push_back(readValue(packed));
        rows.push_back(std::move(row));
    }
}

}  // namespace sw::runtime
