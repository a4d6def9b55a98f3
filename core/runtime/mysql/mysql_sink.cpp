#include "runtime/mysql/mysql_sink.h"

#include <cppconn/prepared_statement.h>
#include <cppconn/resultset.h>

#include <algorithm>
#include <bit>

#include "kinds/node_options.h"
#include "runtime/engine/compiled_expressions.h"
#include "runtime/mysql/lookup_cache_codec.h"
#include "runtime/mysql/mysql_value_binding.h"

namespace sw::runtime {
namespace {

std::string placeholders(std::size_t count) {
    std::string tuple = "(";
    for (std::size_t i = 0; i < count; ++i) tuple += i ? ",?" : "?";
    return tuple + ")";
}

Status atStage(const Status& status) {
    return Error{status.error().message, ""};
}

}  // namespace

Result<std::unique_ptr<MysqlSink>> MysqlSink::create(const model::Node& node, const std::vector<model::Column>& columns,
                                                     const SecretResolver& secrets, NodeCounters* counters) {
    auto factory = MysqlConnectionFactory::fromNode(node, secrets);
    if (!factory) return factory.error();
    auto options = kinds::NodeOptions::of(node);
    if (!options) return options.error();
    auto retries = options->integer("sink.max-retries");
    if (!retries) return retries.error();
    auto maxRows = options->integer("sink.buffer-flush.max-rows");
    if (!maxRows) return maxRows.error();
    auto interval = options->optionalDuration("sink.buffer-flush.interval");
    if (!interval) return interval.error();

    std::unique_ptr<MysqlSink> sink(new MysqlSink(MysqlSession(std::move(*factory), static_cast<int>(*retries))));
    sink->location_ = nodeLocation(node);
    sink->counters_ = counters;
    sink->columns_ = columns;
    sink->ignoreDelete_ = options->flag("sink.ignore-delete");
    sink->maxRows_ = static_cast<std::size_t>(*maxRows);
    sink->interval_ = interval->value_or(std::chrono::milliseconds(0));
    for (const std::string& key : node.schema.primaryKey) {
        auto found =
            std::find_if(columns.begin(), columns.end(), [&](const model::Column& c) { return c.name == key; });
        if (found == columns.end())
            return Error{"primary key column '" + key + "' is not a column the sink receives",
                         sink->location_ + " / schema.primaryKey"};
        sink->keys_.push_back(static_cast<std::size_t>(found - columns.begin()));
    }
    if (auto opened = sink->session_.open(); !opened) return opened.error();
    if (auto checked = sink->checkTable(); !checked) return checked.error();
    return sink;
}

Status MysqlSink::checkTable() {
    std::string sql = "SELECT ";
    for (std::size_t i = 0; i < columns_.size(); ++i)
        sql += (i ? "," : "") + MysqlSession::quoteIdentifier(columns_[i].name);
    sql += " FROM " + MysqlSession::quoteIdentifier(session_.factory().settings().table) + " WHERE 1=0";
    return session_.run("checking the sink table", [&sql](MysqlSession& session) {
        std::unique_ptr<sql::ResultSet> rows(session.prepare(sql).executeQuery());
    });
}

std::string MysqlSink::insertSql(std::size_t rows) const {
    std::string sql = "INSERT INTO " + MysqlSession::quoteIdentifier(session_.factory().settings().table) + " (";
    for (std::size_t i = 0; i < columns_.size(); ++i)
        sql += (i ? "," : "") + MysqlSession::quoteIdentifier(columns_[i].name);
    sql += ") VALUES ";
    const std::string tuple = placeholders(columns_.size());
    for (std::size_t r = 0; r < rows; ++r) sql += (r ? "," : "") + tuple;
    if (keys_.empty()) return sql;
    std::string updates;
    for (std::size_t i = 0; i < columns_.size(); ++i) {
        if (std::find(keys_.begin(), keys_.end(), i) != keys_.end()) continue;
        const std::string column = MysqlSession::quoteIdentifier(columns_[i].name);
        updates += (updates.empty() ? "" : ",") + column + "=VALUES(" + column + ")";
    }
    if (updates.empty()) {  // every column is a key: a duplicate changes nothing
        const std::string column = MysqlSession::quoteIdentifier(columns_[keys_.front()].name);
        updates = column + "=" + column;
    }
    return sql + " ON DUPLICATE KEY UPDATE " + updates;
}

std::string MysqlSink::deleteSql(std::size_t rows) const {
    std::string sql = "DELETE FROM " + MysqlSession::quoteIdentifier(session_.factory().settings().table) + " WHERE (";
    for (std::size_t k = 0; k < keys_.size(); ++k)
        sql += (k ? "," : "") + MysqlSession::quoteIdentifier(columns_[keys_[k]].name);
    sql += ") IN (";
    const std::string tuple = placeholders(keys_.size());
    for (std::size_t r = 0; r < rows; ++r) sql += (r ? "," : "") + tuple;
    return sql + ")";
}

Status MysqlSink::buffer(expr::Row row, ChangeKind kind) {
    if (keys_.empty()) {
        if (kind != ChangeKind::Insert)
            return Error{std::string("received a ") + toShortString(kind) +
                             " row, but without a primary key this sink can only append; declare the "
                             "table's primary key so changes are upserted",
                         ""};
        pending_.push_back({false, std::move(row)});
    } else {
        if (kind == ChangeKind::UpdateBefore) return Ok{};  // the +U that follows carries the new row
        const bool remove = kind == ChangeKind::Delete;
        if (remove && ignoreDelete_) return Ok{};
        std::string key = LookupCacheCodec::packKey(row, keys_);
        auto [slot, added] = pendingByKey_.try_emplace(std::move(key), pending_.size());
        if (added)
            pending_.push_back({remove, std::move(row)});
        else
            pending_[slot->second] = {remove, std::move(row)};  // the last change of a key wins
    }
    if (!oldestPending_) oldestPending_ = std::chrono::steady_clock::now();
    if (maxRows_ && pending_.size() >= maxRows_) return flush();
    return Ok{};
}

Status MysqlSink::process(Batch& batch) {
    for (std::size_t i = 0; i < batch.size(); ++i) {
        // The stage hands the batch on unchanged after a sink: keep the rows, write copies.
        if (auto buffered = buffer(batch.rows[i], batch.kinds[i]); !buffered) return atStage(buffered);
    }
    if (auto flushed = flushIfDue(); !flushed) return atStage(flushed);
    return Ok{};
}

Status MysqlSink::flushIfDue() {
    if (pending_.empty()) return Ok{};
    const bool timed = interval_.count() > 0 && std::chrono::steady_clock::now() - *oldestPending_ >= interval_;
    const bool untriggered = maxRows_ == 0 && interval_.count() == 0;  // nothing else would flush
    return timed || untriggered ? flush() : Status(Ok{});
}

std::optional<SteadyTime> MysqlSink::nextDeadline() const {
    if (!oldestPending_ || interval_.count() == 0) return std::nullopt;
    return *oldestPending_ + interval_;
}

Status MysqlSink::onTimer(SteadyTime, Batch&) {
    if (auto flushed = flushIfDue(); !flushed) return atStage(flushed);
    return Ok{};
}

Status MysqlSink::finish() {
    if (auto flushed = flush(); !flushed) return atStage(flushed);
    session_.recordTraffic(counters_);
    return Ok{};
}

Status MysqlSink::flush() {
    if (pending_.empty()) return Ok{};
    const auto started = std::chrono::steady_clock::now();
    std::vector<const expr::Row*> upserts;
    std::vector<const expr::Row*> deletes;
    for (const Change& change : pending_) (change.remove ? deletes : upserts).push_back(&change.row);
    // One change per key: the order between the two statements cannot matter.
    if (auto written = write(upserts, false); !written) return written;
    if (auto written = write(deletes, true); !written) return written;
    session_.recordRequest(counters_, started, pending_.size());
    ++flushes_;
    pending_.clear();
    pendingByKey_.clear();
    oldestPending_.reset();
    return Ok{};
}

Status MysqlSink::write(const std::vector<const expr::Row*>& rows, bool remove) {
    // Statements of a power of two of rows (37 rows: 32, 4, 1): a few sizes stay prepared on the
    // connection instead of one per flush size. No row is repeated: an append sink would insert it twice.
    for (std::size_t first = 0, count = 0; first < rows.size(); first += count) {
        count = std::bit_floor(std::min(kStatementRows, rows.size() - first));
        auto ran = session_.run(remove ? "deleting rows" : "writing rows", [&](MysqlSession& session) {
            sql::PreparedStatement& statement = session.prepare(remove ? deleteSql(count) : insertSql(count));
            unsigned parameter = 1;
            for (std::size_t r = first; r < first + count; ++r) {
                const expr::Row& row = *rows[r];
                if (remove) {
                    for (std::size_t k : keys_)
                        MysqlValueBinding::bind(statement, parameter++, row[k], columns_[k].type);
                } else {
                    for (std::size_t c = 0; c < columns_.size(); ++c)
                        MysqlValueBinding::bind(statement, parameter++, row[c], columns_[c].type);
                }
            }
            statement.executeUpdate();
        });
        if (!ran) return ran;
    }
    return Ok{};
}

}  // namespace sw::runtime
