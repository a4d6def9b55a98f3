#include "expr/parse/literal_rules.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <limits>

#include "expr/eval/utf8_text.h"

namespace sw::expr {
namespace {

using model::FlinkType;
using model::TypeKind;

constexpr int kMaxDecimalPrecision = 38;

FlinkType notNull(TypeKind kind, int precision = -1, int scale = -1) {
    return FlinkType(kind, precision, scale).withNullable(false);
}

bool allDigits(std::string_view s) {
    return !s.empty() && std::ranges::all_of(s, [](char c) { return c >= '0' && c <= '9'; });
}

// Digits of `s` as a number, or -1 unless `s` is exactly `width` digits.
int fixedNumber(std::string_view s, std::size_t width) {
    if (s.size() != width || !allDigits(s)) return -1;
    int value = 0;
    std::from_chars(s.data(), s.data() + s.size(), value);
    return value;
}

int daysInMonth(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

// YYYY-MM-DD with a real calendar day.
bool isValidDate(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    int year = fixedNumber(s.substr(0, 4), 4);
    int month = fixedNumber(s.substr(5, 2), 2);
    int day = fixedNumber(s.substr(8, 2), 2);
    return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

// Fractional-second digits of '[H]H:MM:SS[.fffffffff]', or -1 when malformed.
int timePrecision(std::string_view s) {
    std::size_t colon = s.find(':');
    if (colon != 1 && colon != 2) return -1;
    int hour = fixedNumber(s.substr(0, colon), colon);
    s.remove_prefix(colon);
    if (s.size() < 6 || s[0] != ':' || s[3] != ':') return -1;
    int minute = fixedNumber(s.substr(1, 2), 2);
    int second = fixedNumber(s.substr(4, 2), 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return -1;
    std::string_view fraction = s.substr(6);
    if (fraction.empty()) return 0;
    if (fraction[0] != '.' || fraction.size() > 10 || !allDigits(fraction.substr(1))) return -1;
    return static_cast<int>(fraction.size() - 1);
}

// Fractional-second digits of 'YYYY-MM-DD HH:MM:SS[.fffffffff]', or -1 when malformed.
int timestampPrecision(std::string_view s) {
    if (s.size() < 19 || !isValidDate(s.substr(0, 10)) || s[10] != ' ' || s[13] != ':') return -1;
    return timePrecision(s.substr(11));
}

Result<FlinkType> integerType(std::string_view text) {
    std::int64_t value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec == std::errc() && end == text.data() + text.size()) {
        bool fitsInt = value >= std::numeric_limits<std::int32_t>::min() && value <= std::numeric_limits<std::int32_t>::max();
        return notNull(fitsInt ? TypeKind::Int : TypeKind::BigInt);
    }
    // Too large for BIGINT: Flink types such a literal as DECIMAL(p, 0) while it fits 38 digits.
    std::string_view digits = text.substr(text.find_first_not_of("-0"));
    if (static_cast<int>(digits.size()) > kMaxDecimalPrecision) return Error{"integer literal is out of range", ""};
    return notNull(TypeKind::Decimal, static_cast<int>(digits.size()), 0);
}

Result<FlinkType> decimalType(std::string_view text) {
    if (text.starts_with('-')) text.remove_prefix(1);
    std::size_t dot = text.find('.');
    std::string_view whole = text.substr(0, dot);
    whole.remove_prefix(std::min(whole.find_first_not_of('0'), whole.size()));
    int scale = static_cast<int>(text.size() - dot - 1);
    int precision = std::max(static_cast<int>(whole.size()) + scale, 1);
    if (precision > kMaxDecimalPrecision) return Error{"decimal literal has more than 38 digits", ""};
    return notNull(TypeKind::Decimal, precision, scale);
}

int utf8Length(std::string_view s) {
    // Count bytes that start a code point, i.e. are not continuation bytes 10xxxxxx.
    return static_cast<int>(std::ranges::count_if(s, [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

}  // namespace

Result<FlinkType> literalType(LiteralKind kind, std::string_view text, const IntervalQualifier& qualifier) {
    switch (kind) {
    case LiteralKind::Null: return FlinkType(TypeKind::Null);
    case LiteralKind::Boolean: return notNull(TypeKind::Boolean);
    case LiteralKind::Integer: return integerType(text);
    case LiteralKind::Decimal: return decimalType(text);
    case LiteralKind::Approximate: return notNull(TypeKind::Double);
    case LiteralKind::String: return notNull(TypeKind::Char, utf8Length(text));
    case LiteralKind::Binary:
        if (text.size() % 2 != 0) return Error{"a binary literal needs an even number of hex digits", ""};
        if (!std::ranges::all_of(text, [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; })) {
            return Error{"a binary literal holds hex digits only", ""};
        }
        return notNull(TypeKind::Binary, static_cast<int>(text.size() / 2));
    case LiteralKind::Date:
        if (!isValidDate(text)) return Error{"invalid DATE literal, expected 'YYYY-MM-DD'", ""};
        return notNull(TypeKind::Date);
    case LiteralKind::Time:
        // TIME(0), as Flink prints a TIME literal without its fraction of a second.
        if (timePrecision(text) < 0) return Error{"invalid TIME literal, expected 'HH:MM:SS[.fff]'", ""};
        return notNull(TypeKind::Time, 0);
    case LiteralKind::Timestamp: {
        int precision = timestampPrecision(text);
        if (precision < 0) return Error{"invalid TIMESTAMP literal, expected 'YYYY-MM-DD HH:MM:SS[.fff]'", ""};
        return notNull(TypeKind::Timestamp, precision);
    }
    case LiteralKind::Interval: {
        auto amount = parseIntervalLiteral(text, qualifier);
        if (!amount) return amount.error();
        return notNull(amount->yearMonth ? TypeKind::IntervalYearMonth : TypeKind::Interval);
    }
    }
    return FlinkType(TypeKind::Null);
}

Result<std::string> unicodeLiteralText(std::string_view body, char escape) {
    const bool unusable = std::isxdigit(static_cast<unsigned char>(escape)) || std::isspace(static_cast<unsigned char>(escape)) ||
                          escape == '+' || escape == '\'' || escape == '"';
    if (unusable) return Error{"UESCAPE '" + std::string(1, escape) + "' cannot be an escape character", ""};
    std::string out;
    for (std::size_t i = 0; i < body.size();) {
        if (body[i] != escape) {
            out += body[i++];
            continue;
        }
        if (i + 1 < body.size() && body[i + 1] == escape) {
            out += escape;
            i += 2;
            continue;
        }
        const bool wide = i + 1 < body.size() && body[i + 1] == '+';
        const std::size_t start = i + (wide ? 2 : 1);
        const std::size_t digits = wide ? 6 : 4;
        std::uint32_t cp = 0;
        const char* end = body.data() + std::min(body.size(), start + digits);
        auto [stop, ec] = std::from_chars(body.data() + std::min(body.size(), start), end, cp, 16);
        if (ec != std::errc() || stop != end || start + digits > body.size() || cp > 0x10FFFF) {
            return Error{"malformed Unicode escape at character " + std::to_string(i) + " of the literal", ""};
        }
        utf8::append(out, static_cast<char32_t>(cp));
        i = start + digits;
    }
    return out;
}

}  // namespace sw::expr
