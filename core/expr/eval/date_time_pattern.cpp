#include "expr/eval/date_time_pattern.h"

#include <array>
#include <cctype>
#include <charconv>

#include "expr/eval/temporal.h"

namespace sw::expr::temporal {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {"January", "February", "March",     "April",   "May",      "June",
                                                      "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<std::string_view, 7> kWeekdays = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                                       "Friday", "Saturday", "Sunday"};

// English text of a month or weekday: 3 letters short ("Mar"), 4 full, 5 narrow (java.time only).
void appendText(std::string& out, std::string_view full, int count, PatternStyle style) {
    if (count >= 5 && style == PatternStyle::JavaTime) out += full.front();
    else if (count >= 4) out += full;
    else out += full.substr(0, 3);
}

// The calendar facts one formatted instant needs. Weeks are the English (US) locale's, which
// both Java APIs use by default there: they start on Sunday and week 1 is the one holding the 1st.
struct Instant {
    DateTime t;
    int dayOfYear = 0;
    int isoWeekday = 0;  // Monday 1 ... Sunday 7
    int weekYear = 0;
    int weekOfYear = 0;
    int weekOfMonth = 0;

    explicit Instant(std::int64_t micros) : t(fromMicros(micros)) {
        const std::int64_t days = floorDiv(micros, kMicrosPerDay);
        isoWeekday = static_cast<int>(((days + 3) % 7 + 7) % 7) + 1;
        const int sundayIndex = isoWeekday % 7;  // days since the week's Sunday
        dayOfYear = static_cast<int>(days - daysFromCivil(t.year, 1, 1)) + 1;
        const int daysInYear = daysFromCivil(t.year + 1, 1, 1) - daysFromCivil(t.year, 1, 1);
        weekYear = t.year;
        // The week's Saturday falls in next year: this is week 1 of next year (its Jan 1 is inside).
        if (dayOfYear - sundayIndex + 6 > daysInYear) {
            weekYear = t.year + 1;
            weekOfYear = 1;
        } else {
            const int jan1Index = ((sundayIndex - (dayOfYear - 1)) % 7 + 7) % 7;
            weekOfYear = (dayOfYear - 1 + jan1Index) / 7 + 1;
        }
        const int firstIndex = ((sundayIndex - (t.day - 1)) % 7 + 7) % 7;
        weekOfMonth = (t.day - 1 + firstIndex) / 7 + 1;
    }
};

// A year printed as java.time prints y/u: "yy" the last two digits, a count of 4 or more pads
// and signs a year beyond the width ("+10000"), other counts pad only.
void appendJavaTimeYear(std::string& out, int year, int count) {
    if (count == 2) {
        appendPadded(out, ((year % 100) + 100) % 100, 2);
        return;
    }
    if (count >= 4 && year > 9999) out += '+';
    appendPadded(out, year, count);
}

// Digits at `pos`: exactly `width` of them, or 1..9 when `width` is 1 (SimpleDateFormat's
// "as many as are there" for a one-letter field).
std::optional<int> takeDigits(std::string_view text, std::size_t& pos, int width) {
    const int most = width == 1 ? 9 : width;
    int value = 0;
    int count = 0;
    for (; count < most && pos < text.size() && text[pos] >= '0' && text[pos] <= '9'; ++count) value = value * 10 + (text[pos++] - '0');
    if (count == 0 || (width > 1 && count != width)) return std::nullopt;
    return value;
}

bool startsWithIgnoringCase(std::string_view text, std::string_view word) {
    if (text.size() < word.size()) return false;
    for (std::size_t k = 0; k < word.size(); ++k) {
        if (std::tolower(static_cast<unsigned char>(text[k])) != std::tolower(static_cast<unsigned char>(word[k]))) return false;
    }
    return true;
}

// The index of the English name (full, else its first three letters) at `pos`, advancing past it.
template <std::size_t N>
std::optional<int> takeName(std::string_view text, std::size_t& pos, const std::array<std::string_view, N>& names) {
    for (std::size_t k = 0; k < N; ++k) {
        for (std::string_view form : {names[k], names[k].substr(0, 3)}) {
            if (startsWithIgnoringCase(text.substr(pos), form)) {
                pos += form.size();
                return static_cast<int>(k);
            }
        }
    }
    return std::nullopt;
}

// A zone as SimpleDateFormat reads one: UTC / GMT (optionally followed by an offset), Z, or
// +hh, +hhmm, +hh:mm; the offset in seconds east of UTC.
std::optional<int> takeZoneOffset(std::string_view text, std::size_t& pos) {
    if (startsWithIgnoringCase(text.substr(pos), "UTC") || startsWithIgnoringCase(text.substr(pos), "GMT")) {
        pos += 3;
        if (pos >= text.size() || (text[pos] != '+' && text[pos] != '-')) return 0;
    } else if (pos < text.size() && text[pos] == 'Z') {
        ++pos;
        return 0;
    }
    if (pos >= text.size() || (text[pos] != '+' && text[pos] != '-')) return std::nullopt;
    const int sign = text[pos++] == '-' ? -1 : 1;
    auto hours = takeDigits(text, pos, 2);
    if (!hours) return std::nullopt;
    int minutes = 0;
    if (pos < text.size() && text[pos] == ':') ++pos;
    if (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
        auto m = takeDigits(text, pos, 2);
        if (!m) return std::nullopt;
        minutes = *m;
    }
    if (*hours > 23 || minutes > 59) return std::nullopt;
    return sign * (*hours * 3600 + minutes * 60);
}

Error refused(std::string_view pattern, std::string message) {
    return Error{"date-time pattern '" + std::string(pattern) + "': " + std::move(message), ""};
}

}  // namespace

Result<std::string> DateTimePattern::format(std::int64_t micros, std::int32_t nanos) const {
    Instant at(micros);
    at.t.nanos = nanos;
    const DateTime& t = at.t;
    const bool javaTime = style_ == PatternStyle::JavaTime;
    std::string out;
    for (std::size_t i = 0; i < pattern_.size();) {
        const char c = pattern_[i];
        std::size_t run = i;
        while (run < pattern_.size() && pattern_[run] == c) ++run;
        const int count = static_cast<int>(run - i);
        // java.time caps the width of most numeric letters; SimpleDateFormat pads to any width.
        auto atMost = [&](int most) -> Status {
            if (javaTime && count > most) return refused(pattern_, "too many pattern letters: " + std::string(1, c));
            return Ok{};
        };
        Status checked = Ok{};
        switch (c) {
        case '\'': {
            // '' is a quote, outside quoted text and inside it ('o''clock').
            if (i + 1 < pattern_.size() && pattern_[i + 1] == '\'') {
                out += '\'';
                i += 2;
                continue;
            }
            std::size_t k = i + 1;
            for (;; ++k) {
                if (k >= pattern_.size()) return refused(pattern_, "unterminated quote");
                if (pattern_[k] != '\'') {
                    out += pattern_[k];
                } else if (k + 1 < pattern_.size() && pattern_[k + 1] == '\'') {
                    out += '\'';
                    ++k;
                } else {
                    break;
                }
            }
            i = k + 1;
            continue;
        }
        case 'G':
            if (javaTime && count == 5) out += t.year > 0 ? "A" : "B";
            else if (count >= 4) out += t.year > 0 ? "Anno Domini" : "Before Christ";
            else out += t.year > 0 ? "AD" : "BC";
            break;
        case 'y':
        case 'u':
            if (c == 'u' && !javaTime) {  // SimpleDateFormat: ISO day number of the week
                appendPadded(out, at.isoWeekday, count);
                break;
            }
            if (javaTime) appendJavaTimeYear(out, c == 'y' && t.year <= 0 ? 1 - t.year : t.year, count);
            else appendPadded(out, count == 2 ? t.year % 100 : (t.year <= 0 ? 1 - t.year : t.year), count == 2 ? 2 : count);
            break;
        case 'Y':
            if (javaTime) appendJavaTimeYear(out, at.weekYear, count);
            else appendPadded(out, count == 2 ? at.weekYear % 100 : at.weekYear, count == 2 ? 2 : count);
            break;
        case 'M':
        case 'L':
            if (count <= 2) appendPadded(out, t.month, count);
            else appendText(out, kMonths[static_cast<std::size_t>(t.month - 1)], count, style_);
            break;
        case 'Q':
        case 'q':
            if (!javaTime) return refused(pattern_, "illegal pattern character '" + std::string(1, c) + "'");
            if (count <= 2) appendPadded(out, (t.month + 2) / 3, count);
            else if (count == 3) out += "Q" + std::to_string((t.month + 2) / 3);
            else if (count == 4) {
                constexpr std::array<std::string_view, 4> kOrdinals = {"1st", "2nd", "3rd", "4th"};
                out += kOrdinals[static_cast<std::size_t>((t.month - 1) / 3)];
                out += " quarter";
            }
            else appendPadded(out, (t.month + 2) / 3, 1);
            break;
        case 'w': checked = atMost(2); appendPadded(out, at.weekOfYear, count); break;
        case 'W': checked = atMost(1); appendPadded(out, at.weekOfMonth, count); break;
        case 'D': checked = atMost(3); appendPadded(out, at.dayOfYear, count); break;
        case 'd': checked = atMost(2); appendPadded(out, t.day, count); break;
        // SimpleDateFormat: the how-many-th such weekday of the month; java.time before JDK 20
        // maps F to ALIGNED_DAY_OF_WEEK_IN_MONTH (JDK-8169833), the day's place in its 7-day block.
        case 'F': checked = atMost(1); appendPadded(out, javaTime ? (t.day - 1) % 7 + 1 : (t.day - 1) / 7 + 1, count); break;
        case 'E': appendText(out, kWeekdays[static_cast<std::size_t>(at.isoWeekday - 1)], count, style_); break;
        case 'e':
        case 'c':
            if (!javaTime) return refused(pattern_, "illegal pattern character '" + std::string(1, c) + "'");
            if (count <= 2) appendPadded(out, at.isoWeekday % 7 + 1, count);  // localized: Sunday is 1
            else appendText(out, kWeekdays[static_cast<std::size_t>(at.isoWeekday - 1)], count, style_);
            break;
        case 'a': checked = atMost(1); out += t.hour < 12 ? "AM" : "PM"; break;
        case 'H': checked = atMost(2); appendPadded(out, t.hour, count); break;
        case 'k': checked = atMost(2); appendPadded(out, t.hour == 0 ? 24 : t.hour, count); break;
        case 'K': checked = atMost(2); appendPadded(out, t.hour % 12, count); break;
        case 'h': checked = atMost(2); appendPadded(out, t.hour % 12 == 0 ? 12 : t.hour % 12, count); break;
        case 'm': checked = atMost(2); appendPadded(out, t.minute, count); break;
        case 's': checked = atMost(2); appendPadded(out, t.second, count); break;
        case 'S':
            if (javaTime) {  // the fraction of the second, `count` digits, truncated
                checked = atMost(9);
                const int nanosOfSecond = t.micros * 1000 + t.nanos;
                int place = 100'000'000;
                for (int k = 0; k < count; ++k, place /= 10) out += static_cast<char>('0' + (place > 0 ? (nanosOfSecond / place) % 10 : 0));
            } else {
                appendPadded(out, t.micros / 1000, count);  // SimpleDateFormat: milliseconds
            }
            break;
        case 'A':
        case 'n':
        case 'N': {
            if (!javaTime) return refused(pattern_, "illegal pattern character '" + std::string(1, c) + "'");
            const std::int64_t ofDay = ((t.hour * 60 + t.minute) * 60 + t.second) * kMicrosPerSecond + t.micros;
            appendPadded(out, c == 'A' ? ofDay / 1000 : c == 'n' ? std::int64_t{t.micros} * 1000 + t.nanos : ofDay * 1000 + t.nanos, count);
            break;
        }
        case 'z':
        case 'Z':
        case 'X':
            if (javaTime) return refused(pattern_, std::string(1, c) + " needs a time zone, and a TIMESTAMP has none");
            if (c == 'z') out += count >= 4 ? "Coordinated Universal Time" : "UTC";
            else if (c == 'Z') out += "+0000";
            else if (count > 3) return refused(pattern_, "invalid ISO 8601 format: length=" + std::to_string(count));
            else out += 'Z';
            break;
        case 'x':
        case 'O':
        case 'V':
        case 'v':
            if (javaTime) return refused(pattern_, std::string(1, c) + " needs a time zone, and a TIMESTAMP has none");
            return refused(pattern_, "illegal pattern character '" + std::string(1, c) + "'");
        case '[':
        case ']':
            if (javaTime) break;  // optional sections: every field of a date-time is there to print
            out.append(static_cast<std::size_t>(count), c);
            break;
        case '#':
        case '{':
        case '}':
            if (javaTime) return refused(pattern_, "pattern letter '" + std::string(1, c) + "' is reserved");
            out.append(static_cast<std::size_t>(count), c);
            break;
        default:
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                return refused(pattern_, javaTime ? "unknown pattern letter: " + std::string(1, c)
                                                  : "illegal pattern character '" + std::string(1, c) + "'");
            }
            out.append(pattern_.substr(i, static_cast<std::size_t>(count)));
        }
        if (!checked) return checked.error();
        i = run;
    }
    return out;
}

