// Flink's date-part built-ins (YEAR .. SECOND, QUARTER, WEEK, DAYOF*), EXTRACT, FLOOR/CEIL(x TO
// unit), TIMESTAMPADD, TIMESTAMPDIFF and TO_DATE. TIMESTAMP_LTZ values are read in the local
// runtime's UTC session time zone.

#include <cstdint>
#include <string>

#include "expr/eval/date_time_pattern.h"
#include "expr/eval/eval_nodes.h"
#include "expr/eval/flink_calendar.h"
#include "expr/eval/temporal.h"

namespace sw::expr::eval {
namespace {

using model::FlinkType;

// YEAR(x) .. SECOND(x) are Flink's shorthands for EXTRACT(unit FROM x).
TimeUnit extractedUnit(FunctionId id) {
    switch (id) {
    case FunctionId::Year: return TimeUnit::Year;
    case FunctionId::Quarter: return TimeUnit::Quarter;
    case FunctionId::Month: return TimeUnit::Month;
    case FunctionId::Week: return TimeUnit::Week;
    case FunctionId::DayOfYear: return TimeUnit::DayOfYear;
    case FunctionId::DayOfMonth: return TimeUnit::Day;
    case FunctionId::DayOfWeek: return TimeUnit::DayOfWeek;
    case FunctionId::Hour: return TimeUnit::Hour;
    case FunctionId::Minute: return TimeUnit::Minute;
    default: return TimeUnit::Second;
    }
}

// A DATE, TIME or TIMESTAMP as microseconds since the epoch (a TIME on 1970-01-01).
std::int64_t timePointMicros(const Value& v) {
    if (auto* date = std::get_if<Date>(&v.storage())) return std::int64_t{date->days} * temporal::kMicrosPerDay;
    if (auto* time = std::get_if<TimeOfDay>(&v.storage())) return std::int64_t{time->millis} * temporal::kMicrosPerMilli;
    return get<Timestamp>(v).micros;
}

std::int32_t wrapTimeOfDay(std::int64_t millis) {
    std::int64_t inDay = millis % temporal::kMillisPerDay;
    return static_cast<std::int32_t>(inDay < 0 ? inDay + temporal::kMillisPerDay : inDay);
}

// TO_DATE(text[, format]): NULL when the text is not a date in the format; without a format a
// date, or a timestamp whose date part is taken, as Flink's DateTimeUtils reads it.
const Value* toDate(Call& c) {
    std::string_view text = c.arg<std::string>(0);
    if (c.args[1]) {
        auto micros = temporal::DateTimePattern(c.arg<std::string>(1), temporal::PatternStyle::JavaTime).parse(text);
        if (!micros) return &nullValue();
        return c.result(Date{static_cast<std::int32_t>(temporal::floorDiv(*micros, temporal::kMicrosPerDay))});
    }
    if (auto days = temporal::parseDate(text)) return c.result(Date{*days});
    auto micros = temporal::parseTimestamp(text);
    if (!micros) return &nullValue();
    return c.result(Date{static_cast<std::int32_t>(temporal::floorDiv(*micros, temporal::kMicrosPerDay))});
}

}  // namespace

NodePtr makeExtract(TimeUnit unit, NodePtr value, FlinkType type, std::size_t offset) {
    return makeStrict(std::move(type), offset, nodes(std::move(value)), [unit](Call& c) {
        const Value& v = *c.args[0];
        std::int64_t field = 0;
        if (auto* date = std::get_if<Date>(&v.storage())) field = temporal::extractFromDate(unit, date->days);
        else if (auto* time = std::get_if<TimeOfDay>(&v.storage())) field = temporal::extractFromTime(unit, time->millis);
        else if (auto* ts = std::get_if<Timestamp>(&v.storage())) field = temporal::extractFromTimestamp(unit, ts->micros) + (unit == TimeUnit::Nanosecond ? ts->nanos : 0);
        else if (auto* interval = std::get_if<Interval>(&v.storage())) field = temporal::extractFromDayTimeInterval(unit, interval->millis);
        else field = temporal::extractFromYearMonthInterval(unit, get<MonthInterval>(v).months);
        return c.result(field);
    });
}

NodePtr makeRoundToUnit(TimeUnit unit, bool up, NodePtr value, FlinkType type, std::size_t offset) {
    return makeStrict(std::move(type), offset, nodes(std::move(value)), [unit, up](Call& c) {
        const Value& v = *c.args[0];
        if (auto* date = std::get_if<Date>(&v.storage())) {
            return c.result(Date{static_cast<std::int32_t>(temporal::roundDate(unit, date->days, up))});
        }
        if (auto* time = std::get_if<TimeOfDay>(&v.storage())) {
            return c.result(TimeOfDay{wrapTimeOfDay(temporal::roundTime(unit, time->millis, up))});
        }
        // A sub-microsecond part lifts CEIL past a value that sits on a unit's boundary.
        const Timestamp& ts = get<Timestamp>(v);
        return c.result(Timestamp{temporal::roundTimestamp(unit, ts.micros + (up && ts.nanos > 0 ? 1 : 0), up)});
    });
}

NodePtr makeTimestampAdd(TimeUnit unit, NodePtr count, NodePtr point, FlinkType type, std::size_t offset) {
    Rep result = repOf(type);
    return makeStrict(std::move(type), offset, nodes(std::move(count), std::move(point)), [unit, result](Call& c) {
        std::int64_t n = c.arg<std::int64_t>(0);
        const Value& v = *c.args[1];
        bool months = isMonthBased(unit);
        if (auto* time = std::get_if<TimeOfDay>(&v.storage())) {
            // A TIME has no date: whole days and months leave it as it is.
            return c.result(TimeOfDay{months ? time->millis : wrapTimeOfDay(time->millis + n * temporal::unitMillis(unit))});
        }
        if (result == Rep::Date) {
            std::int64_t days = get<Date>(v).days;
            days = months ? temporal::addMonths(days, n * temporal::unitMonths(unit)) : days + n * temporal::unitMillis(unit) / temporal::kMillisPerDay;
            return c.result(Date{static_cast<std::int32_t>(days)});
        }
        std::int64_t micros = timePointMicros(v);
        const std::int32_t nanos = v.is<Timestamp>() ? get<Timestamp>(v).nanos : 0;
        if (!months) return c.result(Timestamp{micros + n * temporal::unitMillis(unit) * temporal::kMicrosPerMilli, nanos});
        std::int64_t days = temporal::floorDiv(micros, temporal::kMicrosPerDay);
        std::int64_t inDay = micros - days * temporal::kMicrosPerDay;
        return c.result(Timestamp{temporal::addMonths(days, n * temporal::unitMonths(unit)) * temporal::kMicrosPerDay + inDay, nanos});
    });
}

NodePtr makeTimestampDiff(TimeUnit unit, NodePtr from, NodePtr to, FlinkType type, std::size_t offset) {
    return makeStrict(std::move(type), offset, nodes(std::move(from), std::move(to)), [unit](Call& c) {
        std::int64_t from = timePointMicros(*c.args[0]);
        std::int64_t to = timePointMicros(*c.args[1]);
        std::int64_t units = 0;
        if (isMonthBased(unit)) {
            units = temporal::monthsBetween(from, to) / temporal::unitMonths(unit);
        } else {
            // Flink subtracts milliseconds and truncates towards zero.
            std::int64_t millis = temporal::floorDiv(to, temporal::kMicrosPerMilli) - temporal::floorDiv(from, temporal::kMicrosPerMilli);
            units = millis / temporal::unitMillis(unit);
        }
        return c.result(std::int64_t{static_cast<std::int32_t>(units)});  // an INT, as Java's (int) cast
    });
}

NodePtr makeDateFunction(FunctionId id, std::vector<NodePtr> args, FlinkType type, std::size_t offset) {
    if (id == FunctionId::ToDate) return makeStrict(std::move(type), offset, std::move(args), toDate);
    return makeExtract(extractedUnit(id), std::move(args[0]), std::move(type), offset);
}

}  // namespace sw::expr::eval
