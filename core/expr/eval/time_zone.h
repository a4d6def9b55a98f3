#pragma once
// TimeZone: the UTC offsets of an IANA time zone, read from the system's compiled tzdata
// (/usr/share/zoneinfo, TZif files; Debian's tzdata package). Used by CONVERT_TZ.
//
// Why a small reader: libstdc++ 12 (Debian 12) has no std::chrono::tzdb, and the TZif format is
// stable and simple. Debian ships "fat" files with every transition up to 2037; after the last
// one the last offset is kept (the POSIX rule at the end of the file is not read).

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace sw::expr::temporal {

class TimeZone {
public:
    // The zone named `id` ("Asia/Shanghai", "UTC", "GMT+08:00"); as Java's TimeZone.getTimeZone,
    // an unknown id is GMT. Loaded once per id and shared.
    static std::shared_ptr<const TimeZone> find(std::string_view id);

    // Seconds east of UTC in effect at `utcSeconds`.
    std::int32_t offsetAt(std::int64_t utcSeconds) const;
    // The instant of wall-clock time `localSeconds` (seconds since 1970-01-01 00:00 local). A time
    // that occurs twice or not at all is read in standard time, as java.util.GregorianCalendar does.
    std::int64_t toUtc(std::int64_t localSeconds) const;

private:
    struct Type {
        std::int32_t offset = 0;
        bool dst = false;
    };
    static std::shared_ptr<const TimeZone> fixed(std::int32_t offset);
    static std::shared_ptr<const TimeZone> read(std::string_view path);
    const Type& typeAt(std::int64_t utcSeconds) const;

    std::vector<std::int64_t> transitions_;  // UTC seconds, ascending
    std::vector<std::uint8_t> transitionTypes_;
    std::vector<Type> types_;
    Type initial_;  // before the first transition
};

}  // namespace sw::expr::temporal
