#include "expr/eval/flink_calendar.h"

#include <algorithm>

#include "expr/eval/temporal.h"

namespace sw::expr::temporal {
namespace {

constexpr std::int64_t kMillisPerHour = 3'600'000;
constexpr std::int64_t kMillisPerMinute = 60'000;
constexpr std::int64_t kMillisPerSecond = 1000;

std::int64_t floorMod(std::int64_t a, std::int64_t b) { return a - floorDiv(a, b) * b; }

int lastDayOfMonth(int year, int month) {
    int day = 31;
    while (!isValidDay(year, month, day)) --day;
    return day;
}

DateTime dateFields(std::int64_t days) { return fromMicros(days * kMicrosPerDay); }

// Monday 1 .. Sunday 7; 1970-01-01 was a Thursday.
std::int64_t isoWeekday(std::int64_t days) { return floorMod(days + 3, 7) + 1; }

// The Thursday of an ISO week decides its year and number.
std::int64_t isoThursday(std::int64_t days) { return days - isoWeekday(days) + 4; }

// Fields below a day (and DAY of an interval), read as Flink's generated code reads them from a
// count of milliseconds: (value % the next larger unit) / the unit, with Java's remainder.
std::int64_t clockField(TimeUnit unit, std::int64_t millis) {
    switch (unit) {
    case TimeUnit::Day: return millis / kMillisPerDay;
    case TimeUnit::Hour: return millis % kMillisPerDay / kMillisPerHour;
    case TimeUnit::Minute: return millis % kMillisPerHour / kMillisPerMinute;
    case TimeUnit::Second: return millis % kMillisPerMinute / kMillisPerSecond;
    default: return millis % kMillisPerSecond;  // MILLISECOND
    }
}

bool isDateField(TimeUnit unit) { return unit <= TimeUnit::Day || (unit >= TimeUnit::DayOfYear && unit <= TimeUnit::IsoYear); }

// Flink takes a timestamp's milliseconds with a truncating division into days.
std::int64_t dayOfTimestampMillis(std::int64_t millis) { return millis / kMillisPerDay; }

std::int64_t floorTo(std::int64_t value, std::int64_t unit, bool up) {
    std::int64_t down = floorDiv(value, unit) * unit;
    return up && down != value ? down + unit : down;
}

// Calcite's subtractMonths on days: the most months m with date1 + m months <= date0.
std::int64_t monthsBetweenDays(std::int64_t date0, std::int64_t date1) {
    if (date0 < date1) return -monthsBetweenDays(date1, date0);
    std::int64_t m = (date0 - date1) / 31;  // no month is longer, so this never overshoots
    while (addMonths(date1, m) < date0 && addMonths(date1, m + 1) <= date0) ++m;
    return m;
}

}  // namespace

std::int64_t unitMillis(TimeUnit unit) {
    switch (unit) {
    case TimeUnit::Week: return 7 * kMillisPerDay;
    case TimeUnit::Day: return kMillisPerDay;
    case TimeUnit::Hour: return kMillisPerHour;
    case TimeUnit::Minute: return kMillisPerMinute;
    case TimeUnit::Second: return kMillisPerSecond;
    default: return 1;
    }
}

std::int64_t unitMonths(TimeUnit unit) {
    switch (unit) {
    case TimeUnit::Millennium: return 12'000;
    case TimeUnit::Century: return 1200;
    case TimeUnit::Decade: return 120;
    case TimeUnit::Year: return 12;
    case TimeUnit::Quarter: return 3;
    default: return 1;
    }
}

std::int64_t extractFromDate(TimeUnit unit, std::int64_t days) {
    DateTime t = dateFields(days);
    switch (unit) {
    case TimeUnit::Millennium: return t.year > 0 ? (t.year + 999) / 1000 : (t.year - 999) / 1000;
    case TimeUnit::Century: return t.year > 0 ? (t.year + 99) / 100 : (t.year - 99) / 100;
    case TimeUnit::Decade: return t.year / 10;
    case TimeUnit::Year: return t.year;
    case TimeUnit::Quarter: return (t.month + 2) / 3;
    case TimeUnit::Month: return t.month;
    case TimeUnit::Day: return t.day;
    case TimeUnit::DayOfYear: return days - daysFromCivil(t.year, 1, 1) + 1;
    case TimeUnit::DayOfWeek: return floorMod(days + 4, 7) + 1;  // Sunday 1 .. Saturday 7
    case TimeUnit::IsoDayOfWeek: return isoWeekday(days);
    case TimeUnit::Week: {
        std::int64_t thursday = isoThursday(days);
        return (thursday - daysFromCivil(dateFields(thursday).year, 1, 1)) / 7 + 1;
    }
    case TimeUnit::IsoYear: return dateFields(isoThursday(days)).year;
    case TimeUnit::Epoch: return days * 86'400;
    default: return clockField(unit, days);  // a DATE read as a count: Flink's code does the same
    }
}

std::int64_t extractFromTime(TimeUnit unit, std::int64_t millisOfDay) { return clockField(unit, millisOfDay); }

std::int64_t extractFromTimestamp(TimeUnit unit, std::int64_t micros) {
    std::int64_t millis = floorDiv(micros, kMicrosPerMilli);
    std::int64_t microsOfMilli = micros - millis * kMicrosPerMilli;
    if (isDateField(unit)) return extractFromDate(unit, dayOfTimestampMillis(millis));
    switch (unit) {
    case TimeUnit::Epoch: return millis / kMillisPerSecond;
    case TimeUnit::Microsecond: return millis % kMillisPerSecond * 1000 + microsOfMilli;
    case TimeUnit::Nanosecond: return (millis % kMillisPerSecond * 1000 + microsOfMilli) * 1000;
    default: return clockField(unit, millis);
    }
}

std::int64_t extractFromDayTimeInterval(TimeUnit unit, std::int64_t millis) { return clockField(unit, millis); }

std::int64_t extractFromYearMonthInterval(TimeUnit unit, std::int64_t months) {
    switch (unit) {
    case TimeUnit::Millennium:
    case TimeUnit::Century:
    case TimeUnit::Year: return months / unitMonths(unit);
    case TimeUnit::Quarter: return (months % 12 - 1) / 3 + 1;
    default: return months % 12;  // MONTH
    }
}

std::int64_t roundDate(TimeUnit unit, std::int64_t days, bool up) {
    DateTime t = dateFields(days);
    int year = t.year;
    switch (unit) {
    case TimeUnit::Millennium: return daysFromCivil(1000 * ((year + 999) / 1000) + (up ? 1 : -999), 1, 1);
    case TimeUnit::Century: return daysFromCivil(100 * ((year + 99) / 100) + (up ? 1 : -99), 1, 1);
    case TimeUnit::Decade: return daysFromCivil(10 * (year / 10 + (up ? 1 : 0)), 1, 1);
    // CEIL to YEAR, QUARTER and MONTH look at the day only, so a timestamp later on the first
    // day stays on it: CEIL(TIMESTAMP '2018-01-01 21:00:01' TO YEAR) is 2018-01-01 in Flink.
    case TimeUnit::Year: return daysFromCivil(year + (up && (t.month > 1 || t.day > 1) ? 1 : 0), 1, 1);
    case TimeUnit::Quarter: {
        // Flink moves on a quarter whenever the day is not January 1st.
        int quarter = (t.month + 2) / 3 + (up && (t.month > 1 || t.day > 1) ? 1 : 0);
        return daysFromCivil(year, quarter * 3 - 2, 1);
    }
    case TimeUnit::Month: return daysFromCivil(year, t.month + (up && t.day > 1 ? 1 : 0), 1);
    case TimeUnit::Week: {
        std::int64_t sinceSunday = floorMod(days + 4, 7);
        return days - (up && sinceSunday > 0 ? sinceSunday - 7 : sinceSunday);
    }
    default: return up ? days + 1 : days;  // DAY: Flink's CEIL of a DATE is always the next day
    }
}

std::int64_t roundTime(TimeUnit unit, std::int64_t millisOfDay, bool up) {
    return floorTo(millisOfDay, unitMillis(unit), up);
}

std::int64_t roundTimestamp(TimeUnit unit, std::int64_t micros, bool up) {
    // Flink rounds the milliseconds: a fraction below them is dropped, not rounded.
    std::int64_t millis = floorDiv(micros, kMicrosPerMilli);
    std::int64_t rounded = unit < TimeUnit::Day ? roundDate(unit, dayOfTimestampMillis(millis), up) * kMillisPerDay
                                                : floorTo(millis, unitMillis(unit), up);
    return rounded * kMicrosPerMilli;
}

std::int64_t addMonths(std::int64_t days, std::int64_t months) {
    DateTime t = dateFields(days);
    std::int64_t total = t.month - 1 + months;
    int year = t.year + static_cast<int>(floorDiv(total, 12));
    int month = static_cast<int>(floorMod(total, 12)) + 1;
    return daysFromCivil(year, month, std::min(t.day, lastDayOfMonth(year, month)));
}

std::int64_t monthsBetween(std::int64_t fromMicros, std::int64_t toMicros) {
    std::int64_t to = floorDiv(toMicros, kMicrosPerMilli);
    std::int64_t from = floorDiv(fromMicros, kMicrosPerMilli);
    std::int64_t toDay = floorDiv(to, kMillisPerDay);
    std::int64_t fromDay = floorDiv(from, kMillisPerDay);
    std::int64_t months = monthsBetweenDays(toDay, fromDay);
    // A month is only complete once the time of day is reached too.
    if (addMonths(fromDay, months) == toDay && floorMod(to, kMillisPerDay) < floorMod(from, kMillisPerDay)) --months;
    return months;
}

}  // namespace sw::expr::temporal