std::optional<std::int64_t> DateTimePattern::parse(std::string_view text) const {
    DateTime t;
    std::optional<bool> afternoon;       // from 'a'
    std::optional<int> twelveHourClock;  // from 'h' (1-12) or 'K' (0-11), as 0-11
    int offsetSeconds = 0;
    std::size_t pos = 0;
    for (std::size_t i = 0; i < pattern_.size();) {
        const char c = pattern_[i];
        std::size_t run = i;
        while (run < pattern_.size() && pattern_[run] == c) ++run;
        const int count = static_cast<int>(run - i);
        std::optional<int> number;
        switch (c) {
        case '\'': {
            std::string literal;
            std::size_t k = i + 1;
            if (k < pattern_.size() && pattern_[k] == '\'') {
                literal = "'";
                ++k;
            } else {
                for (; k < pattern_.size(); ++k) {
                    if (pattern_[k] != '\'') literal += pattern_[k];
                    else if (k + 1 < pattern_.size() && pattern_[k + 1] == '\'') literal += pattern_[k++];
                    else break;
                }
                ++k;
            }
            if (text.substr(pos, literal.size()) != literal) return std::nullopt;
            pos += literal.size();
            i = k;
            continue;
        }
        case 'S': {
            auto digits = takeDigits(text, pos, count);
            if (!digits) return std::nullopt;
            int micros = *digits;
            for (int k = count; k < 6; ++k) micros *= 10;
            for (int k = 6; k < count; ++k) micros /= 10;
            t.micros = micros;
            break;
        }
        case 'M':
        case 'L':
            if (count >= 3) {
                number = takeName(text, pos, kMonths);
                if (!number) return std::nullopt;
                t.month = *number + 1;
                break;
            }
            [[fallthrough]];
        case 'y':
        case 'd':
        case 'H':
        case 'k':
        case 'h':
        case 'K':
        case 'm':
        case 's':
            number = takeDigits(text, pos, count);
            if (!number) return std::nullopt;
            if (c == 'y') t.year = *number;
            else if (c == 'M' || c == 'L') t.month = *number;
            else if (c == 'd') t.day = *number;
            else if (c == 'H') t.hour = *number;
            else if (c == 'k') t.hour = *number == 24 ? 0 : *number;
            else if (c == 'h') twelveHourClock = *number % 12;
            else if (c == 'K') twelveHourClock = *number;
            else if (c == 'm') t.minute = *number;
            else t.second = *number;
            break;
        case 'E':
            if (!takeName(text, pos, kWeekdays)) return std::nullopt;  // checked against nothing, as Java
            break;
        case 'a':
            if (startsWithIgnoringCase(text.substr(pos), "AM")) afternoon = false;
            else if (startsWithIgnoringCase(text.substr(pos), "PM")) afternoon = true;
            else return std::nullopt;
            pos += 2;
            break;
        case 'G':
            if (!startsWithIgnoringCase(text.substr(pos), "AD")) return std::nullopt;
            pos += 2;
            break;
        case 'z':
        case 'Z':
        case 'X': {
            auto offset = takeZoneOffset(text, pos);
            if (!offset) return std::nullopt;
            offsetSeconds = *offset;
            break;
        }
        default:
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return std::nullopt;  // a letter we cannot read
            if (text.substr(pos, static_cast<std::size_t>(count)) != pattern_.substr(i, static_cast<std::size_t>(count))) return std::nullopt;
            pos += static_cast<std::size_t>(count);
        }
        i = run;
    }
    if (twelveHourClock) {
        if (*twelveHourClock > 11) return std::nullopt;
        t.hour = *twelveHourClock + (afternoon.value_or(false) ? 12 : 0);
    } else if (afternoon && *afternoon && t.hour < 12) {
        t.hour += 12;
    }
    if (pos != text.size() || !isValidDay(t.year, t.month, t.day) || t.hour > 23 || t.minute > 59 || t.second > 59) return std::nullopt;
    return toMicros(t) - std::int64_t{offsetSeconds} * kMicrosPerSecond;
}

}  // namespace sw::expr::temporal
