#include <cmath>
#include <limits>

#include "expr/eval/binary_text.h"
#include "expr/eval/decimal_math.h"
#include "expr/eval/eval_nodes.h"
#include "expr/eval/temporal.h"
#include "expr/eval/value_text.h"

namespace sw::expr::eval {
namespace {

using model::FlinkType;
using model::TypeKind;

// Java narrowing: to a 64-bit or 32-bit integer a double saturates (NaN -> 0); TINYINT and
// SMALLINT then keep the low bits of that int, as (byte) and (short) casts do.
std::int64_t narrow(std::int64_t v, TypeKind kind) {
    switch (kind) {
    case TypeKind::TinyInt: return static_cast<std::int8_t>(v);
    case TypeKind::SmallInt: return static_cast<std::int16_t>(v);
    case TypeKind::Int: return static_cast<std::int32_t>(v);
    default: return v;
    }
}

std::int64_t saturate(double d, TypeKind kind) {
    if (std::isnan(d)) return 0;
    bool wide = kind == TypeKind::BigInt;
    double low = wide ? -9223372036854775808.0 : std::numeric_limits<std::int32_t>::min();
    double high = wide ? 9223372036854775807.0 : std::numeric_limits<std::int32_t>::max();
    if (d <= low) return wide ? std::numeric_limits<std::int64_t>::min() : std::numeric_limits<std::int32_t>::min();
    if (d >= high) return wide ? std::numeric_limits<std::int64_t>::max() : std::numeric_limits<std::int32_t>::max();
    return narrow(static_cast<std::int64_t>(d), kind);
}

// The low 64 bits of the integral part (Java's BigDecimal.longValue()).
std::int64_t integralBits(const Decimal& d) {
    decimal::Int128 whole = d.unscaled / decimal::pow10(std::min(d.scale, decimal::kMaxPrecision));
    return static_cast<std::int64_t>(static_cast<std::uint64_t>(static_cast<decimal::UInt128>(whole)));
}

bool fromText(const std::string& text, const FlinkType& to, Value& out, std::string& message) {
    auto parsed = parseValue(text, to);
    if (!parsed) {
        message = parsed.error().message;
        return false;
    }
    out = std::move(parsed).value();
    return true;
}

// CHAR(n) pads to n characters and VARCHAR(n) cuts at n characters (Flink 1.15+ cast behaviour).
void fitLength(std::string& s, const FlinkType& to) {
    if (to.precision() <= 0 || to.precision() == FlinkType::kMaxLength) return;
    std::size_t chars = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
        if (chars == static_cast<std::size_t>(to.precision())) {
            s.resize(i);
            return;
        }
        ++chars;
    }
    if (to.kind() == TypeKind::Char) s.append(static_cast<std::size_t>(to.precision()) - chars, ' ');
}

}  // namespace

// ARRAY<INT> to ARRAY<STRING> and the like: each non-NULL item cast to its new type.
bool castComposite(const Composite& in, const FlinkType& from, const FlinkType& to, Value& out, std::string& message) {
    std::vector<Value> items;
    items.reserve(in.items->size());
    for (std::size_t i = 0; i < in.items->size(); ++i) {
        const Value& item = (*in.items)[i];
        items.emplace_back();
        if (!item.isNull() && !castInto(item, compositeItemType(from, i), compositeItemType(to, i), items.back(), message)) {
            return false;
        }
    }
    out = compositeValue(std::move(items));
    return true;
}

