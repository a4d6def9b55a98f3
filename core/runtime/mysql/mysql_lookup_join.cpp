#include "runtime/mysql/mysql_lookup_join.h"

#include <cppconn/prepared_statement.h>
#include <cppconn/resultset.h>

#include <algorithm>
#include <bit>
#include <cctype>
#include <chrono>
#include <unordered_map>

#include "kinds/node_options.h"
#include "runtime/engine/compiled_expressions.h"
#include "runtime/mysql/lookup_cache_codec.h"
#include "runtime/mysql/mysql_value_binding.h"

namespace sw::runtime {
namespace {

std::size_t indexOf(const std::vector<model::Column>& columns, const std::string& name) {
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (columns[i].name == name) return i;
    return columns.size();
}

Result<LookupCacheConfig> cacheConfig(const kinds::NodeOptions& options) {
    LookupCacheConfig config;
    const std::string strategy = options.text("lookup.cache");
    if (strategy == "LRU")
        config.strategy = LookupCacheStrategy::Lru;
    else if (strategy == "ALL")
        config.strategy = LookupCacheStrategy::All;
    auto maxRows = options.integer("lookup.cache.max-rows");
    if (!maxRows) return maxRows.error();
    config.maxRows = static_cast<std::size_t>(std::max<std::int64_t>(*maxRows, 1));
    // No TTL: cached rows stay valid.
    auto ttl = options.optionalDuration("lookup.cache.ttl");
    if (!ttl) return ttl.error();
    config.expireAfterWrite = ttl->value_or(std::chrono::milliseconds(0));
    auto afterAccess = options.optionalDuration("lookup.cache.expire-after-access");
    if (!afterAccess) return afterAccess.error();
    config.expireAfterAccess = afterAccess->value_or(std::chrono::milliseconds(0));
    config.cacheMissingKey = options.flag("lookup.cache.caching-missing-key");
    return config;
}

bool isPlainName(const std::string& name) {
    return !name.empty() &&
           std::all_of(name.begin(), name.end(), [](unsigned char c) { return std::isalnum(c) || c == '_'; });
}

// The probe value `probe` (a column of the derived table) as the key's type, for the kinds bound
// as text: so they compare as DECIMAL / temporal values, as a `key = ?` constant would.
std::string typedProbe(const std::string& probe, const model::FlinkType& type) {
    switch (type.kind()) {
    case model::TypeKind::Decimal:
        return "CAST(" + probe + " AS DECIMAL(" + std::to_string(type.precision()) + "," +
               std::to_string(std::max(type.scale(), 0)) + "))";
    case model::TypeKind::Date: return "CAST(" + probe + " AS DATE)";
    case model::TypeKind::Time: return "CAST(" + probe + " AS TIME(3))";  // bound with milliseconds
    case model::TypeKind::Timestamp:
    case model::TypeKind::TimestampLtz: return "CAST(" + probe + " AS DATETIME(6))";  // bound with micros
    default: return probe;
    }
}

}  // namespace

MysqlLookupJoin::MysqlLookupJoin(MysqlSession session, LookupCacheConfig config, LookupCache::Clock clock)
    : session_(std::move(session)),
      cache_(config, clock ? std::move(clock) : LookupCache::Clock([] { return std::chrono::steady_clock::now(); })) {}

Result<std::unique_ptr<MysqlLookupJoin>> MysqlLookupJoin::create(const model::Node& node,
                                                                 const std::vector<model::Column>& probe,
                                                                 const std::vector<model::Column>& output,
                                                                 const SecretResolver& secrets, NodeCounters* counters,
                                                                 LookupCache::Clock clock) {
    auto factory = MysqlConnectionFactory::fromNode(node, secrets);
    if (!factory) return factory.error();
    auto options = kinds::NodeOptions::of(node);
    if (!options) return options.error();
    auto config = cacheConfig(*options);
    if (!config) return config.error();
    auto retries = options->integer("lookup.max-retries");
    if (!retries) return retries.error();

    std::unique_ptr<MysqlLookupJoin> join(
        new MysqlLookupJoin(MysqlSession(std::move(*factory), static_cast<int>(*retries)), *config, std::move(clock)));
    join->location_ = nodeLocation(node);
    join->counters_ = counters;
    join->inner_ = options->text("join.type") == "INNER";
    join->dim_ = node.schema.columns;
    for (const model::JoinKey& key : node.joinKeys) {
        join->probeKeys_.push_back(indexOf(probe, key.probeColumn));
        join->dimKeys_.push_back(indexOf(join->dim_, key.dimColumn));
        if (join->probeKeys_.back() == probe.size() || join->dimKeys_.back() == join->dim_.size())
            return Error{"join key " + key.probeColumn + " = " + key.dimColumn + " names an unknown column",
                         join->location_ + " / joinKeys"};
    }
    // Same rule as analysis::inferLookup: a dimension column named like a probe column is a key
    // column equal to it, and is not repeated.
    for (std::size_t j = 0; j < join->dim_.size(); ++j)
        if (indexOf(probe, join->dim_[j].name) == probe.size()) join->emitted_.push_back(j);
    if (probe.size() + join->emitted_.size() != output.size())
        return Error{"the joined columns do not match the node's inferred columns", join->location_};

    if (auto opened = join->session_.open(); !opened) return opened.error();
    if (auto checked = join->checkTable(); !checked) return checked.error();
    if (auto typed = join->readKeyColumnTypes(); !typed) return typed.error();
    // ALL loads the table before the job starts, as the connector does; reloads come with batches.
    if (join->cache_.needsFullLoad()) {
        if (auto loaded = join->loadWholeTable(); !loaded) return loaded.error();
    }
    return join;
}

std::string MysqlLookupJoin::wholeTableSql() const {
    std::string sql = "SELECT ";
    for (std::size_t j = 0; j < dim_.size(); ++j) sql += (j ? "," : "") + MysqlSession::quoteIdentifier(dim_[j].name);
    return sql + " FROM " + MysqlSession::quoteIdentifier(session_.factory().settings().table);
}

std::string MysqlLookupJoin::lookupSql(std::size_t keys) const {
    std::string sql = "SELECT p.i";
    for (std::size_t j : emitted_) sql += ",d." + MysqlSession::quoteIdentifier(dim_[j].name);
    sql += " FROM (SELECT 0 AS i";
    for (std::size_t k = 0; k < dimKeys_.size(); ++k) sql += ",? AS k" + std::to_string(k);
    for (std::size_t i = 1; i < keys; ++i) {
        sql += " UNION ALL SELECT " + std::to_string(i);
        for (std::size_t k = 0; k < dimKeys_.size(); ++k) sql += ",?";
    }
    return sql + ") AS p JOIN " + MysqlSession::quoteIdentifier(session_.factory().settings().table) + " AS d ON " +
           keyComparisons_;
}

Status MysqlLookupJoin::checkTable() {
    return session_.run("checking the lookup table", [this](MysqlSession& session) {
        std::unique_ptr<sql::ResultSet> rows(session.prepare(wholeTableSql() + " WHERE 1=0").executeQuery());
    });
}

Status MysqlLookupJoin::readKeyColumnTypes() {
    std::vector<std::pair<std::string, std::string>> collations;  // charset and collation per key ("" if none)
    auto ran = session_.run("reading the lookup table's key columns", [&](MysqlSession& session) {
        collations.clear();
        // information_schema compares names case-insensitively, as MySQL treats column names.
        sql::PreparedStatement& statement = session.prepare(
            "SELECT CHARACTER_SET_NAME, COLLATION_NAME FROM information_schema.COLUMNS"
            " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND COLUMN_NAME = ? AND COLLATION_NAME IS NOT NULL");
        for (std::size_t key : dimKeys_) {
            statement.setString(1, sql::SQLString(session_.factory().settings().table));
            statement.setString(2, sql::SQLString(dim_[key].name));
            std::unique_ptr<sql::ResultSet> rows(statement.executeQuery());
            auto& collation = collations.emplace_back();
            if (rows->next()) collation = {std::string(rows->getString(1)), std::string(rows->getString(2))};
        }
    });
    if (!ran) return ran;
    keyComparisons_.clear();
    for (std::size_t k = 0; k < dimKeys_.size(); ++k) {
        const model::Column& column = dim_[dimKeys_[k]];
        std::string probe = "p.k" + std::to_string(k);
        // The column's collation made explicit on the probe side: it wins as it would over a
        // `key = ?` parameter, whatever collation the server gave the derived table's column.
        // (Names are spliced into SQL, so only plain ones; a binary string has none and compares
        // byte-wise anyway.)
        const auto& [charset, collation] = collations[k];
        if (isPlainName(charset) && isPlainName(collation))
            probe = "CONVERT(" + probe + " USING " + charset + ") COLLATE " + collation;
        else
            probe = typedProbe(probe, column.type);
        keyComparisons_ += (k ? " AND d." : "d.") + MysqlSession::quoteIdentifier(column.name) + " = " + probe;
    }
    return Ok{};
}

Result<expr::Value> MysqlLookupJoin::readDimValue(sql::ResultSet& rows, unsigned resultColumn,
                                                  std::size_t dimColumn) const {
    auto value = MysqlValueBinding::read(rows, resultColumn, dim_[dimColumn].type, dim_[dimColumn].name);
    if (!value) return Error{value.error().message, location_ + " / schema"};
    return value;
}

Status MysqlLookupJoin::loadWholeTable() {
    const auto started = std::chrono::steady_clock::now();
    std::vector<std::pair<std::string, std::string>> table;  // packed key, its packed rows
    Status read = Ok{};
    auto ran = session_.run("loading the whole lookup table", [&](MysqlSession& session) {
        table.clear();
        std::unique_ptr<sql::ResultSet> rows(session.prepare(wholeTableSql()).executeQuery());
        // Matched later by exact value, as Flink's ALL cache matches its in-memory rows.
        std::unordered_map<std::string, std::size_t> slot;
        expr::Row dimRow(dim_.size());
        while (rows->next()) {
            for (std::size_t j = 0; j < dim_.size(); ++j) {
                auto value = readDimValue(*rows, static_cast<unsigned>(j + 1), j);
                if (!value) {
                    read = value.error();
                    return;
                }
                dimRow[j] = std::move(*value);
            }
            std::string key = LookupCacheCodec::packKey(dimRow, dimKeys_);
            auto [found, added] = slot.try_emplace(key, table.size());
            if (added) table.emplace_back(std::move(key), std::string());
            std::string& rows = table[found->second].second;
            LookupCacheCodec::appendRowStart(rows);
            for (std::size_t j : emitted_) LookupCacheCodec::appendValue(rows, dimRow[j]);
        }
    });
    if (!ran) return ran;
    if (!read) return read;
    cache_.replaceAll(table);
    ++queries_;
    session_.recordRequest(counters_, started, table.size());
    return Ok{};
}

Status MysqlLookupJoin::finish() {
    session_.recordTraffic(counters_);
    return Ok{};
}

Status MysqlLookupJoin::fetch(const std::vector<const expr::Row*>& keyRows, std::vector<std::string>& keys) {
    std::vector<std::string> found;  // packed matching rows per key of the chunk
    for (std::size_t first = 0; first < keyRows.size(); first += kChunkKeys) {
        const std::size_t count = std::min(kChunkKeys, keyRows.size() - first);
        const auto started = std::chrono::steady_clock::now();
        Status read = Ok{};
        auto ran = session_.run("looking keys up", [&](MysqlSession& session) {
            found.assign(count, std::string());
            // The statement takes a power of two of keys (or a whole chunk), the last key repeated
            // in the slots beyond `count`: ~10 statements stay prepared instead of one per count.
            const std::size_t slots = std::min(std::bit_ceil(count), kChunkKeys);
            sql::PreparedStatement& statement = session.prepare(lookupSql(slots));
            unsigned parameter = 1;
            for (std::size_t slot = 0; slot < slots; ++slot) {
                const expr::Row& keyRow = *keyRows[first + std::min(slot, count - 1)];
                for (std::size_t k = 0; k < probeKeys_.size(); ++k)
                    MysqlValueBinding::bind(statement, parameter++, keyRow[probeKeys_[k]], dim_[dimKeys_[k]].type);
            }
            std::unique_ptr<sql::ResultSet> rows(statement.executeQuery());
            // Each row names the probe key it matched, so one dimension row can answer several
            // differently spelled keys that its collation calls equal.
            while (rows->next()) {
                const auto probe = static_cast<std::size_t>(rows->getUInt64(1));
                if (probe >= count) continue;  // a repeated key's slot: its first slot has the rows
                LookupCacheCodec::appendRowStart(found.at(probe));
                for (std::size_t m = 0; m < emitted_.size(); ++m) {
                    auto value = readDimValue(*rows, static_cast<unsigned>(m + 2), emitted_[m]);
                    if (!value) {
                        read = value.error();
                        return;
                    }
                    LookupCacheCodec::appendValue(found.at(probe), *value);
                }
            }
        });
        if (!ran) return ran;
        if (!read) return read;
        ++queries_;
        session_.recordRequest(counters_, started, count);
        // A key the database matched nothing to gets "" (cached if configured), under the
        // probe's own spelling, as Flink's cache keys on the lookup key row.
        for (std::size_t i = 0; i < count; ++i) {
            cache_.put(keys[first + i], found[i]);
            keys[first + i].swap(found[i]);  // the key's slot now carries its answer
        }
    }
    return Ok{};
}

Status MysqlLookupJoin::process(Batch& batch) {
    // Errors from here go through the stage, which names the node itself.
    auto atStage = [](const Status& status) -> Status { return Error{status.error().message, ""}; };
    if (cache_.needsFullLoad()) {
        if (auto loaded = loadWholeTable(); !loaded) return atStage(loaded);
    }
    const std::size_t n = batch.size();
    answers_.resize(n);
    known_.assign(n, 0);
    std::unordered_map<std::string, std::size_t> pending;  // missing key -> index into missKeys
    std::vector<std::string> missKeys;
    std::vector<const expr::Row*> missRows;
    std::vector<std::size_t> missOf(n, 0);
    std::uint64_t hits = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const expr::Row& row = batch.rows[i];
        answers_[i].clear();
        if (std::any_of(probeKeys_.begin(), probeKeys_.end(), [&](std::size_t k) { return row[k].isNull(); })) {
            known_[i] = 1;  // NULL = anything is never true: no match, no query
            continue;
        }
        std::string key = LookupCacheCodec::packKey(row, probeKeys_);
        if (auto waiting = pending.find(key); waiting != pending.end()) {
            missOf[i] = waiting->second;  // a repeat in this batch: answered by the same query
            ++hits;
            continue;
        }
        if (auto cached = cache_.find(key)) {
            answers_[i].assign(*cached);
            known_[i] = 1;
            ++hits;
            continue;
        }
        missOf[i] = missKeys.size();
        pending.emplace(key, missKeys.size());
        missKeys.push_back(std::move(key));
        missRows.push_back(&row);
    }
    if (counters_) {
        counters_->cacheHits.fetch_add(hits, std::memory_order_relaxed);
        counters_->cacheMisses.fetch_add(missKeys.size(), std::memory_order_relaxed);
    }
    if (!missKeys.empty()) {
        if (auto fetched = fetch(missRows, missKeys); !fetched) return atStage(fetched);
    }

    std::vector<expr::Row> out;
    std::vector<ChangeKind> kinds;
    out.reserve(n);
    kinds.reserve(n);
    std::vector<expr::Row> matches;
    for (std::size_t i = 0; i < n; ++i) {
        const std::string& packed = known_[i] ? answers_[i] : missKeys[missOf[i]];
        matches.clear();
        LookupCacheCodec::unpackRows(packed, emitted_.size(), matches);
        if (matches.empty()) {
            if (inner_) continue;
            expr::Row& row = out.emplace_back(std::move(batch.rows[i]));
            row.resize(row.size() + emitted_.size());  // LEFT: NULL dimension columns
            kinds.push_back(batch.kinds[i]);
            continue;
        }
        for (std::size_t m = 0; m < matches.size(); ++m) {
            const bool last = m + 1 == matches.size();
            expr::Row& row = out.emplace_back(last ? std::move(batch.rows[i]) : batch.rows[i]);
            row.insert(row.end(), std::make_move_iterator(matches[m].begin()),
                       std::make_move_iterator(matches[m].end()));
            kinds.push_back(batch.kinds[i]);
        }
    }
    batch.rows.swap(out);
    batch.kinds.swap(kinds);
    return Ok{};
}

}  // namespace sw::runtime
