#include "expr/eval/temporal.h"

#include <charconv>

namespace sw::expr::temporal {

void appendPadded(std::string& out, std::int64_t value, int width) {
    if (value < 0) {
        out += '-';
        value = -value;
    }
    char buffer[24];
    auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    for (int pad = width - static_cast<int>(end - buffer); pad > 0; --pad) out += '0';
    out.append(buffer, end);
}

namespace {

// The first `digits` digits of the fraction of a second of `t` (zeros past the ninth).
void appendFractionDigits(std::string& out, const DateTime& t, int digits) {
    const int nanosOfSecond = t.micros * 1000 + t.nanos;
    int place = 100'000'000;
    for (int i = 0; i < digits; ++i, place /= 10) out += static_cast<char>('0' + (place > 0 ? (nanosOfSecond / place) % 10 : 0));
}

void appendFraction(std::string& out, const DateTime& t, int digits) {
    if (digits <= 0) return;
    out += '.';
    appendFractionDigits(out, t, digits);
}

// Reads exactly `width` digits (or 1..`width` digits when `exact` is false) from `text` at `pos`.
std::optional<int> readNumber(std::string_view text, std::size_t& pos, int width, bool exact) {
    int value = 0;
    int count = 0;
    while (count < width && pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
        value = value * 10 + (text[pos] - '0');
        ++pos;
        ++count;
    }
    if (count == 0 || (exact && count != width)) return std::nullopt;
    return value;
}

// One to nine fraction digits after a '.', as nanoseconds of the second.
std::optional<int> readFraction(std::string_view text, std::size_t& pos) {
    int nanos = 0;
    int count = 0;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
        nanos = nanos * 10 + (text[pos] - '0');
        ++count;
        ++pos;
        if (count > 9) return std::nullopt;
    }
    if (count == 0) return std::nullopt;
    for (int i = count; i < 9; ++i) nanos *= 10;
    return nanos;
}

bool validClock(const DateTime& t) { return t.hour <= 23 && t.minute <= 59 && t.second <= 59; }

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return s;
}

}  // namespace

std::int64_t floorDiv(std::int64_t a, std::int64_t b) {
    std::int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

// Howard Hinnant's days-from-civil algorithm.
std::int32_t daysFromCivil(int year, int month, int day) {
    int y = year - (month <= 2 ? 1 : 0);
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

DateTime fromMicros(std::int64_t micros) {
    std::int64_t days = floorDiv(micros, kMicrosPerDay);
    std::int64_t inDay = micros - days * kMicrosPerDay;
    std::int64_t z = days + 719468;
    std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    std::int64_t doe = z - era * 146097;
    std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    std::int64_t mp = (5 * doy + 2) / 153;
    DateTime t;
    t.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    t.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    t.year = static_cast<int>(yoe + era * 400 + (t.month <= 2 ? 1 : 0));
    t.hour = static_cast<int>(inDay / (3600 * kMicrosPerSecond));
    t.minute = static_cast<int>(inDay / (60 * kMicrosPerSecond) % 60);
    t.second = static_cast<int>(inDay / kMicrosPerSecond % 60);
    t.micros = static_cast<int>(inDay % kMicrosPerSecond);
    return t;
}

std::int64_t toMicros(const DateTime& t) {
    std::int64_t seconds = std::int64_t{daysFromCivil(t.year, t.month, t.day)} * 86400 + t.hour * 3600 + t.minute * 60 + t.second;
    return seconds * kMicrosPerSecond + t.micros;
}

bool isValidDay(int year, int month, int day) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1) return false;
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= (month == 2 && leap ? 29 : kDays[month - 1]);
}

void appendDate(std::string& out, std::int32_t days) {
    DateTime t = fromMicros(std::int64_t{days} * kMicrosPerDay);
    appendPadded(out, t.year, 4);
    out += '-';
    appendPadded(out, t.month, 2);
    out += '-';
    appendPadded(out, t.day, 2);
}

void appendTime(std::string& out, std::int32_t millis, int precision) {
    DateTime t = fromMicros(std::int64_t{millis} * kMicrosPerMilli);
    appendPadded(out, t.hour, 2);
    out += ':';
    appendPadded(out, t.minute, 2);
    out += ':';
    appendPadded(out, t.second, 2);
    appendFraction(out, t, std::min(precision, 3));
}

