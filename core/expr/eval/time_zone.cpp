#include "expr/eval/time_zone.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace sw::expr::temporal {
namespace {

constexpr std::string_view kZoneDirectory = "/usr/share/zoneinfo/";
constexpr std::int64_t kSecondsPerDay = 86'400;

// Big-endian reads from a TZif file; `pos` moves past what was read, and past the end on a short file.
struct TzifReader {
    std::string_view data;
    std::size_t pos = 0;

    bool has(std::size_t bytes) const { return pos <= data.size() && data.size() - pos >= bytes; }
    std::int64_t integer(std::size_t bytes) {
        if (!has(bytes)) {
            pos = data.size() + 1;
            return 0;
        }
        std::uint64_t value = 0;
        for (std::size_t i = 0; i < bytes; ++i) value = value << 8 | static_cast<unsigned char>(data[pos + i]);
        pos += bytes;
        // Sign-extend 4-byte fields; 8-byte ones already fill the value.
        if (bytes == 4) return static_cast<std::int32_t>(static_cast<std::uint32_t>(value));
        return static_cast<std::int64_t>(value);
    }
};

struct TzifCounts {
    std::int64_t isUt, isStd, leap, time, type, chars;
};

std::optional<TzifCounts> readHeader(TzifReader& in, char& version) {
    if (!in.has(44) || in.data.substr(in.pos, 4) != "TZif") return std::nullopt;
    version = in.data[in.pos + 4];
    in.pos += 20;
    TzifCounts c{in.integer(4), in.integer(4), in.integer(4), in.integer(4), in.integer(4), in.integer(4)};
    if (c.type < 1 || c.type > 256 || c.time < 0 || c.leap < 0 || c.chars < 0 || c.isUt < 0 || c.isStd < 0) return std::nullopt;
    return c;
}

// Java's custom ids: GMT+h, GMT+hh, GMT+hhmm, GMT+hh:mm (and the same with '-').
std::optional<std::int32_t> customOffset(std::string_view id) {
    if (!id.starts_with("GMT") || id.size() < 5 || (id[3] != '+' && id[3] != '-')) return std::nullopt;
    int sign = id[3] == '-' ? -1 : 1;
    std::string_view rest = id.substr(4);
    auto digits = [](std::string_view s) { return !s.empty() && std::ranges::all_of(s, [](char c) { return c >= '0' && c <= '9'; }); };
    std::string_view hours = rest, minutes;
    if (std::size_t colon = rest.find(':'); colon != std::string_view::npos) {
        hours = rest.substr(0, colon);
        minutes = rest.substr(colon + 1);
        if (minutes.size() != 2) return std::nullopt;
    } else if (rest.size() == 4) {
        hours = rest.substr(0, 2);
        minutes = rest.substr(2);
    }
    if (!digits(hours) || hours.size() > 2 || (!minutes.empty() && !digits(minutes))) return std::nullopt;
    int h = std::stoi(std::string(hours));
    int m = minutes.empty() ? 0 : std::stoi(std::string(minutes));
    if (h > 23 || m > 59) return std::nullopt;
    return sign * (h * 3600 + m * 60);
}

// A zone id names a file under the zone directory, never a path out of it.
bool isSafeZoneId(std::string_view id) {
    if (id.empty() || id.front() == '/' || id.find("..") != std::string_view::npos) return false;
    return std::ranges::all_of(id, [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '/' || c == '_' || c == '-' || c == '+';
    });
}

}  // namespace

std::shared_ptr<const TimeZone> TimeZone::fixed(std::int32_t offset) {
    auto zone = std::make_shared<TimeZone>();
    zone->initial_ = Type{offset, false};
    return zone;
}

std::shared_ptr<const TimeZone> TimeZone::read(std::string_view path) {
    std::ifstream file{std::string(path), std::ios::binary};
    if (!file) return nullptr;
    std::string bytes{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
    TzifReader in{bytes};
    char version = 0;
    auto counts = readHeader(in, version);
    if (!counts) return nullptr;
    std::size_t timeSize = 4;
    if (version >= '2') {
        // Skip the 32-bit block; the second header and its 64-bit times follow.
        in.pos += static_cast<std::size_t>(counts->time * 5 + counts->type * 6 + counts->chars + counts->leap * 8 +
                                           counts->isStd + counts->isUt);
        counts = readHeader(in, version);
        if (!counts) return nullptr;
        timeSize = 8;
    }
    auto zone = std::make_shared<TimeZone>();
    for (std::int64_t i = 0; i < counts->time; ++i) zone->transitions_.push_back(in.integer(timeSize));
    for (std::int64_t i = 0; i < counts->time; ++i) zone->transitionTypes_.push_back(static_cast<std::uint8_t>(in.integer(1)));
    for (std::int64_t i = 0; i < counts->type; ++i) {
        Type type{static_cast<std::int32_t>(in.integer(4)), in.integer(1) != 0};
        in.integer(1);  // abbreviation index
        zone->types_.push_back(type);
    }
    if (in.pos > bytes.size()) return nullptr;
    bool typesValid = std::ranges::all_of(zone->transitionTypes_, [&](std::uint8_t t) { return t < zone->types_.size(); });
    if (!typesValid || !std::ranges::is_sorted(zone->transitions_)) return nullptr;
    zone->initial_ = zone->types_.front();
    return zone;
}

std::shared_ptr<const TimeZone> TimeZone::find(std::string_view id) {
    static std::mutex mutex;
    static std::map<std::string, std::shared_ptr<const TimeZone>, std::less<>> zones;
    const std::lock_guard lock(mutex);
    if (auto it = zones.find(id); it != zones.end()) return it->second;
    std::shared_ptr<const TimeZone> zone;
    if (auto offset = customOffset(id)) zone = fixed(*offset);
    else if (isSafeZoneId(id)) zone = read(std::string(kZoneDirectory) + std::string(id));
    if (!zone) zone = fixed(0);  // Java's TimeZone.getTimeZone falls back to GMT
    zones.emplace(std::string(id), zone);
    return zone;
}

const TimeZone::Type& TimeZone::typeAt(std::int64_t utcSeconds) const {
    auto after = std::ranges::upper_bound(transitions_, utcSeconds);
    if (after == transitions_.begin()) return initial_;
    return types_[transitionTypes_[static_cast<std::size_t>(after - transitions_.begin() - 1)]];
}

std::int32_t TimeZone::offsetAt(std::int64_t utcSeconds) const { return typeAt(utcSeconds).offset; }

std::int64_t TimeZone::toUtc(std::int64_t localSeconds) const {
    // The offsets a day either side bracket any single transition near this wall-clock time.
    const Type& before = typeAt(localSeconds - kSecondsPerDay);
    const Type& after = typeAt(localSeconds + kSecondsPerDay);
    std::int64_t early = localSeconds - before.offset;
    std::int64_t late = localSeconds - after.offset;
    bool earlyValid = offsetAt(early) == before.offset;
    bool lateValid = offsetAt(late) == after.offset;
    if (earlyValid != lateValid) return earlyValid ? early : late;
    // Twice (both valid) or never (neither): standard time decides.
    return before.dst && !after.dst ? late : early;
}

}  // namespace sw::expr::temporal
