#include "expr/eval/value_text.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

#include "expr/eval/binary_text.h"
#include "expr/eval/decimal_math.h"
#include "expr/eval/temporal.h"

namespace sw::expr {
namespace {

using model::FlinkType;
using model::TypeKind;

// Java's Double.toString / Float.toString: plain between 1e-3 and 1e7, else "d.dddE±n",
// always with a fraction digit; the digits are the shortest that read back exactly.
template <typename F>
void appendJavaFloating(std::string& out, F value) {
    if (std::isnan(value)) { out += "NaN"; return; }
    if (std::isinf(value)) { out += value < 0 ? "-Infinity" : "Infinity"; return; }
    char buffer[64];
    auto end = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific).ptr;
    std::string_view sci(buffer, static_cast<std::size_t>(end - buffer));  // "-1.2345e+06"
    bool negative = sci.front() == '-';
    if (negative) sci.remove_prefix(1);
    std::size_t e = sci.find('e');
    int exponent = 0;
    std::string_view exponentText = sci.substr(e + 1);
    if (exponentText.front() == '+') exponentText.remove_prefix(1);
    std::from_chars(exponentText.data(), exponentText.data() + exponentText.size(), exponent);
    std::string digits;
    for (char c : sci.substr(0, e)) {
        if (c != '.') digits += c;
    }
    if (negative) out += '-';
    F magnitude = std::fabs(value);
    if (magnitude == 0 || (magnitude >= F(1e-3) && magnitude < F(1e7))) {
        if (exponent >= 0) {
            std::size_t whole = static_cast<std::size_t>(exponent) + 1;
            if (digits.size() < whole) digits.append(whole - digits.size(), '0');
            out.append(digits, 0, whole);
            out += '.';
            out += digits.size() > whole ? digits.substr(whole) : "0";
        } else {
            out += "0.";
            out.append(static_cast<std::size_t>(-exponent - 1), '0');
            out += digits;
        }
        return;
    }
    out += digits[0];
    out += '.';
    out += digits.size() > 1 ? digits.substr(1) : "0";
    out += 'E';
    out += std::to_string(exponent);
}

void appendInterval(std::string& out, std::int64_t millis) {
    // Flink prints day-time intervals as "+D HH:MM:SS.fff".
    out += millis < 0 ? '-' : '+';
    std::uint64_t m = millis < 0 ? 0 - static_cast<std::uint64_t>(millis) : static_cast<std::uint64_t>(millis);
    out += std::to_string(m / temporal::kMillisPerDay);
    out += ' ';
    temporal::appendTime(out, static_cast<std::int32_t>(m % temporal::kMillisPerDay), 3);
}

void appendMonthInterval(std::string& out, std::int32_t months) {
    // Flink prints year-month intervals as "+Y-MM".
    out += months < 0 ? '-' : '+';
    std::int64_t m = months < 0 ? -std::int64_t{months} : months;
    out += std::to_string(m / 12);
    out += m % 12 < 10 ? "-0" : "-";
    out += std::to_string(m % 12);
}

std::string_view trimmed(std::string_view s) {
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!s.empty() && space(s.front())) s.remove_prefix(1);
    while (!s.empty() && space(s.back())) s.remove_suffix(1);
    return s;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    return std::ranges::equal(a, b, [](char x, char y) { return std::tolower(static_cast<unsigned char>(x)) == y; });
}

Error malformed(std::string_view text, const FlinkType& type) {
    return Error{"cannot parse '" + std::string(text) + "' as " + type.withNullable(true).toSql(), ""};
}

// Integer text; a fraction is dropped ("12.7" -> 12) as Flink's string-to-integer cast does.
Result<Value> parseInteger(std::string_view text, const FlinkType& type) {
    std::string_view s = trimmed(text);
    if (!s.empty() && s.front() == '+') s.remove_prefix(1);
    std::size_t dot = s.find('.');
    std::string_view whole = s.substr(0, dot);
    if (dot != std::string_view::npos) {
        std::string_view fraction = s.substr(dot + 1);
        if (!std::ranges::all_of(fraction, [](char c) { return c >= '0' && c <= '9'; })) return malformed(text, type);
        if (whole.empty() || whole == "-") whole = whole.empty() ? "0" : "-0";
    }
    std::int64_t value = 0;
    auto [end, ec] = std::from_chars(whole.data(), whole.data() + whole.size(), value);
    if (ec != std::errc() || end != whole.data() + whole.size() || whole.empty()) return malformed(text, type);
    std::int64_t low = std::numeric_limits<std::int64_t>::min();
    std::int64_t high = std::numeric_limits<std::int64_t>::max();
    switch (type.kind()) {
    case TypeKind::TinyInt: low = -128, high = 127; break;
    case TypeKind::SmallInt: low = -32768, high = 32767; break;
    case TypeKind::Int: low = std::numeric_limits<std::int32_t>::min(), high = std::numeric_limits<std::int32_t>::max(); break;
    default: break;
    }
    if (value < low || value > high) return malformed(text, type);
    return Value(value);
}

Result<Value> parseFloating(std::string_view text, const FlinkType& type) {
    std::string_view s = trimmed(text);
    if (!s.empty() && s.front() == '+') s.remove_prefix(1);
    double value = 0;
    bool negative = !s.empty() && s.front() == '-';
    std::string_view unsignedText = negative ? s.substr(1) : s;
    if (unsignedText == "Infinity") {
        value = negative ? -HUGE_VAL : HUGE_VAL;
    } else if (s == "NaN") {
        value = std::nan("");
    } else {
        auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
        if (ec != std::errc() || end != s.data() + s.size() || s.empty()) return malformed(text, type);
    }
    if (type.kind() == TypeKind::Float) value = static_cast<double>(static_cast<float>(value));
    return Value(value);
}

