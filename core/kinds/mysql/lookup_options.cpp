#include "kinds/mysql/lookup_options.h"

#include "kinds/option_builder.h"

namespace sw::kinds {

namespace {

constexpr const char* kGroup = "Lookup cache";

// Flink's jdbc connector has no whole-table cache: ALL is exported as a partial cache (the
// validator warns about it).
OptionDescriptor strategyOption() {
    return OptionBuilder("lookup.cache", "Cache strategy", ValueType::Enum)
        .allowed({"None", "LRU", "ALL"})
        .defaultValue("None")
        .group(kGroup)
        .sqlKey({"mysql"}, "lookup.cache.strategy")
        .sqlKey({"rds"}, "cache")
        .sqlKey({"jdbc"}, "lookup.cache")
        .sqlValue("jdbc", "None", "NONE")
        .sqlValue("jdbc", "LRU", "PARTIAL")
        .sqlValue("jdbc", "ALL", "PARTIAL")
        .help("None queries the database for every row. LRU keeps recently used keys. ALL "
              "loads the whole table before the job starts, treats keys missing from it as "
              "absent and reloads it when the TTL expires; it suits small tables with many "
              "misses.");
}

}  // namespace

std::vector<OptionDescriptor> lookupCacheOptions() {
    return {
        strategyOption(),
        OptionBuilder("lookup.cache.max-rows", "Cache size (rows)", ValueType::Int)
            .defaultValue("100000")
            .atLeast(1)
            .group(kGroup)
            .sqlKey({"mysql"}, "lookup.cache.max-rows")
            .sqlKey({"rds"}, "cacheSize")
            .sqlKey({"jdbc"}, "lookup.partial-cache.max-rows")
            .visibleWhen("lookup.cache", {"LRU"})
            .help("Most rows the LRU cache holds; the least recently used are evicted."),
        OptionBuilder("lookup.cache.ttl", "Cache TTL", ValueType::Duration)
            .group(kGroup)
            .sqlKey({"mysql"}, "lookup.cache.ttl")
            .sqlKey({"rds"}, "cacheTTLMs")
            .durationAsMillisFor("rds")
            .sqlKey({"jdbc"}, "lookup.partial-cache.expire-after-write")
            .visibleWhen("lookup.cache", {"LRU", "ALL"})
            .help("LRU: how long a cached row stays valid after it was loaded. ALL: how often "
                  "the whole table is reloaded."),
        OptionBuilder("lookup.cache.expire-after-access", "Expire after access",
                      ValueType::Duration)
            .group(kGroup)
            .sqlKey({"jdbc"}, "lookup.partial-cache.expire-after-access")
            .visibleWhen("lookup.cache", {"LRU"})
            .help("Drop a cached row that has not been read for this long (open-source jdbc "
                  "connector only)."),
        OptionBuilder("lookup.cache.caching-missing-key", "Cache missing keys", ValueType::Bool)
            .defaultValue("true")
            .group(kGroup)
            .sqlKey({"mysql"}, "lookup.cache.caching-missing-key")
            .sqlKey({"jdbc"}, "lookup.partial-cache.cache-missing-key")
            .visibleWhen("lookup.cache", {"LRU"})
            .help("Also remember that a key was not found, so repeated misses do not reach "
                  "the database."),
        OptionBuilder("lookup.max-retries", "Lookup retries", ValueType::Int)
            .defaultValue("3")
            .atLeast(0)
            .group(kGroup)
            .sqlKey({"mysql", "jdbc"}, "lookup.max-retries")
            .sqlKey({"rds"}, "maxRetryTimes")
            .help("How many times a failed database query is retried before the job fails."),
    };
}

// No SQL key: the join type is written into the SELECT, not into the table's WITH clause.
OptionDescriptor lookupJoinTypeOption() {
    return OptionBuilder("join.type", "Join type", ValueType::Enum)
        .allowed({"LEFT", "INNER"})
        .defaultValue("LEFT")
        .group("Join")
        .help("LEFT keeps a probe row without a match and fills the looked-up columns with "
              "NULL; INNER drops it.");
}

}  // namespace sw::kinds
