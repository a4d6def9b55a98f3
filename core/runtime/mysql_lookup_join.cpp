#include "runtime/mysql_lookup_join.h"

#include <cppconn/prepared_statement.h>
#include <cppconn/resultset.h>

#include <algorithm>
#include <chrono>
#include <unordered_map>

#include "runtime/compiled_expressions.h"
#include "runtime/lookup_cache_codec.h"
#include "runtime/mysql_node_options.h"
#include "runtime/mysql_value_binding.h"

namespace sw::runtime {
namespace {

std::size_t indexOf(const std::vector<model::Column>& columns, const std::string& name) {
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (columns[i].name == name) return i;
    return columns.size();
}

Result<LookupCacheConfig> cacheConfig(const model::Node& node) {
    const MysqlNodeOptions options(node);
    LookupCacheConfig config;
    const std::string strategy = options.text("lookup.cache", "None");
    if (strategy == "LRU")
        config.strategy = LookupCacheStrategy::Lru;
    else if (strategy == "ALL")
        config.strategy = LookupCacheStrategy::All;
    auto maxRows = options.integer("lookup.cache.max-rows", 100000);  // the mysql connector's default
    if (!maxRows) return maxRows.error();
    config.maxRows = static_cast<std::size_t>(std::max<std::int64_t>(*maxRows, 1));
    auto ttl = options.duration("lookup.cache.ttl", std::chrono::milliseconds(0));
    if (!ttl) return ttl.error();
    config.expireAfterWrite = *ttl;
    auto afterAccess = options.duration("lookup.cache.expire-after-access", std::chrono::milliseconds(0));
    if (!afterAccess) return afterAccess.error();
    config.expireAfterAccess = *afterAccess;
    config.cacheMissingKey = options.flag("lookup.cache.caching-missing-key", true);
    return config;
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
    auto config = cacheConfig(node);
    if (!config) return config.error();
    auto retries = MysqlNodeOptions(node).integer("lookup.max-retries", 3);
    if (!retries) return retries.error();

    std::unique_ptr<MysqlLookupJoin> join(
        new MysqlLookupJoin(MysqlSession(std::move(*factory), static_cast<int>(*retries)), *config, std::move(clock)));
    join->location_ = nodeLocation(node);
    join->counters_ = counters;
    join->inner_ = MysqlNodeOptions(node).text("join.type", "LEFT") == "INNER";
    join->dim_ = node.schema.columns;
    for (const model::JoinKey& key : node.joinKeys) {
        join->probeKeys_.push_back(indexOf(probe, key.probeColumn));
        join->dimKeys_.push_back(indexOf(join->dim_, key.dimColumn));
        if (join->probeKeys_.back() == probe.size() || join->dimKeys_.back() == join->dim_.size())
            return Error{"join key " + key.probeColumn + " = " + key.dimColumn + " names an unknown column",
                         join->location_ + " / joinKeys"};
    }
    // Same rule as validate::inferLookup: a dimension column named like a probe column is a key
    // column equal to it, and is not repeated.
    for (std::size_t j = 0; j < join->dim_.size(); ++j)
        if (indexOf(probe, join->dim_[j].name) == probe.size()) join->emitted_.push_back(j);
    if (probe.size() + join->emitted_.size() != output.size())
        return Error{"the joined columns do not match the node's inferred columns", join->location_};

    if (auto opened = join->session_.open(); !opened) return opened.error();
    if (auto checked = join->checkTable(); !checked) return checked.error();
    // ALL loads the table before the job starts, as the connector does; reloads come with batches.
    if (join->cache_.needsFullLoad()) {
        if (auto loaded = join->loadWholeTable(); !loaded) return loaded.error();
    }
    return join;
}

std::string MysqlLookupJoin::selectSql(std::size_t keys) const {
    std::string sql = "SELECT ";
    for (std::size_t j = 0; j < dim_.size(); ++j) sql += (j ? "," : "") + MysqlSession::quoteIdentifier(dim_[j].name);
    sql += " FROM " + MysqlSession::quoteIdentifier(session_.factory().settings().table);
    if (keys == 0) return sql;
    const bool composite = dimKeys_.size() > 1;
    std::string tuple = composite ? "(" : "";
    for (std::size_t k = 0; k < dimKeys_.size(); ++k) tuple += k ? ",?" : "?";
    if (composite) tuple += ")";
    sql += " WHERE " + std::string(composite ? "(" : "");
    for (std::size_t k = 0; k < dimKeys_.size(); ++k)
        sql += (k ? "," : "") + MysqlSession::quoteIdentifier(dim_[dimKeys_[k]].name);
    sql += std::string(composite ? ")" : "") + " IN (";
    for (std::size_t i = 0; i < keys; ++i) sql += (i ? "," : "") + tuple;
    return sql + ")";
}

Status MysqlLookupJoin::checkTable() {
    return session_.run("checking the lookup table", [this](MysqlSession& session) {
        std::unique_ptr<sql::ResultSet> rows(session.prepare(selectSql(0) + " WHERE 1=0").executeQuery());
    });
}

Status MysqlLookupJoin::readDimRows(sql::ResultSet& rows, std::vector<std::pair<std::string, std::string>>& byKey) {
    std::unordered_map<std::string, std::size_t> slot;
    expr::Row dimRow(dim_.size());
    while (rows.next()) {
        for (std::size_t j = 0; j < dim_.size(); ++j) {
            auto value = MysqlValueBinding::read(rows, static_cast<unsigned>(j + 1), dim_[j].type, dim_[j].name);
            if (!value) return Error{value.error().message, location_ + " / schema"};
            dimRow[j] = std::move(*value);
        }
        std::string key = LookupCacheCodec::packKey(dimRow, dimKeys_);
        auto [found, added] = slot.try_emplace(key, byKey.size());
        if (added) byKey.emplace_back(std::move(key), std::string());
        std::string& packed = byKey[found->second].second;
        for (std::size_t j : emitted_) LookupCacheCodec::appendValue(packed, dimRow[j]);
    }
    return Ok{};
}

Status MysqlLookupJoin::loadWholeTable() {
    const auto started = std::chrono::steady_clock::now();
    std::vector<std::pair<std::string, std::string>> table;
    Status read = Ok{};
    auto ran = session_.run("loading the whole lookup table", [&](MysqlSession& session) {
        table.clear();
        std::unique_ptr<sql::ResultSet> rows(session.prepare(selectSql(0)).executeQuery());
        read = readDimRows(*rows, table);
    });
    if (!ran) return ran;
    if (!read) return read;
    cache_.replaceAll(table);
    ++queries_;
    MysqlSession::recordRequest(counters_, started, table.size());
    return Ok{};
}

Status MysqlLookupJoin::fetch(const std::vector<const expr::Row*>& keyRows, std::vector<std::string>& keys) {
    for (std::size_t first = 0; first < keyRows.size(); first += kChunkKeys) {
        const std::size_t count = std::min(kChunkKeys, keyRows.size() - first);
        const auto started = std::chrono::steady_clock::now();
        std::vector<std::pair<std::string, std::string>> found;
        Status read = Ok{};
        auto ran = session_.run("looking keys up", [&](MysqlSession& session) {
            found.clear();
            sql::PreparedStatement& statement = session.prepare(selectSql(count));
            unsigned parameter = 1;
            for (std::size_t i = first; i < first + count; ++i)
                for (std::size_t k = 0; k < probeKeys_.size(); ++k)
                    MysqlValueBinding::bind(statement, parameter++, (*keyRows[i])[probeKeys_[k]],
                                            dim_[dimKeys_[k]].type);
            std::unique_ptr<sql::ResultSet> rows(statement.executeQuery());
            read = readDimRows(*rows, found);
        });
        if (!ran) return ran;
        if (!read) return read;
        ++queries_;
        MysqlSession::recordRequest(counters_, started, count);
        // Keys the database did not return have no row: they get "" (cached if configured).
        std::unordered_map<std::string_view, std::string_view> byKey;
        for (const auto& [key, rows] : found) byKey.emplace(key, rows);
        for (std::size_t i = first; i < first + count; ++i) {
            auto hit = byKey.find(keys[i]);
            const std::string_view rows = hit == byKey.end() ? std::string_view() : hit->second;
            cache_.put(keys[i], rows);
            keys[i].assign(rows);  // the key's slot now carries its answer
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
