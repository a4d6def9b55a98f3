#include "expr/parse/interval_literal.h"

#include <string>

namespace sw::expr {
namespace {

constexpr std::int64_t kMillisPerUnit[] = {86'400'000, 3'600'000, 60'000, 1000};  // DAY .. SECOND

bool isField(TimeUnit unit) {
    return unit == TimeUnit::Year || unit == TimeUnit::Month || (unit >= TimeUnit::Day && unit <= TimeUnit::Second);
}

// Flink's limits: YEAR(1..4) / MONTH, DAY(1..6) .. SECOND, fractions of 0..9 digits.
int maxLeadingPrecision(TimeUnit start) { return start == TimeUnit::Year || start == TimeUnit::Month ? 4 : 6; }

Status checkQualifier(const IntervalQualifier& q) {
    if (!isField(q.start) || !isField(q.end) || q.end < q.start || (q.isYearMonth() != (q.end <= TimeUnit::Month))) {
        return Error{"invalid interval qualifier " + toSql(q), ""};
    }
    if (q.leadingPrecision != -1 && (q.leadingPrecision < 1 || q.leadingPrecision > maxLeadingPrecision(q.start))) {
        return Error{"interval leading precision must be between 1 and " + std::to_string(maxLeadingPrecision(q.start)), ""};
    }
    if (q.fractionPrecision != -1 && (q.end != TimeUnit::Second || q.fractionPrecision < 0 || q.fractionPrecision > 9)) {
        return Error{"only SECOND takes a fractional precision, between 0 and 9", ""};
    }
    return Ok{};
}

// The layout of `q`'s text, e.g. "D HH:MM:SS[.fff]", for error messages.
std::string layout(const IntervalQualifier& q) {
    static constexpr std::string_view kFields[] = {"Y", "M", "", "", "D", "HH", "MM", "SS"};  // YEAR .. SECOND
    std::string text;
    for (auto unit = q.start; unit <= q.end; unit = static_cast<TimeUnit>(static_cast<int>(unit) + 1)) {
        if (unit == TimeUnit::Quarter || unit == TimeUnit::Week) continue;
        if (unit != q.start) text += unit == TimeUnit::Month ? "-" : unit == TimeUnit::Hour ? " " : ":";
        text += unit == q.start ? kFields[static_cast<int>(unit) - static_cast<int>(TimeUnit::Year)].substr(0, 1)
                                : kFields[static_cast<int>(unit) - static_cast<int>(TimeUnit::Year)];
    }
    if (q.end == TimeUnit::Second) text += "[.fff]";
    return text;
}

// Reads an unsigned decimal number at `pos`; nothing when there is no digit.
std::optional<std::int64_t> readField(std::string_view text, std::size_t& pos) {
    std::int64_t value = 0;
    std::size_t start = pos;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
        if (value > 100'000'000'000) return std::nullopt;  // far beyond any precision; stops overflow
        value = value * 10 + (text[pos++] - '0');
    }
    if (pos == start) return std::nullopt;
    return value;
}

}  // namespace

std::string toSql(const IntervalQualifier& q) {
    std::string text(timeUnitName(q.start));
    bool single = q.end == q.start;
    if (q.leadingPrecision != -1) {
        text += "(" + std::to_string(q.leadingPrecision);
        if (single && q.fractionPrecision != -1) text += ", " + std::to_string(q.fractionPrecision);
        text += ")";
    }
    if (single) {
        // SECOND(f) alone would read as a leading precision: SECOND(2, f) keeps the default.
        if (q.leadingPrecision == -1 && q.fractionPrecision != -1) {
            text += "(" + std::to_string(IntervalQualifier::kDefaultLeadingPrecision) + ", " + std::to_string(q.fractionPrecision) + ")";
        }
        return text;
    }
    text += " TO " + std::string(timeUnitName(q.end));
    if (q.fractionPrecision != -1) text += "(" + std::to_string(q.fractionPrecision) + ")";
    return text;
}

Result<IntervalAmount> parseIntervalLiteral(std::string_view text, const IntervalQualifier& qualifier) {
    if (auto valid = checkQualifier(qualifier); !valid) return valid.error();
    auto malformed = [&] {
        return Error{"invalid INTERVAL literal '" + std::string(text) + "' for " + toSql(qualifier) +
                         ", expected '" + layout(qualifier) + "'",
                     ""};
    };
    std::string_view s = text;
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    bool negative = !s.empty() && s.front() == '-';
    if (!s.empty() && (s.front() == '-' || s.front() == '+')) s.remove_prefix(1);

    std::size_t pos = 0;
    std::int64_t total = 0;  // months or milliseconds
    for (auto unit = qualifier.start; unit <= qualifier.end; unit = static_cast<TimeUnit>(static_cast<int>(unit) + 1)) {
        if (unit == TimeUnit::Quarter || unit == TimeUnit::Week) continue;
        if (unit != qualifier.start) {
            char separator = unit == TimeUnit::Month ? '-' : unit == TimeUnit::Hour ? ' ' : ':';
            if (pos >= s.size() || s[pos++] != separator) return malformed();
        }
        auto value = readField(s, pos);
        if (!value) return malformed();
        if (unit == qualifier.start) {
            int precision = qualifier.leadingPrecision == -1 ? IntervalQualifier::kDefaultLeadingPrecision : qualifier.leadingPrecision;
            std::int64_t limit = 1;
            for (int i = 0; i < precision; ++i) limit *= 10;
            if (*value >= limit) {
                return Error{"interval field value " + std::to_string(*value) + " exceeds precision of " +
                                 std::string(timeUnitName(unit)) + "(" + std::to_string(precision) + ") field",
                             ""};
            }
        } else {
            std::int64_t limit = unit == TimeUnit::Month ? 12 : unit == TimeUnit::Hour ? 24 : 60;
            if (*value >= limit) return Error{"interval field " + std::string(timeUnitName(unit)) + " out of range: " + std::to_string(*value), ""};
        }
        if (unit == TimeUnit::Year) total += *value * 12;
        else if (unit == TimeUnit::Month) total += *value;
        else total += *value * kMillisPerUnit[static_cast<int>(unit) - static_cast<int>(TimeUnit::Day)];
    }
    if (qualifier.end == TimeUnit::Second && pos < s.size() && s[pos] == '.') {
        std::size_t digitsStart = ++pos;
        auto fraction = readField(s, pos);
        if (!fraction) return malformed();
        int digits = static_cast<int>(pos - digitsStart);
        int precision = qualifier.fractionPrecision == -1 ? IntervalQualifier::kDefaultFractionPrecision : qualifier.fractionPrecision;
        if (digits > precision) {
            return Error{"interval fraction has " + std::to_string(digits) + " digits, more than SECOND's precision " +
                             std::to_string(precision), ""};
        }
        // Milliseconds: digits past the third are dropped, as Calcite's conversion truncates.
        std::string_view fractionText = s.substr(digitsStart, pos - digitsStart);
        std::int64_t millis = 0;
        for (int i = 0; i < 3; ++i) millis = millis * 10 + (i < digits ? fractionText[static_cast<std::size_t>(i)] - '0' : 0);
        total += millis;
    }
    if (pos != s.size()) return malformed();
    return IntervalAmount{qualifier.isYearMonth(), negative ? -total : total};
}

}  // namespace sw::expr
