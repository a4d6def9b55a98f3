#include "expr/parse/time_unit.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace sw::expr {
namespace {

// Indexed by TimeUnit.
constexpr std::array<std::string_view, 19> kNames = {
    "MILLENNIUM", "CENTURY", "DECADE", "YEAR", "QUARTER", "MONTH", "WEEK", "DAY", "HOUR", "MINUTE",
    "SECOND", "MILLISECOND", "MICROSECOND", "NANOSECOND", "DOY", "DOW", "ISODOW", "ISOYEAR", "EPOCH",
};

constexpr std::string_view kJdbcPrefix = "SQL_TSI_";

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    return std::ranges::equal(a, b, [](char x, char y) {
        return std::toupper(static_cast<unsigned char>(x)) == std::toupper(static_cast<unsigned char>(y));
    });
}

}  // namespace

std::string_view timeUnitName(TimeUnit unit) { return kNames[static_cast<std::size_t>(unit)]; }

std::optional<TimeUnit> parseTimeUnit(std::string_view word, bool jdbcSpelling) {
    bool jdbc = jdbcSpelling && word.size() > kJdbcPrefix.size() && equalsIgnoreCase(word.substr(0, kJdbcPrefix.size()), kJdbcPrefix);
    if (jdbc) word.remove_prefix(kJdbcPrefix.size());
    auto it = std::ranges::find_if(kNames, [&](std::string_view name) { return equalsIgnoreCase(name, word); });
    if (it == kNames.end()) return std::nullopt;
    auto unit = static_cast<TimeUnit>(it - kNames.begin());
    // The JDBC spellings exist for YEAR .. SECOND only (SQL_TSI_FRAC_SECOND is not Flink's).
    if (jdbc && (unit < TimeUnit::Year || unit > TimeUnit::Second)) return std::nullopt;
    return unit;
}

bool isMonthBased(TimeUnit unit) { return unit <= TimeUnit::Month; }

}  // namespace sw::expr
