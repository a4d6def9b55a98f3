#pragma once
// Flink's calendar operations by time unit (its DateTimeUtils and generated code): EXTRACT fields,
// FLOOR/CEIL to a unit, and month arithmetic with the day clamped to the month's end. They work on
// the runtime's epoch-based values: days for DATE, milliseconds of the day for TIME, microseconds
// for TIMESTAMP, milliseconds for day-time and months for year-month intervals.
//
// Flink reads the day of a timestamp by truncating division, so an instant before 1970 with a
// time of day counts as the next day in EXTRACT and in FLOOR/CEIL to DAY and longer; these
// functions do the same to give Flink's results.

#include <cstdint>

#include "expr/parse/time_unit.h"

namespace sw::expr::temporal {

// Milliseconds in one WEEK .. MILLISECOND; months in one MILLENNIUM .. MONTH.
std::int64_t unitMillis(TimeUnit unit);
std::int64_t unitMonths(TimeUnit unit);

std::int64_t extractFromDate(TimeUnit unit, std::int64_t days);
std::int64_t extractFromTime(TimeUnit unit, std::int64_t millisOfDay);
std::int64_t extractFromTimestamp(TimeUnit unit, std::int64_t micros);
std::int64_t extractFromDayTimeInterval(TimeUnit unit, std::int64_t millis);
std::int64_t extractFromYearMonthInterval(TimeUnit unit, std::int64_t months);

// FLOOR (`up` false) or CEIL (`up` true) of a value to `unit`, in the value's own representation.
std::int64_t roundDate(TimeUnit unit, std::int64_t days, bool up);
std::int64_t roundTime(TimeUnit unit, std::int64_t millisOfDay, bool up);
std::int64_t roundTimestamp(TimeUnit unit, std::int64_t micros, bool up);

// `days` plus `months`, the day of the month clamped to the last day of the target month.
std::int64_t addMonths(std::int64_t days, std::int64_t months);
// Whole months from `fromMicros` to `toMicros` (negative when `to` is earlier), as Calcite counts.
std::int64_t monthsBetween(std::int64_t fromMicros, std::int64_t toMicros);

}  // namespace sw::expr::temporal
