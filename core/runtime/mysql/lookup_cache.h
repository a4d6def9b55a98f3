#pragma once
// LookupCache: the dimension-table cache of a lookup join, with Flink's strategies — None, LRU
// (max rows, expire after write = lookup.cache.ttl, expire after access, missing keys cached or
// not) and ALL (the whole table, reloaded when the TTL expires; a key not in it is absent).
// Keys and values are opaque bytes (LookupCacheCodec); one thread uses a cache, any may read
// the counters.

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace sw::runtime {

enum class LookupCacheStrategy { None, Lru, All };

struct LookupCacheConfig {
    LookupCacheStrategy strategy = LookupCacheStrategy::None;
    std::size_t maxRows = 10000;                       // LRU
    std::chrono::milliseconds expireAfterWrite{0};     // LRU: row lifetime; ALL: reload period; 0 = never
    std::chrono::milliseconds expireAfterAccess{0};    // LRU; 0 = never
    bool cacheMissingKey = true;                       // LRU: remember that a key has no row
};

class LookupCache {
public:
    using Clock = std::function<std::chrono::steady_clock::time_point()>;

    explicit LookupCache(LookupCacheConfig config, Clock clock = [] { return std::chrono::steady_clock::now(); });

    // The packed rows of `key` ("" = known to have none), or nothing when the database must be
    // asked. The view stays valid until the next put/load. Counts a hit or a miss.
    std::optional<std::string_view> find(std::string_view key);
    // Remembers what the database said for `key` (LRU; a no-op for None). May evict.
    void put(std::string_view key, std::string_view packedRows);

    // ALL: true before the first load and once the TTL has expired since the last one.
    bool needsFullLoad() const;
    // ALL: replaces the contents with the whole table (packed rows grouped by key).
    void replaceAll(const std::vector<std::pair<std::string, std::string>>& table);

    std::size_t size() const { return size_; }
    std::uint64_t hits() const { return hits_.load(std::memory_order_relaxed); }
    std::uint64_t misses() const { return misses_.load(std::memory_order_relaxed); }
    const LookupCacheConfig& config() const { return config_; }

private:
    static constexpr std::uint32_t kNone = 0xffffffffu;

    // 32 bytes per cached key plus one allocation for key and value: a million rows of ~100
    // bytes stay well below 200 MB (std::unordered_map + std::list would cost ~250 bytes more).
    struct Entry {
        std::unique_ptr<char[]> data;  // key bytes, then value bytes
        std::uint32_t keyLength = 0;
        std::uint32_t valueLength = 0;
        std::uint32_t writtenMs = 0;   // since the cache was created (wraps after 49 days: fine for test runs)
        std::uint32_t accessedMs = 0;
        std::uint32_t prev = kNone;    // LRU list: head = most recently used
        std::uint32_t next = kNone;

        std::string_view key() const { return {data.get(), keyLength}; }
        std::string_view value() const { return {data.get() + keyLength, valueLength}; }
    };

    std::uint32_t nowMs() const;
    bool expired(const Entry& entry, std::uint32_t now) const;
    std::size_t slotOf(std::string_view key) const;  // the key's slot, or the empty slot it would take
    void insert(std::string_view key, std::string_view value, std::uint32_t now);
    void eraseSlot(std::size_t slot);
    void grow();
    void unlink(std::uint32_t index);
    void pushFront(std::uint32_t index);
    void clear();

    LookupCacheConfig config_;
    Clock clock_;
    std::chrono::steady_clock::time_point epoch_;
    std::optional<std::chrono::steady_clock::time_point> loadedAt_;  // ALL

    std::vector<Entry> entries_;
    std::vector<std::uint32_t> freeEntries_;
    std::vector<std::uint32_t> slots_;  // open addressing, linear probing: entry index + 1, 0 = empty
    std::size_t size_ = 0;
    std::uint32_t head_ = kNone;
    std::uint32_t tail_ = kNone;

    std::atomic<std::uint64_t> hits_{0};
    std::atomic<std::uint64_t> misses_{0};
};

}  // namespace sw::runtime
