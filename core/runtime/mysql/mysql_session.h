#pragma once
// MysqlSession: one connection of a lookup or sink with its prepared statements, and the retry
// loop around a unit of work — on a lost connection it reconnects (dropping the statements) and
// redoes the work after a growing pause, up to the node's max-retries.

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "runtime/engine/batch.h"
#include "runtime/metrics/metrics_registry.h"
#include "runtime/mysql/mysql_connection_factory.h"

namespace sql {
class Connection;
class PreparedStatement;
class ResultSet;
}  // namespace sql

namespace sw::runtime {

class MysqlSession {
public:
    MysqlSession(MysqlConnectionFactory factory, int maxRetries);
    MysqlSession(MysqlSession&&) noexcept;
    ~MysqlSession();

    // Connects now, so a wrong password or host fails the plan before any data flows.
    Status open();

    // Runs `work` (which may throw sql::SQLException); `what` names it in errors ("lookup query").
    Status run(const std::string& what, const std::function<void(MysqlSession&)>& work);

    // A prepared statement for `sql`, cached until the connection is replaced. Each one holds
    // client buffers and a server statement (max_prepared_stmt_count is server-wide), so callers
    // prepare a few sizes of a batch statement, never one per batch size.
    sql::PreparedStatement& prepare(const std::string& sql);
    std::size_t preparedStatements() const { return statements_.size(); }
    sql::Connection& connection() { return *connection_; }
    const MysqlConnectionFactory& factory() const { return factory_; }
    int reconnects() const { return reconnects_; }

    // Counts one request (query or flush) of `rows` rows that began at `started`, and at most once
    // a second the bytes the server counted for this session; null counters: nothing.
    void recordRequest(NodeCounters* counters, SteadyTime started, std::uint64_t rows);
    // Adds what the server's Bytes_sent / Bytes_received grew by since the last sample (a sink's
    // end takes a last one); null counters: nothing.
    void recordTraffic(NodeCounters* counters);

    // `name` quoted as a MySQL identifier.
    static std::string quoteIdentifier(const std::string& name);

private:
    MysqlConnectionFactory factory_;
    int maxRetries_;
    int reconnects_ = 0;
    std::unique_ptr<sql::Connection> connection_;  // declared first: destroyed after its statements
    std::map<std::string, std::unique_ptr<sql::PreparedStatement>> statements_;
    std::optional<SteadyTime> trafficSampled_;  // the last recordTraffic
    std::uint64_t serverSent_ = 0;              // as last sampled on this connection
    std::uint64_t serverReceived_ = 0;
};

}  // namespace sw::runtime
