#pragma once
// Temporal: calendar arithmetic on epoch-based values (proleptic Gregorian, UTC) and the SQL
// text forms Flink uses ('YYYY-MM-DD HH:MM:SS.fff'); Java patterns are DateTimePattern's.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "expr/eval/value.h"

namespace sw::expr::temporal {

constexpr std::int64_t kMicrosPerMilli = 1000;
constexpr std::int64_t kMicrosPerSecond = 1'000'000;
constexpr std::int64_t kMicrosPerDay = 86'400 * kMicrosPerSecond;
constexpr std::int64_t kMillisPerDay = 86'400'000;

struct DateTime {
    int year = 1970;
    int month = 1;
    int day = 1;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int micros = 0;  // fraction of the second
    int nanos = 0;   // below the microsecond, 0..999
};

std::int32_t daysFromCivil(int year, int month, int day);
DateTime fromMicros(std::int64_t micros);
std::int64_t toMicros(const DateTime& t);
bool isValidDay(int year, int month, int day);
// Floor division, so instants before 1970 land on the right day.
std::int64_t floorDiv(std::int64_t a, std::int64_t b);

// `value` in decimal, zero-padded to `width` digits (a minus sign before the padding).
void appendPadded(std::string& out, std::int64_t value, int width);

// 'YYYY-MM-DD', 'HH:MM:SS[.f]' and 'YYYY-MM-DD HH:MM:SS[.f]' with `precision` fraction digits.
void appendDate(std::string& out, std::int32_t days);
void appendTime(std::string& out, std::int32_t millis, int precision);
void appendTimestamp(std::string& out, std::int64_t micros, int precision, std::int32_t nanos = 0);
void appendTimestamp(std::string& out, const Timestamp& ts, int precision);

std::optional<std::int32_t> parseDate(std::string_view text);
std::optional<std::int32_t> parseTime(std::string_view text);  // millis since midnight
// 'YYYY-MM-DD[( |T)HH:MM[:SS[.f...]]][Z]', a date alone meaning midnight.
std::optional<std::int64_t> parseTimestamp(std::string_view text);
// The same text with up to nine fraction digits kept (TIMESTAMP(9)).
std::optional<Timestamp> parsePreciseTimestamp(std::string_view text);
// `ts` with the fraction of a second cut to `precision` digits (0..9), as CAST to TIMESTAMP(p) does.
Timestamp truncateToPrecision(const Timestamp& ts, int precision);

}  // namespace sw::expr::temporal