bool castInto(const Value& in, const FlinkType& from, const FlinkType& to, Value& out, std::string& message) {
    const auto& v = in.storage();
    if (from.isCharacterString() && !to.isCharacterString()) return fromText(get<std::string>(in), to, out, message);
    switch (repOf(to)) {
    case Rep::String: {
        std::string text;
        if (auto* bytes = std::get_if<Bytes>(&v)) {
            // Bytes read as UTF-8 (FLINK-27212): printing shows X'..', CAST shows the text.
            auto decoded = binary::decode(bytes->octets, "UTF-8");
            if (!decoded) {
                message = decoded.error().message;
                return false;
            }
            text = std::move(decoded).value();
        } else {
            appendValue(text, in, from);
        }
        fitLength(text, to);
        out = std::move(text);
        return true;
    }
    case Rep::Bool:
        if (auto* i = std::get_if<std::int64_t>(&v)) out = *i != 0;
        else if (auto* d = std::get_if<double>(&v)) out = *d != 0;
        else if (auto* dec = std::get_if<Decimal>(&v)) out = dec->unscaled != 0;
        else out = get<bool>(in);
        return true;
    case Rep::Int:
        if (auto* i = std::get_if<std::int64_t>(&v)) out = narrow(*i, to.kind());
        else if (auto* d = std::get_if<double>(&v)) out = saturate(*d, to.kind());
        else if (auto* dec = std::get_if<Decimal>(&v)) out = narrow(integralBits(*dec), to.kind());
        else out = std::int64_t{get<bool>(in) ? 1 : 0};
        return true;
    case Rep::Double: {
        double d = 0;
        if (auto* i = std::get_if<std::int64_t>(&v)) d = static_cast<double>(*i);
        else if (auto* x = std::get_if<double>(&v)) d = *x;
        else if (auto* dec = std::get_if<Decimal>(&v)) d = decimal::toDouble(*dec);
        else d = get<bool>(in) ? 1 : 0;
        out = to.kind() == TypeKind::Float ? static_cast<double>(static_cast<float>(d)) : d;
        return true;
    }
    case Rep::Decimal: {
        std::optional<Decimal> d;
        if (auto* i = std::get_if<std::int64_t>(&v)) d = decimal::fromInteger(*i, to.scale());
        else if (auto* x = std::get_if<double>(&v)) d = std::isfinite(*x) ? decimal::fromDouble(*x, to.scale()) : std::nullopt;
        else if (auto* dec = std::get_if<Decimal>(&v)) d = decimal::rescale(*dec, to.scale());
        else d = decimal::fromInteger(get<bool>(in) ? 1 : 0, to.scale());
        // Too many digits for the target precision is NULL in Flink, not an error.
        if (d && decimal::fits(*d, to.precision())) out = *d;
        else out = Value();
        return true;
    }
    case Rep::Date:
        if (auto* ts = std::get_if<Timestamp>(&v)) out = Date{static_cast<std::int32_t>(temporal::floorDiv(ts->micros, temporal::kMicrosPerDay))};
        else out = get<Date>(in);
        return true;
    case Rep::Time:
        if (auto* ts = std::get_if<Timestamp>(&v)) {
            std::int64_t inDay = ts->micros - temporal::floorDiv(ts->micros, temporal::kMicrosPerDay) * temporal::kMicrosPerDay;
            out = TimeOfDay{static_cast<std::int32_t>(inDay / temporal::kMicrosPerMilli)};
        } else {
            out = get<TimeOfDay>(in);
        }
        return true;
    case Rep::Timestamp:
        if (auto* date = std::get_if<Date>(&v)) out = Timestamp{std::int64_t{date->days} * temporal::kMicrosPerDay};
        else if (auto* time = std::get_if<TimeOfDay>(&v)) out = Timestamp{std::int64_t{time->millis} * temporal::kMicrosPerMilli};
        else out = temporal::truncateToPrecision(get<Timestamp>(in), to.precision());
        return true;
    case Rep::Bytes:
        if (auto* bytes = std::get_if<Bytes>(&v)) {
            Bytes fitted = *bytes;
            binary::fitLength(fitted.octets, to);
            out = std::move(fitted);
            return true;
        }
        [[fallthrough]];
    default:
        if (auto* composite = std::get_if<Composite>(&v); composite && from.kind() == to.kind()) {
            return castComposite(*composite, from, to, out, message);
        }
        message = "cannot cast " + from.withNullable(true).toSql() + " to " + to.withNullable(true).toSql();
        return false;
    }
}

NodePtr makeCast(NodePtr operand, FlinkType to, bool tryCast, std::size_t offset) {
    FlinkType from = operand->type();
    FlinkType target = to;
    return makeStrict(std::move(to), offset, nodes(std::move(operand)), [from, target, tryCast](Call& c) -> const Value* {
        std::string message;
        if (castInto(*c.args[0], from, target, c.out, message)) return &c.out;
        if (tryCast) return &nullValue();
        return c.fail("CAST failed: " + message);
    });
}

}  // namespace sw::expr::eval