void appendComposite(std::string& out, const Composite& composite, const FlinkType& type) {
    const bool map = type.kind() == TypeKind::Map;
    const bool row = type.kind() == TypeKind::Row;
    out += map ? '{' : row ? '(' : '[';
    const std::vector<Value>& items = *composite.items;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += map && i % 2 == 1 ? "=" : ", ";
        appendValue(out, items[i], compositeItemType(type, i));
    }
    out += map ? '}' : row ? ')' : ']';
}

}  // namespace

const FlinkType& compositeItemType(const FlinkType& type, std::size_t index) {
    switch (type.kind()) {
    case TypeKind::Array: return type.children().at(0);
    case TypeKind::Map: return type.children().at(index % 2);
    default: return type.children().at(index);
    }
}

void appendValue(std::string& out, const Value& value, const FlinkType& type) {
    const Value::Storage& v = value.storage();
    if (value.isNull()) {
        out += "NULL";
    } else if (auto* b = std::get_if<bool>(&v)) {
        out += *b ? "TRUE" : "FALSE";
    } else if (auto* i = std::get_if<std::int64_t>(&v)) {
        char buffer[24];
        out.append(buffer, std::to_chars(buffer, buffer + sizeof buffer, *i).ptr);
    } else if (auto* d = std::get_if<double>(&v)) {
        if (type.kind() == TypeKind::Float) appendJavaFloating(out, static_cast<float>(*d));
        else appendJavaFloating(out, *d);
    } else if (auto* dec = std::get_if<Decimal>(&v)) {
        auto scaled = type.kind() == TypeKind::Decimal ? decimal::rescale(*dec, type.scale()) : std::optional<Decimal>(*dec);
        decimal::append(out, scaled.value_or(*dec));
    } else if (auto* s = std::get_if<std::string>(&v)) {
        out += *s;
    } else if (auto* date = std::get_if<Date>(&v)) {
        temporal::appendDate(out, date->days);
    } else if (auto* time = std::get_if<TimeOfDay>(&v)) {
        temporal::appendTime(out, time->millis, std::max(type.precision(), 0));
    } else if (auto* ts = std::get_if<Timestamp>(&v)) {
        temporal::appendTimestamp(out, *ts, type.precision() < 0 ? 6 : type.precision());
    } else if (auto* interval = std::get_if<Interval>(&v)) {
        appendInterval(out, interval->millis);
    } else if (auto* interval = std::get_if<MonthInterval>(&v)) {
        appendMonthInterval(out, interval->months);
    } else if (auto* bytes = std::get_if<Bytes>(&v)) {
        // Flink prints binary values as a literal that reads back (FLINK-27212).
        out += "x'";
        binary::appendHex(out, bytes->octets, false);
        out += '\'';
    } else if (auto* composite = std::get_if<Composite>(&v)) {
        appendComposite(out, *composite, type);
    }
}

std::string formatValue(const Value& value, const FlinkType& type) {
    std::string out;
    appendValue(out, value, type);
    return out;
}

Result<Value> parseValue(std::string_view text, const FlinkType& type) {
    switch (type.kind()) {
    case TypeKind::Char:
    case TypeKind::Varchar: return Value(std::string(text));
    case TypeKind::Binary:
    case TypeKind::Varbinary: {  // the text's UTF-8 bytes, as CAST(string AS BYTES) in Flink 1.15+
        Bytes bytes{std::string(text)};
        binary::fitLength(bytes.octets, type);
        return Value(std::move(bytes));
    }
    case TypeKind::Boolean: {
        std::string_view s = trimmed(text);
        for (std::string_view word : {"true", "t", "yes", "y", "1"}) {
            if (equalsIgnoreCase(s, word)) return Value(true);
        }
        for (std::string_view word : {"false", "f", "no", "n", "0"}) {
            if (equalsIgnoreCase(s, word)) return Value(false);
        }
        return malformed(text, type);
    }
    case TypeKind::TinyInt:
    case TypeKind::SmallInt:
    case TypeKind::Int:
    case TypeKind::BigInt: return parseInteger(text, type);
    case TypeKind::Float:
    case TypeKind::Double: return parseFloating(text, type);
    case TypeKind::Decimal: {
        auto d = decimal::parse(text, type.scale());
        if (!d || !decimal::fits(*d, type.precision())) {
            // Well-formed but too large is NULL, as Flink's DecimalData.fromBigDecimal gives.
            if (d || parseFloating(text, type)) return Value();
            return malformed(text, type);
        }
        return Value(*d);
    }
    case TypeKind::Date:
        if (auto days = temporal::parseDate(text)) return Value(Date{*days});
        return malformed(text, type);
    case TypeKind::Time:
        if (auto millis = temporal::parseTime(text)) return Value(TimeOfDay{*millis});
        return malformed(text, type);
    case TypeKind::Timestamp:
    case TypeKind::TimestampLtz:
        if (auto ts = temporal::parsePreciseTimestamp(text)) return Value(temporal::truncateToPrecision(*ts, type.precision()));
        return malformed(text, type);
    default: return Error{"cannot parse text as " + type.withNullable(true).toSql(), ""};
    }
}

}  // namespace sw::expr
