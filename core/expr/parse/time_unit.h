#pragma once
// TimeUnit: the unit words of Flink's temporal syntax — EXTRACT(unit FROM x), FLOOR/CEIL(x TO unit),
// TIMESTAMPADD/TIMESTAMPDIFF(unit, ...) and interval qualifiers (INTERVAL '1' DAY TO HOUR).

#include <optional>
#include <string_view>

namespace sw::expr {

// Largest first, then the derived fields EXTRACT knows.
enum class TimeUnit {
    Millennium,
    Century,
    Decade,
    Year,
    Quarter,
    Month,
    Week,
    Day,
    Hour,
    Minute,
    Second,
    Millisecond,
    Microsecond,
    Nanosecond,
    DayOfYear,     // DOY
    DayOfWeek,     // DOW, Sunday = 1
    IsoDayOfWeek,  // ISODOW, Monday = 1
    IsoYear,       // ISOYEAR
    Epoch,         // seconds since 1970-01-01 00:00:00
};

// The SQL word: "YEAR", "DOY", "ISODOW", ...
std::string_view timeUnitName(TimeUnit unit);

// The unit spelled `word` (any letter case); TIMESTAMPADD and TIMESTAMPDIFF also take the JDBC
// spellings SQL_TSI_YEAR .. SQL_TSI_SECOND, which `jdbcSpelling` allows.
std::optional<TimeUnit> parseTimeUnit(std::string_view word, bool jdbcSpelling = false);

// MILLENNIUM .. MONTH count months; the units from WEEK down count milliseconds or less.
bool isMonthBased(TimeUnit unit);

}  // namespace sw::expr
