#pragma once
// DateTimePattern: a Java date-time pattern ("yyyy-MM-dd HH:mm:ss", "EEE, d MMM yyyy", ...) applied
// the way Flink applies it. DATE_FORMAT of a TIMESTAMP formats a LocalDateTime with java.time's
// DateTimeFormatter; DATE_FORMAT of a string and FROM_UNIXTIME use SimpleDateFormat in the
// session time zone (UTC in the local runtime). The two read some letters differently (u, S, F, a).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "util/result.h"

namespace sw::expr::temporal {

enum class PatternStyle {
    JavaTime,          // java.time.format.DateTimeFormatter.ofPattern, English locale
    SimpleDateFormat,  // java.text.SimpleDateFormat, English locale, time zone UTC
};

class DateTimePattern {
public:
    DateTimePattern(std::string_view pattern, PatternStyle style) : pattern_(pattern), style_(style) {}

    // `micros` since the epoch (plus `nanos` below the microsecond, 0..999, for TIMESTAMP(9)) as a
    // wall-clock date-time. An error names the letter Java refuses (an unknown letter, too many
    // letters, a time zone letter over java.time's LocalDateTime).
    Result<std::string> format(std::int64_t micros, std::int32_t nanos = 0) const;
    // Reads `text` in the pattern: numbers for y M d H h K k m s (one letter: any number of digits,
    // more: exactly that many), S as the fraction with as many digits as letters, English month
    // (MMM, MMMM) and weekday (E) names, a (AM/PM), G (AD), a zone offset for z Z X (UTC, GMT,
    // Z, +hh, +hhmm, +hh:mm) and quoted text. nullopt when the text does not match or the
    // date-time does not exist; the result is micros since the epoch, in UTC.
    std::optional<std::int64_t> parse(std::string_view text) const;

private:
    std::string_view pattern_;
    PatternStyle style_;
};

}  // namespace sw::expr::temporal
