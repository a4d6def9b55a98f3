// Flink's date-part built-ins (YEAR .. SECOND, QUARTER, WEEK, DAYOF*) on DATE, TIME and
// TIMESTAMP values, and TO_DATE. TIMESTAMP_LTZ values are read in the local runtime's UTC
// session time zone.

#include <cstdint>
#include <string>

#include "expr/eval/eval_nodes.h"
#include "expr/eval/temporal.h"

namespace sw::expr::eval {
namespace {

using model::FlinkType;

// The calendar fields of a DATE, TIME or TIMESTAMP value.
temporal::DateTime fieldsOf(const Value& v) {
    if (auto* date = std::get_if<Date>(&v.storage())) return temporal::fromMicros(std::int64_t{date->days} * temporal::kMicrosPerDay);
    if (auto* time = std::get_if<TimeOfDay>(&v.storage())) return temporal::fromMicros(std::int64_t{time->millis} * temporal::kMicrosPerMilli);
    return temporal::fromMicros(get<Timestamp>(v).micros);
}

std::int64_t daysOf(const temporal::DateTime& t) { return temporal::daysFromCivil(t.year, t.month, t.day); }

// ISO-8601: Monday is day 1; days since 1970-01-01 (a Thursday).
int isoWeekday(std::int64_t days) {
    std::int64_t fromMonday = (days + 3) % 7;
    return static_cast<int>(fromMonday < 0 ? fromMonday + 7 : fromMonday) + 1;
}

// ISO-8601 week of the year: the week with the year's first Thursday is week 1.
std::int64_t isoWeek(const temporal::DateTime& t) {
    std::int64_t days = daysOf(t);
    std::int64_t thursday = days - isoWeekday(days) + 4;  // the Thursday of this week decides its year
    temporal::DateTime thursdayFields = temporal::fromMicros(thursday * temporal::kMicrosPerDay);
    std::int64_t yearStart = temporal::daysFromCivil(thursdayFields.year, 1, 1);
    return (thursday - yearStart) / 7 + 1;
}

std::int64_t datePart(FunctionId id, const temporal::DateTime& t) {
    switch (id) {
    case FunctionId::Year: return t.year;
    case FunctionId::Quarter: return (t.month - 1) / 3 + 1;
    case FunctionId::Month: return t.month;
    case FunctionId::Week: return isoWeek(t);
    case FunctionId::DayOfYear: return daysOf(t) - temporal::daysFromCivil(t.year, 1, 1) + 1;
    case FunctionId::DayOfMonth: return t.day;
    case FunctionId::DayOfWeek: return isoWeekday(daysOf(t)) % 7 + 1;  // SQL: Sunday is 1
    case FunctionId::Hour: return t.hour;
    case FunctionId::Minute: return t.minute;
    default: return t.second;
    }
}

// TO_DATE(text[, format]): NULL when the text is not a date in the format; without a format a
// date, or a timestamp whose date part is taken, as Flink's DateTimeUtils reads it.
const Value* toDate(Call& c) {
    std::string_view text = c.arg<std::string>(0);
    if (c.args[1]) {
        auto micros = temporal::parseFormatted(text, c.arg<std::string>(1));
        if (!micros) return &nullValue();
        return c.result(Date{static_cast<std::int32_t>(temporal::floorDiv(*micros, temporal::kMicrosPerDay))});
    }
    if (auto days = temporal::parseDate(text)) return c.result(Date{*days});
    auto micros = temporal::parseTimestamp(text);
    if (!micros) return &nullValue();
    return c.result(Date{static_cast<std::int32_t>(temporal::floorDiv(*micros, temporal::kMicrosPerDay))});
}

}  // namespace

NodePtr makeDateFunction(FunctionId id, std::vector<NodePtr> args, FlinkType type, std::size_t offset) {
    if (id == FunctionId::ToDate) return makeStrict(std::move(type), offset, std::move(args), toDate);
    return makeStrict(std::move(type), offset, std::move(args),
                      [id](Call& c) { return c.result(datePart(id, fieldsOf(*c.args[0]))); });
}

}  // namespace sw::expr::eval
