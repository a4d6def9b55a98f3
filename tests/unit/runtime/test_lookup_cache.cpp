// LookupCache: strategies None / LRU / ALL, expiry by write and by access, missing keys, counters.
#include <gtest/gtest.h>

#include <string>

#include "runtime/mysql/lookup_cache.h"

namespace sw::runtime {
namespace {

using namespace std::chrono_literals;

// A clock the test moves by hand.
struct ManualClock {
    std::chrono::steady_clock::time_point now{};
    LookupCache::Clock function() {
        return [this] { return now; };
    }
};

LookupCacheConfig lru(std::size_t maxRows) {
    LookupCacheConfig config;
    config.strategy = LookupCacheStrategy::Lru;
    config.maxRows = maxRows;
    return config;
}

std::string valueOf(LookupCache& cache, const std::string& key) {
    auto found = cache.find(key);
    return found ? "=" + std::string(*found) : "miss";
}

TEST(LookupCache, NoneNeverAnswers) {
    LookupCache cache(LookupCacheConfig{});
    cache.put("k", "row");
    EXPECT_EQ(valueOf(cache, "k"), "miss");
    EXPECT_EQ(cache.size(), 0u);
    EXPECT_EQ(cache.hits(), 0u);
    EXPECT_EQ(cache.misses(), 1u);
}

TEST(LookupCache, LruEvictsTheLeastRecentlyUsed) {
    LookupCache cache(lru(2));
    cache.put("a", "1");
    cache.put("b", "2");
    EXPECT_EQ(valueOf(cache, "a"), "=1");  // a is now the most recent
    cache.put("c", "3");                   // evicts b
    EXPECT_EQ(valueOf(cache, "b"), "miss");
    EXPECT_EQ(valueOf(cache, "a"), "=1");
    EXPECT_EQ(valueOf(cache, "c"), "=3");
    EXPECT_EQ(cache.size(), 2u);
    EXPECT_EQ(cache.hits(), 3u);
    EXPECT_EQ(cache.misses(), 1u);
}

TEST(LookupCache, PutReplacesTheValueOfAKey) {
    LookupCache cache(lru(10));
    cache.put("a", "old");
    cache.put("a", "new");
    EXPECT_EQ(valueOf(cache, "a"), "=new");
    EXPECT_EQ(cache.size(), 1u);
}

TEST(LookupCache, MissingKeysAreCachedOnlyWhenConfigured) {
    struct Case {
        bool cacheMissingKey;
        std::string expected;
    };
    for (const Case& c : {Case{true, "="}, Case{false, "miss"}}) {
        LookupCacheConfig config = lru(10);
        config.cacheMissingKey = c.cacheMissingKey;
        LookupCache cache(config);
        cache.put("absent", "");
        EXPECT_EQ(valueOf(cache, "absent"), c.expected) << "cacheMissingKey=" << c.cacheMissingKey;
    }
}

TEST(LookupCache, ExpiryAfterWriteAndAfterAccess) {
    struct Case {
        const char* name;
        std::chrono::milliseconds afterWrite;
        std::chrono::milliseconds afterAccess;
        std::vector<std::pair<std::chrono::milliseconds, std::string>> steps;  // advance, then find "k"
    };
    const std::vector<Case> cases = {
        {"write: valid before the TTL", 100ms, 0ms, {{99ms, "=v"}}},
        {"write: gone at the TTL even when read", 100ms, 0ms, {{50ms, "=v"}, {50ms, "miss"}}},
        {"access: reads keep it", 0ms, 100ms, {{80ms, "=v"}, {80ms, "=v"}, {80ms, "=v"}}},
        {"access: idle drops it", 0ms, 100ms, {{80ms, "=v"}, {100ms, "miss"}}},
        {"both: write wins over reads", 150ms, 100ms, {{80ms, "=v"}, {80ms, "miss"}}},
    };
    for (const Case& c : cases) {
        ManualClock clock;
        LookupCacheConfig config = lru(10);
        config.expireAfterWrite = c.afterWrite;
        config.expireAfterAccess = c.afterAccess;
        LookupCache cache(config, clock.function());
        cache.put("k", "v");
        for (const auto& [advance, expected] : c.steps) {
            clock.now += advance;
            EXPECT_EQ(valueOf(cache, "k"), expected) << c.name;
        }
    }
}

TEST(LookupCache, AllAnswersEveryKeyOnceLoadedAndReloadsAfterTheTtl) {
    ManualClock clock;
    LookupCacheConfig config;
    config.strategy = LookupCacheStrategy::All;
    config.expireAfterWrite = 1000ms;
    LookupCache cache(config, clock.function());
    EXPECT_TRUE(cache.needsFullLoad());
    EXPECT_EQ(valueOf(cache, "a"), "miss");  // nothing loaded yet
    cache.replaceAll({{"a", "1"}, {"b", "2"}});
    EXPECT_FALSE(cache.needsFullLoad());
    EXPECT_EQ(valueOf(cache, "a"), "=1");
    EXPECT_EQ(valueOf(cache, "zzz"), "=");  // not in the table: absent, no query
    cache.put("c", "3");                     // ALL is filled by loads only
    EXPECT_EQ(valueOf(cache, "c"), "=");
    clock.now += 999ms;
    EXPECT_FALSE(cache.needsFullLoad());
    clock.now += 1ms;
    EXPECT_TRUE(cache.needsFullLoad());
    cache.replaceAll({{"b", "22"}});
    EXPECT_EQ(valueOf(cache, "a"), "=");
    EXPECT_EQ(valueOf(cache, "b"), "=22");
    EXPECT_EQ(cache.size(), 1u);
}

// Many keys with evictions and re-insertions: the open-addressing table must keep every live key
// reachable (backward-shift deletion) and never answer for an evicted one.
TEST(LookupCache, ManyKeysStayConsistentUnderEviction) {
    constexpr int kMax = 1000;
    LookupCache cache(lru(kMax));
    for (int i = 0; i < 20 * kMax; ++i) cache.put("key" + std::to_string(i), "v" + std::to_string(i));
    EXPECT_EQ(cache.size(), static_cast<std::size_t>(kMax));
    int present = 0;
    for (int i = 0; i < 20 * kMax; ++i) {
        auto found = cache.find("key" + std::to_string(i));
        if (!found) continue;
        ++present;
        EXPECT_EQ(*found, "v" + std::to_string(i));
        EXPECT_GE(i, 19 * kMax) << "an evicted key answered";
    }
    EXPECT_EQ(present, kMax);
}

}  // namespace
}  // namespace sw::runtime
