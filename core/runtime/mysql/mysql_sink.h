#pragma once
// MysqlSink: writes a mysql-sink / jdbc-sink node's rows, as Flink's JDBC/MySQL sink does. With a
// primary key it upserts (+I/+U -> INSERT ... ON DUPLICATE KEY UPDATE, -D -> DELETE by key unless
// sink.ignore-delete, -U ignored: its +U follows); several changes to one key within a flush
// collapse to the last. Without a key it appends, and an update or delete row is an error.
// Rows are buffered up to sink.buffer-flush.max-rows and written as multi-row prepared
// statements; rows wait at most sink.buffer-flush.interval, on a timer, even while no data arrives.

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/node.h"
#include "runtime/metrics/metrics_registry.h"
#include "runtime/mysql/mysql_session.h"
#include "runtime/engine/operator.h"
#include "runtime/engine/secret_resolver.h"

namespace sw::runtime {

class MysqlSink : public Operator {
public:
    // `columns`: what the sink receives (its declared columns, or its input's). Connects and checks
    // the table now. `counters` may be null.
    static Result<std::unique_ptr<MysqlSink>> create(const model::Node& node, const std::vector<model::Column>& columns,
                                                     const SecretResolver& secrets, NodeCounters* counters);

    Status process(Batch& batch) override;
    std::optional<SteadyTime> nextDeadline() const override;
    Status onTimer(SteadyTime now, Batch& out) override;
    Status finish() override;

    std::uint64_t flushes() const { return flushes_; }
    std::size_t preparedStatements() const { return session_.preparedStatements(); }
    // Most rows per INSERT/DELETE statement.
    static constexpr std::size_t kStatementRows = 500;

private:
    struct Change {
        bool remove = false;  // DELETE by key, else INSERT/upsert
        expr::Row row;
    };

    explicit MysqlSink(MysqlSession session) : session_(std::move(session)) {}

    Status buffer(expr::Row row, ChangeKind kind);
    Status flushIfDue();
    Status flush();
    Status write(const std::vector<const expr::Row*>& rows, bool remove);
    std::string insertSql(std::size_t rows) const;
    std::string deleteSql(std::size_t rows) const;
    Status checkTable();

    MysqlSession session_;
    std::string location_;
    NodeCounters* counters_ = nullptr;
    std::vector<model::Column> columns_;
    std::vector<std::size_t> keys_;  // primary-key columns; empty = append only
    bool ignoreDelete_ = false;
    std::size_t maxRows_ = 100;                 // 0 = no row-count trigger
    std::chrono::milliseconds interval_{1000};  // 0 = no time trigger

    std::vector<Change> pending_;
    std::unordered_map<std::string, std::size_t> pendingByKey_;  // packed key -> index in pending_
    std::optional<std::chrono::steady_clock::time_point> oldestPending_;
    std::uint64_t flushes_ = 0;
};

}  // namespace sw::runtime
