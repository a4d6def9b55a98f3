#include "model/duration.h"

#include <array>
#include <cctype>
#include <charconv>
#include <cstdio>
#include <string>

namespace sw::model {

namespace {

struct Unit {
    const char* name;
    long long millis;
    const char* sqlName;  // SQL interval unit, or nullptr when SQL has none
};

// Largest first, so formatting picks the largest exact unit.
constexpr std::array kUnits{
    Unit{"d", 86'400'000, "DAY"},
    Unit{"h", 3'600'000, "HOUR"},
    Unit{"min", 60'000, "MINUTE"},
    Unit{"s", 1'000, "SECOND"},
    Unit{"ms", 1, nullptr},
};

// Flink reads the leading field of an interval with two digits unless told more:
// INTERVAL '150' SECOND is an error, INTERVAL '150' SECOND(3) is two and a half minutes.
constexpr long long kMaxLeadingValue = 1'000'000;  // six digits, the most a day-time interval takes

std::string withLeadingPrecision(const char* unit, long long count) {
    const std::size_t digits = std::to_string(count).size();
    return digits <= 2 ? std::string(unit) : std::string(unit) + "(" + std::to_string(digits) + ")";
}

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

long long unitMillis(const std::string& unit) {
    if (unit.empty() || unit == "ms" || unit == "milli" || unit == "millis" ||
        unit == "millisecond" || unit == "milliseconds")
        return 1;
    if (unit == "s" || unit == "sec" || unit == "secs" || unit == "second" || unit == "seconds") return 1'000;
    if (unit == "min" || unit == "mins" || unit == "minute" || unit == "minutes" || unit == "m") return 60'000;
    if (unit == "h" || unit == "hour" || unit == "hours") return 3'600'000;
    if (unit == "d" || unit == "day" || unit == "days") return 86'400'000;
    return 0;
}

}  // namespace

Result<std::chrono::milliseconds> parseDuration(std::string_view text) {
    std::size_t pos = 0;
    while (pos < text.size() && std::isspace(static_cast<unsigned char>(text[pos]))) ++pos;
    long long amount = 0;
    const auto [end, ec] = std::from_chars(text.data() + pos, text.data() + text.size(), amount);
    if (ec != std::errc() || end == text.data() + pos || amount < 0)
        return Error{"'" + std::string(text) + "' is not a duration (expected e.g. \"60 s\", \"10 min\")", ""};
    std::string_view rest = text.substr(static_cast<std::size_t>(end - text.data()));
    while (!rest.empty() && std::isspace(static_cast<unsigned char>(rest.front()))) rest.remove_prefix(1);
    while (!rest.empty() && std::isspace(static_cast<unsigned char>(rest.back()))) rest.remove_suffix(1);
    const long long factor = unitMillis(lower(rest));
    if (factor == 0)
        return Error{"unknown duration unit '" + std::string(rest) + "' (use ms, s, min, h or d)", ""};
    return std::chrono::milliseconds(amount * factor);
}

std::string formatDuration(std::chrono::milliseconds value) {
    const long long ms = value.count();
    for (const Unit& unit : kUnits)
        if (ms != 0 && ms % unit.millis == 0) return std::to_string(ms / unit.millis) + " " + unit.name;
    return std::to_string(ms) + " ms";
}

std::string formatSqlInterval(std::chrono::milliseconds value) {
    const long long ms = value.count();
    const long long seconds = ms / 1000;
    std::string fraction = std::to_string(ms % 1000);
    fraction.insert(0, 3 - fraction.size(), '0');
    // Beyond six digits in one unit, days and a clock stay within every precision Flink takes.
    if (ms / 1000 >= kMaxLeadingValue) {
        const long long days = ms / 86'400'000;
        char clock[16];
        std::snprintf(clock, sizeof clock, "%02lld:%02lld:%02lld", seconds / 3600 % 24, seconds / 60 % 60, seconds % 60);
        return "INTERVAL '" + std::to_string(days) + " " + clock + "." + fraction + "' " +
               withLeadingPrecision("DAY", days) + " TO SECOND(3)";
    }
    for (const Unit& unit : kUnits)
        if (unit.sqlName && ms % unit.millis == 0)
            return "INTERVAL '" + std::to_string(ms / unit.millis) + "' " + withLeadingPrecision(unit.sqlName, ms / unit.millis);
    // Sub-second delays: SECOND with a fraction keeps the exact value.
    return "INTERVAL '" + std::to_string(seconds) + "." + fraction + "' " + withLeadingPrecision("SECOND", seconds);
}

}  // namespace sw::model
