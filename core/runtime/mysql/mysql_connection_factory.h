#pragma once
// MysqlConnectionFactory: the connection settings of a mysql-* or jdbc-* node (password resolved,
// TLS mapped onto the Connector/C++ properties that really take effect), and connections from them.
// Connector/C++ throws; everything leaving this class is a Result whose error names the node.

#include <memory>
#include <optional>
#include <string>

#include "model/node.h"
#include "kinds/mysql/mysql_jdbc_url.h"
#include "runtime/engine/secret_resolver.h"
#include "util/result.h"

namespace sql {
class Connection;
class SQLException;
}  // namespace sql

namespace sw::runtime {

struct MysqlConnectionSettings {
    std::string host;
    int port = 3306;
    std::string database;
    std::string table;
    std::string user;
    std::string password;  // resolved secret: never logged, never put into an error
    kinds::MysqlTlsMode tlsMode = kinds::MysqlTlsMode::Required;
    std::string caFile;
    int connectTimeoutSeconds = 5;  // bounds the wait for an unreachable host
    int readTimeoutSeconds = 60;    // bounds the wait for a server's answer (and the write of a request)
};

class MysqlConnectionFactory {
public:
    // Reads hostname/port/database-name/ssl.* (mysql-*) or url (jdbc-*), table-name, username and
    // the password secret. Errors name the node and the option.
    static Result<MysqlConnectionFactory> fromNode(const model::Node& node, const SecretResolver& secrets);
    MysqlConnectionFactory(MysqlConnectionSettings settings, std::string location)
        : settings_(std::move(settings)), location_(std::move(location)) {}

    // A new session with autocommit on; the error says why the server could not be reached or
    // refused us (login, unknown database, TLS, timeout).
    Result<std::unique_ptr<sql::Connection>> connect() const;
    // The same, throwing the driver's sql::SQLException, for callers that tell failures apart by code.
    std::unique_ptr<sql::Connection> connectOrThrow() const;

    // A user-facing error for a failure of `what` (e.g. "lookup query"), naming the node.
    Error describe(const sql::SQLException& exception, const std::string& what) const;

    // Under a jump-host route, VERIFY_IDENTITY falls back to VERIFY_CA: the warning to give on
    // every such run or check; none otherwise.
    std::optional<std::string> jumpHostTlsWarning() const;

    const MysqlConnectionSettings& settings() const { return settings_; }
    const std::string& location() const { return location_; }

private:
    MysqlConnectionSettings settings_;
    std::string location_;  // "node 'users'"
};

// Whether an error code means the session is gone (so reconnecting may help).
bool isMysqlConnectionLoss(int errorCode);

}  // namespace sw::runtime
