#pragma once
// DateTimePattern: a Java date-time pattern ("yyyy-MM-dd HH:mm:ss", "EEE, d MMM yyyy", ...) applied
// the way Flink applies it. DATE_FORMAT of a TIMESTAMP formats a LocalDateTime with java.time's
// DateTimeFormatter; DATE_FORMAT of a string and FROM_UNIXTIME use SimpleDateFormat in the
// session time zone (UTC in the local runtime). The two read some letters differently (u, S, F, a).

#include <cstdint>
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

    // `micros` since the epoch as a wall-clock date-time. An error names the letter Java refuses
    // (an unknown letter, too many letters, a time zone letter over java.time's LocalDateTime).
    Result<std::string> format(std::int64_t micros) const;

private:
    std::string_view pattern_;
    PatternStyle style_;
};

}  // namespace sw::expr::temporal
