#include <cmath>
#include <limits>
#include <regex>

#include "expr/eval/date_time_pattern.h"
#include "expr/eval/decimal_math.h"
#include "expr/eval/eval_nodes.h"
#include "expr/eval/temporal.h"
#include "expr/eval/time_zone.h"

namespace sw::expr::eval {
namespace {

constexpr std::string_view kDefaultFormat = "yyyy-MM-dd HH:mm:ss";

std::int64_t toMillisPrecision(std::int64_t micros) {
    return temporal::floorDiv(micros, temporal::kMicrosPerMilli) * temporal::kMicrosPerMilli;
}

// A timestamp argument, or a string one in the default text form; nullopt when unparsable.
std::optional<Timestamp> timestampArg(const Call& c, std::size_t i) {
    if (auto* ts = std::get_if<Timestamp>(&c.args[i]->storage())) return *ts;
    return temporal::parsePreciseTimestamp(c.arg<std::string>(i));
}

// java.sql.Timestamp.valueOf ('yyyy-[m]m-[d]d hh:mm:ss[.f...]', up to nine fraction digits) or,
// without a space, java.sql.Date.valueOf ('yyyy-[m]m-[d]d'): the forms Flink's
// DateTimeUtils.toTimestampData falls back to when the text does not match the pattern.
std::optional<std::int64_t> javaSqlTimestamp(std::string_view raw) {
    static const std::regex kTimestamp(R"((\d{4})-(\d{1,2})-(\d{1,2})(?: (\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.(\d{1,9}))?)?)");
    const auto first = raw.find_first_not_of(" \t\n\r");
    if (first == std::string_view::npos) return std::nullopt;
    const std::string text(raw.substr(first, raw.find_last_not_of(" \t\n\r") - first + 1));
    std::smatch m;
    if (!std::regex_match(text, m, kTimestamp)) return std::nullopt;
    if (text.find(' ') != std::string::npos && !m[4].matched) return std::nullopt;
    temporal::DateTime t;
    t.year = std::stoi(m[1]);
    t.month = std::stoi(m[2]);
    t.day = std::stoi(m[3]);
    if (!temporal::isValidDay(t.year, t.month, t.day)) return std::nullopt;
    if (m[4].matched) {
        t.hour = std::stoi(m[4]);
        t.minute = std::stoi(m[5]);
        t.second = std::stoi(m[6]);
        if (t.hour > 23 || t.minute > 59 || t.second > 59) return std::nullopt;
        const std::string fraction = (m[7].str() + "000000").substr(0, 6);  // microseconds kept
        t.micros = std::stoi(fraction);
    }
    return temporal::toMicros(t);
}

std::optional<std::int64_t> parseWith(const Call& c, std::size_t textArg, std::size_t formatArg) {
    const std::string& text = c.arg<std::string>(textArg);
    if (!c.args[formatArg]) return temporal::parseTimestamp(text);
    if (auto parsed = temporal::DateTimePattern(c.arg<std::string>(formatArg), temporal::PatternStyle::JavaTime).parse(text)) return parsed;
    return javaSqlTimestamp(text);
}

// The pattern applied as Flink applies it (see DateTimePattern); a pattern Java refuses fails the call.
const Value* formatted(Call& c, const Timestamp& at, std::string_view pattern, temporal::PatternStyle style) {
    auto text = temporal::DateTimePattern(pattern, style).format(at.micros, at.nanos);
    if (!text) return c.fail(text.error().message);
    return c.result(std::move(text).value());
}

// Epoch seconds or milliseconds (precision 0 or 3) of any numeric value, as micros.
std::optional<std::int64_t> epochMicros(const Value& v, std::int64_t precision) {
    std::int64_t unit = precision == 0 ? temporal::kMicrosPerSecond : temporal::kMicrosPerMilli;
    if (auto* i = std::get_if<std::int64_t>(&v.storage())) return *i * unit;
    double d = 0;
    if (auto* x = std::get_if<double>(&v.storage())) d = *x;
    else d = decimal::toDouble(get<Decimal>(v));
    if (!std::isfinite(d)) return std::nullopt;
    return toMillisPrecision(static_cast<std::int64_t>(d * static_cast<double>(unit)));
}

}  // namespace

NodePtr makeTemporalFunction(FunctionId id, std::vector<NodePtr> args, model::FlinkType type, std::size_t offset) {
    switch (id) {
    case FunctionId::DateFormat:
        return makeStrict(std::move(type), offset, std::move(args), [](Call& c) -> const Value* {
            auto ts = timestampArg(c, 0);
            if (!ts) return &nullValue();
            // A TIMESTAMP goes through java.time, text through SimpleDateFormat (DateTimeUtils.formatTimestamp / formatTimestampString).
            const bool text = std::holds_alternative<std::string>(c.args[0]->storage());
            return formatted(c, *ts, c.arg<std::string>(1),
                             text ? temporal::PatternStyle::SimpleDateFormat : temporal::PatternStyle::JavaTime);
        });
    case FunctionId::ToTimestamp:
        // Unparsable text is NULL, not an error, in Flink's TO_TIMESTAMP.
        return makeStrict(std::move(type), offset, std::move(args), [](Call& c) -> const Value* {
            auto micros = parseWith(c, 0, 1);
            if (!micros) return &nullValue();
            return c.result(Timestamp{toMillisPrecision(*micros)});
        });
    case FunctionId::ToTimestampLtz:
        return makeStrict(std::move(type), offset, std::move(args), [](Call& c) -> const Value* {
            std::optional<std::int64_t> micros;
            if (auto* s = std::get_if<std::string>(&c.args[0]->storage())) {
                micros = temporal::parseTimestamp(*s);
            } else {
                std::int64_t precision = c.args[1] ? c.arg<std::int64_t>(1) : 3;
                if (precision != 0 && precision != 3) return c.fail("TO_TIMESTAMP_LTZ precision must be 0 or 3, got " + std::to_string(precision));
                micros = epochMicros(*c.args[0], precision);
            }
            if (!micros) return &nullValue();
            return c.result(Timestamp{toMillisPrecision(*micros)});
        });
    case FunctionId::FromUnixtime:
        return makeStrict(std::move(type), offset, std::move(args), [](Call& c) {
            std::string_view pattern = c.args[1] ? std::string_view(c.arg<std::string>(1)) : kDefaultFormat;
            return formatted(c, Timestamp{c.arg<std::int64_t>(0) * temporal::kMicrosPerSecond}, pattern, temporal::PatternStyle::SimpleDateFormat);
        });
    case FunctionId::UnixTimestamp:
        // Unparsable text gives Long.MIN_VALUE, as Flink's UNIX_TIMESTAMP(string) does.
        return makeStrict(std::move(type), offset, std::move(args), [](Call& c) {
            if (!c.args[0]) return c.result(temporal::floorDiv(c.context.nowMicros, temporal::kMicrosPerSecond));
            const std::string& text = c.arg<std::string>(0);
            const std::string_view pattern = c.args[1] ? std::string_view(c.arg<std::string>(1)) : kDefaultFormat;
            auto micros = temporal::DateTimePattern(pattern, temporal::PatternStyle::SimpleDateFormat).parse(text);
            if (!micros) return c.result(std::numeric_limits<std::int64_t>::min());
            return c.result(temporal::floorDiv(*micros, temporal::kMicrosPerSecond));
        });
    case FunctionId::ConvertTz:
        // Flink reads and writes 'yyyy-MM-dd HH:mm:ss' (DateTimeUtils.convertTz); text in another
        // form is NULL.
        return makeStrict(std::move(type), offset, std::move(args), [](Call& c) -> const Value* {
            auto local = temporal::DateTimePattern(kDefaultFormat, temporal::PatternStyle::SimpleDateFormat).parse(c.arg<std::string>(0));
            if (!local) return &nullValue();
            std::int64_t seconds = temporal::floorDiv(*local, temporal::kMicrosPerSecond);
            std::int64_t utc = temporal::TimeZone::find(c.arg<std::string>(1))->toUtc(seconds);
            std::int64_t target = utc + temporal::TimeZone::find(c.arg<std::string>(2))->offsetAt(utc);
            return formatted(c, Timestamp{target * temporal::kMicrosPerSecond}, kDefaultFormat, temporal::PatternStyle::SimpleDateFormat);
        });
    case FunctionId::CurrentDate:
        return makeStrict(std::move(type), offset, std::move(args), [](Call& c) {
            return c.result(Date{static_cast<std::int32_t>(temporal::floorDiv(c.context.nowMicros, temporal::kMicrosPerDay))});
        });
    case FunctionId::CurrentTime:
    case FunctionId::LocalTime:
        return makeStrict(std::move(type), offset, std::move(args), [](Call& c) {
            std::int64_t inDay = c.context.nowMicros - temporal::floorDiv(c.context.nowMicros, temporal::kMicrosPerDay) * temporal::kMicrosPerDay;
            return c.result(TimeOfDay{static_cast<std::int32_t>(inDay / temporal::kMicrosPerMilli)});
        });
    default:  // NOW, CURRENT_ROW_TIMESTAMP, CURRENT_TIMESTAMP, LOCALTIMESTAMP: the record's processing time, in UTC, to the millisecond
        return makeStrict(std::move(type), offset, std::move(args),
                          [](Call& c) { return c.result(Timestamp{toMillisPrecision(c.context.nowMicros)}); });
    }
}

}  // namespace sw::expr::eval
