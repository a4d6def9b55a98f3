#pragma once
// MysqlLookupJoin: the lookup join of a mysql-lookup / jdbc-lookup node. Per batch it answers
// every key it can from the LookupCache and fetches all remaining keys with one prepared query
// per chunk that joins the table with a derived table of the probe keys, so the database decides
// what matches (collations: case, trailing spaces) as Flink's `WHERE k = ?` lets it; then it
// emits probe row + dimension columns per match (several rows for a non-unique key), NULLs for
// LEFT without a match, nothing for INNER. A NULL key matches nothing, as in Flink.

#include <memory>
#include <string>
#include <vector>

#include "model/node.h"
#include "runtime/mysql/lookup_cache.h"
#include "runtime/metrics/metrics_registry.h"
#include "runtime/mysql/mysql_session.h"
#include "runtime/engine/operator.h"
#include "runtime/engine/secret_resolver.h"

namespace sw::runtime {

class MysqlLookupJoin : public Operator {
public:
    // `probe`: the input's columns; `output`: the node's inferred relation (probe columns, then
    // dimension columns except keys named like their probe column). Connects and checks the
    // table, so a wrong password or table fails here. `counters` may be null.
    static Result<std::unique_ptr<MysqlLookupJoin>> create(const model::Node& node,
                                                           const std::vector<model::Column>& probe,
                                                           const std::vector<model::Column>& output,
                                                           const SecretResolver& secrets, NodeCounters* counters,
                                                           LookupCache::Clock clock = {});

    Status process(Batch& batch) override;
    // Takes the session's last traffic sample (bytes since the last once-a-second sample).
    Status finish() override;

    const LookupCache& cache() const { return cache_; }
    std::uint64_t queries() const { return queries_; }  // SELECTs sent (lookups and full loads)
    std::size_t preparedStatements() const { return session_.preparedStatements(); }

    // Most probe keys per lookup query.
    static constexpr std::size_t kChunkKeys = 500;

private:
    MysqlLookupJoin(MysqlSession session, LookupCacheConfig config, LookupCache::Clock clock);

    Status checkTable();
    // Reads the key columns' collations and builds keyComparisons_.
    Status readKeyColumnTypes();
    Status loadWholeTable();
    // Looks up `keys` (packed) of `keyRows`, caches each key's answer and leaves it in keys[i].
    Status fetch(const std::vector<const expr::Row*>& keyRows, std::vector<std::string>& keys);
    // Result column `resultColumn` (1-based) read as dimension column `dimColumn`.
    Result<expr::Value> readDimValue(sql::ResultSet& rows, unsigned resultColumn, std::size_t dimColumn) const;
    std::string wholeTableSql() const;
    // SELECT p.i, <dim columns> FROM (<`keys` rows of ?>) p JOIN t ON <keyComparisons_>.
    std::string lookupSql(std::size_t keys) const;

    MysqlSession session_;
    LookupCache cache_;
    std::string location_;
    NodeCounters* counters_ = nullptr;
    bool inner_ = false;
    std::vector<model::Column> dim_;        // all declared dimension columns, selected in order
    std::vector<std::size_t> probeKeys_;    // probe column of each join key
    std::vector<std::size_t> dimKeys_;      // dimension column of each join key
    std::vector<std::size_t> emitted_;      // dimension columns appended to the probe row
    std::string keyComparisons_;            // ON clause: each key column = its probe value, typed
    std::uint64_t queries_ = 0;

    // Per-batch scratch, kept to reuse its memory.
    std::vector<std::string> answers_;      // packed dimension rows per probe row
    std::vector<char> known_;               // whether answers_[i] is settled (a hit, or NULL key)
};

}  // namespace sw::runtime
