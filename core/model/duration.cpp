#include "model/duration.h"

#include <array>
#include <cctype>
#include <charconv>
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
    // Flink reads an interval's leading field with two digits unless a precision says more
    // (INTERVAL '150' SECOND is an error), and dt-sql-parser rejects precisions: so the value is
    // written from the smallest unit whose count fits two digits down to the smallest exact one,
    // INTERVAL '2:30' MINUTE TO SECOND. Only a hundred days or more take DAY(3).
    const long long ms = value.count();
    constexpr std::size_t kSecond = 3;  // index of SECOND in kUnits; DAY is 0
    std::size_t end = kSecond;  // the largest exact unit; SECOND with a fraction when none is
    if (ms != 0 && ms % 1000 == 0) {
        while (end > 0 && ms % kUnits[end - 1].millis == 0) --end;
    }
    std::size_t start = end;
    while (start > 0 && ms / kUnits[start].millis > 99) --start;
    const long long leading = ms / kUnits[start].millis;
    std::string text = std::to_string(leading);
    for (std::size_t unit = start + 1; unit <= end; ++unit) {
        const long long perLarger = kUnits[unit - 1].millis / kUnits[unit].millis;
        const long long field = ms / kUnits[unit].millis % perLarger;
        text += unit == 1 ? " " : ":";
        text += (field < 10 ? "0" : "") + std::to_string(field);
    }
    if (ms % 1000 != 0) {
        std::string fraction = std::to_string(ms % 1000);
        text += "." + std::string(3 - fraction.size(), '0') + fraction;
    }
    std::string qualifier = kUnits[start].sqlName;
    if (leading > 99) qualifier += "(" + std::to_string(std::to_string(leading).size()) + ")";
    if (end != start) qualifier += std::string(" TO ") + kUnits[end].sqlName;
    return "INTERVAL '" + text + "' " + qualifier;
}

}  // namespace sw::model