void appendTimestamp(std::string& out, std::int64_t micros, int precision, std::int32_t nanos) {
    appendDate(out, static_cast<std::int32_t>(floorDiv(micros, kMicrosPerDay)));
    out += ' ';
    DateTime t = fromMicros(micros);
    t.nanos = nanos;
    appendPadded(out, t.hour, 2);
    out += ':';
    appendPadded(out, t.minute, 2);
    out += ':';
    appendPadded(out, t.second, 2);
    appendFraction(out, t, precision);
}

void appendTimestamp(std::string& out, const Timestamp& ts, int precision) { appendTimestamp(out, ts.micros, precision, ts.nanos); }

std::optional<std::int32_t> parseDate(std::string_view text) {
    text = trimmed(text);
    std::size_t pos = 0;
    auto year = readNumber(text, pos, 4, true);
    if (!year || pos >= text.size() || text[pos++] != '-') return std::nullopt;
    auto month = readNumber(text, pos, 2, false);
    if (!month || pos >= text.size() || text[pos++] != '-') return std::nullopt;
    auto day = readNumber(text, pos, 2, false);
    if (!day || pos != text.size() || !isValidDay(*year, *month, *day)) return std::nullopt;
    return daysFromCivil(*year, *month, *day);
}

std::optional<std::int32_t> parseTime(std::string_view text) {
    text = trimmed(text);
    std::size_t pos = 0;
    DateTime t;
    auto hour = readNumber(text, pos, 2, false);
    if (!hour || pos >= text.size() || text[pos++] != ':') return std::nullopt;
    auto minute = readNumber(text, pos, 2, false);
    if (!minute) return std::nullopt;
    t.hour = *hour;
    t.minute = *minute;
    if (pos < text.size() && text[pos] == ':') {
        ++pos;
        auto second = readNumber(text, pos, 2, false);
        if (!second) return std::nullopt;
        t.second = *second;
        if (pos < text.size() && text[pos] == '.') {
            auto fraction = readFraction(text, ++pos);
            if (!fraction) return std::nullopt;
            t.micros = *fraction / 1000;
        }
    }
    if (pos != text.size() || !validClock(t)) return std::nullopt;
    return static_cast<std::int32_t>((toMicros(t) - toMicros(DateTime{})) / kMicrosPerMilli);
}

std::optional<std::int64_t> parseTimestamp(std::string_view text) {
    auto ts = parsePreciseTimestamp(text);
    if (!ts) return std::nullopt;
    return ts->micros;
}

std::optional<Timestamp> parsePreciseTimestamp(std::string_view text) {
    text = trimmed(text);
    std::size_t split = text.find_first_of(" T");
    auto days = parseDate(text.substr(0, split));
    if (!days) return std::nullopt;
    Timestamp ts{std::int64_t{*days} * kMicrosPerDay};
    if (split == std::string_view::npos) return ts;
    std::string_view clock = text.substr(split + 1);
    if (clock.ends_with('Z')) clock.remove_suffix(1);
    if (clock.empty() || clock.front() == ' ') return std::nullopt;
    // parseTime keeps millis only; timestamps need nanos, so read the fraction here.
    std::size_t dot = clock.find('.');
    auto whole = parseTime(clock.substr(0, dot));
    if (!whole) return std::nullopt;
    ts.micros += std::int64_t{*whole} * kMicrosPerMilli;
    if (dot != std::string_view::npos) {
        std::size_t pos = dot + 1;
        auto fraction = readFraction(clock, pos);
        if (!fraction || pos != clock.size()) return std::nullopt;
        ts.micros += *fraction / 1000;
        ts.nanos = *fraction % 1000;
    }
    return ts;
}

Timestamp truncateToPrecision(const Timestamp& ts, int precision) {
    if (precision < 0 || precision >= 9) return ts;
    if (precision >= 6) {
        std::int32_t unit = 1;
        for (int i = precision; i < 9; ++i) unit *= 10;
        return Timestamp{ts.micros, ts.nanos / unit * unit};
    }
    std::int64_t unit = 1;
    for (int i = precision; i < 6; ++i) unit *= 10;
    return Timestamp{floorDiv(ts.micros, unit) * unit};
}

}  // namespace sw::expr::temporal
