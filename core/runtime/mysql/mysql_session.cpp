#include "runtime/mysql/mysql_session.h"

#include <cppconn/connection.h>
#include <cppconn/exception.h>
#include <cppconn/prepared_statement.h>
#include <cppconn/resultset.h>
#include <cppconn/statement.h>

#include <chrono>
#include <thread>

#include "runtime/mysql/mysql_error_codes.h"

namespace sw::runtime {
namespace {

// Deadlock and lock-wait timeout: the server rolled the statement back; redoing it is safe.
bool isTransient(int errorCode) {
    return errorCode == 1213 || errorCode == 1205;
}

// Flink's JDBC sink and lookup pause 1 s × the attempt number between retries (0 s, 1 s, 2 s…)
// and fail at once when reconnecting fails. Here a failed reconnect is just another attempt, so
// each pause is one step later: 1 s, 2 s, 3 s… — the default 3 retries ride out ~6 s without a
// server, more than a clean MariaDB restart takes.
std::chrono::milliseconds backOff(int attempt) {
    return std::chrono::seconds(attempt + 1);
}

// " (looking keys up; gave up after 3 retries, 6 s of pauses)": what failed, and how long it tried.
std::string retriedFor(const std::string& what, int retries) {
    if (retries == 0) return "";
    std::chrono::milliseconds waited{0};
    for (int attempt = 0; attempt < retries; ++attempt) waited += backOff(attempt);
    return " (" + what + "; gave up after " + std::to_string(retries) + (retries == 1 ? " retry" : " retries") +
           ", " + std::to_string(waited.count() / 1000) + " s of pauses)";
}

}  // namespace

MysqlSession::MysqlSession(MysqlConnectionFactory factory, int maxRetries)
    : factory_(std::move(factory)), maxRetries_(maxRetries) {}

MysqlSession::MysqlSession(MysqlSession&&) noexcept = default;
MysqlSession::~MysqlSession() = default;

Status MysqlSession::open() {
    statements_.clear();
    connection_.reset();
    auto connection = factory_.connect();
    if (!connection) return connection.error();
    connection_ = std::move(*connection);
    serverSent_ = serverReceived_ = 0;  // the server counts per connection
    return Ok{};
}

Status MysqlSession::run(const std::string& what, const std::function<void(MysqlSession&)>& work) {
    for (int attempt = 0;; ++attempt) {
        int code = 0;
        bool working = false;  // the failure came from `work`, on a session that was open
        std::optional<Error> failure;
        try {
            if (!connection_) {
                if (auto opened = open(); !opened) {
                    failure = opened.error();
                    code = 2003;  // could not reach the server: worth another attempt
                }
            }
            if (!failure) {
                working = true;
                work(*this);
                return Ok{};
            }
        } catch (const sql::SQLException& e) {
            code = e.getErrorCode();
            failure = factory_.describe(e, what);
        }
        // A TLS error on an open session is a broken connection, not a failed handshake.
        const bool lost = isMysqlConnectionLoss(code) || (working && code == mysql_error::kSslConnectionError);
        if (!(lost || isTransient(code))) return *failure;
        if (attempt >= maxRetries_) return Error{failure->message + retriedFor(what, attempt), failure->location};
        if (lost) {
            statements_.clear();
            connection_.reset();
            ++reconnects_;
        }
        std::this_thread::sleep_for(backOff(attempt));
    }
}

sql::PreparedStatement& MysqlSession::prepare(const std::string& sql) {
    auto found = statements_.find(sql);
    if (found != statements_.end()) return *found->second;
    std::unique_ptr<sql::PreparedStatement> statement(connection_->prepareStatement(sql));
    return *statements_.emplace(sql, std::move(statement)).first->second;
}

void MysqlSession::recordRequest(NodeCounters* counters, SteadyTime started, std::uint64_t rows) {
    if (!counters) return;
    const SteadyTime now = std::chrono::steady_clock::now();
    const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(now - started);
    counters->externalRequests.fetch_add(1, std::memory_order_relaxed);
    counters->externalMicros.fetch_add(static_cast<std::uint64_t>(micros.count()), std::memory_order_relaxed);
    counters->externalRows.fetch_add(rows, std::memory_order_relaxed);
    // The status query is a round trip of its own: once a second at most.
    if (!trafficSampled_ || now - *trafficSampled_ >= std::chrono::seconds(1)) {
        trafficSampled_ = now;
        recordTraffic(counters);
    }
}

void MysqlSession::recordTraffic(NodeCounters* counters) {
    if (!connection_ || !counters) return;
    try {
        std::unique_ptr<sql::Statement> statement(connection_->createStatement());
        std::unique_ptr<sql::ResultSet> rows(statement->executeQuery(
            "SHOW SESSION STATUS WHERE Variable_name IN ('Bytes_sent', 'Bytes_received')"));
        while (rows->next()) {
            const bool sent = std::string(rows->getString(1)) == "Bytes_sent";
            const std::uint64_t value = rows->getUInt64(2);
            std::uint64_t& last = sent ? serverSent_ : serverReceived_;
            // What the server sent is what this node read.
            (sent ? counters->bytesRead : counters->bytesWritten).fetch_add(value - std::min(value, last), std::memory_order_relaxed);
            last = value;
        }
    } catch (const sql::SQLException&) {
        // Only a metric: the job's own next request meets a broken connection and handles it.
    }
}

std::string MysqlSession::quoteIdentifier(const std::string& name) {
    std::string quoted = "`";
    for (char c : name) {
        if (c == '`') quoted += '`';
        quoted += c;
    }
    return quoted + "`";
}

}  // namespace sw::runtime
