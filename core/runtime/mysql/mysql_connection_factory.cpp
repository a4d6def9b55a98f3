#include "runtime/mysql/mysql_connection_factory.h"

#include <cppconn/connection.h>
#include <cppconn/exception.h>
#include <mysql_driver.h>

#include <mutex>

#include "runtime/engine/compiled_expressions.h"
#include "runtime/mysql/mysql_error_codes.h"
#include "runtime/net/endpoint_route.h"

namespace sw::runtime {
namespace {

using namespace mysql_error;

constexpr const char* kConnecting = "connecting";

Result<int> portOption(const model::Node& node) {
    const std::string text = node.option("port");
    if (text.empty()) return 3306;
    try {
        std::size_t used = 0;
        const int port = std::stoi(text, &used);
        if (used == text.size() && port >= 1 && port <= 65535) return port;
    } catch (const std::exception&) {
    }
    return Error{"port '" + text + "' is not a number in 1..65535", nodeLocation(node) + " / port"};
}

Status completeTls(MysqlConnectionSettings& settings, const std::string& location, const std::string& caOption) {
    const bool verifies =
        settings.tlsMode == kinds::MysqlTlsMode::VerifyCa || settings.tlsMode == kinds::MysqlTlsMode::VerifyIdentity;
    if (verifies && settings.caFile.empty())
        return Error{"verifying the server certificate locally needs the CA certificate (a PEM file)",
                     location + " / " + caOption};
    return Ok{};
}

}  // namespace

bool isMysqlConnectionLoss(int errorCode) {
    return errorCode == kServerGone || errorCode == kServerLost || errorCode == kServerLostExtended ||
           errorCode == kConnectionError || errorCode == kConnHostError || errorCode == kServerShutdown;
}

Result<MysqlConnectionFactory> MysqlConnectionFactory::fromNode(const model::Node& node,
                                                                const SecretResolver& secrets) {
    const std::string location = nodeLocation(node);
    MysqlConnectionSettings settings;
    const bool jdbc = node.kind.rfind("jdbc-", 0) == 0;
    if (jdbc) {
        auto url = kinds::MysqlJdbcUrl::parse(node.option("url"));
        if (!url) return Error{url.error().message, location + " / url"};
        auto mode = url->tlsMode();
        if (!mode) return Error{mode.error().message, location + " / " + mode.error().location};
        settings.host = url->host;
        settings.port = url->port;
        settings.database = url->database;
        settings.tlsMode = *mode;
        settings.caFile = url->caFile();
        if (auto tls = completeTls(settings, location, "url (add serverSslCert=<CA PEM file>)"); !tls)
            return tls.error();
    } else {
        settings.host = node.option("hostname");
        auto port = portOption(node);
        if (!port) return port.error();
        settings.port = *port;
        settings.database = node.option("database-name");
        const std::string mode = node.option("ssl.mode");
        auto parsedMode = kinds::parseMysqlTlsMode(mode.empty() ? "REQUIRED" : mode);
        if (!parsedMode) return Error{parsedMode.error().message, location + " / ssl.mode"};
        settings.tlsMode = *parsedMode;
        settings.caFile = node.option("ssl.ca");
        if (auto tls = completeTls(settings, location, "ssl.ca"); !tls) return tls.error();
    }
    settings.table = node.option("table-name");
    settings.user = node.option("username");
    auto password = secrets.resolve(node, "password");
    if (!password) return password.error();
    settings.password = *password;
    if (settings.host.empty()) return Error{"no host to connect to", location + (jdbc ? " / url" : " / hostname")};
    if (settings.table.empty()) return Error{"no table name", location + " / table-name"};
    return MysqlConnectionFactory(std::move(settings), location);
}

Result<std::unique_ptr<sql::Connection>> MysqlConnectionFactory::connect() const {
    try {
        return connectOrThrow();
    } catch (const sql::SQLException& e) {
        return describe(e, kConnecting);
    }
}

std::unique_ptr<sql::Connection> MysqlConnectionFactory::connectOrThrow() const {
    sql::ConnectOptionsMap options;
    HostPort server{settings_.host, settings_.port};
    kinds::MysqlTlsMode tlsMode = settings_.tlsMode;
    if (const auto route = EndpointRoute::active()) {
        auto local = route->local(server);
        if (!local) throw sql::SQLException(local.error().toString(), "08001", kConnectionError);
        server = *local;
        // The driver would check the certificate against 127.0.0.1 (jumpHostTlsWarning says so).
        if (tlsMode == kinds::MysqlTlsMode::VerifyIdentity) tlsMode = kinds::MysqlTlsMode::VerifyCa;
    }
    options["hostName"] = sql::SQLString("tcp://" + server.toString());
    options["userName"] = sql::SQLString(settings_.user);
    options["password"] = sql::SQLString(settings_.password);
    options["schema"] = sql::SQLString(settings_.database);
    options["OPT_CONNECT_TIMEOUT"] = settings_.connectTimeoutSeconds;
    options["OPT_READ_TIMEOUT"] = settings_.readTimeoutSeconds;
    options["OPT_WRITE_TIMEOUT"] = settings_.readTimeoutSeconds;
    options["OPT_RECONNECT"] = false;  // we reconnect ourselves, knowing which statements to redo
    // OPT_SSL_MODE and useSSL are silently ignored by Connector/C++ 1.1.12 (ENVIRONMENT.md):
    // only sslCA / sslVerify / sslEnforce really switch TLS on.
    switch (tlsMode) {
    case kinds::MysqlTlsMode::Disabled: break;
    case kinds::MysqlTlsMode::Required: options["sslEnforce"] = true; break;
    case kinds::MysqlTlsMode::VerifyIdentity: options["sslVerify"] = true; [[fallthrough]];
    case kinds::MysqlTlsMode::VerifyCa: options["sslCA"] = sql::SQLString(settings_.caFile); break;
    }
    // The driver singleton is created lazily and not thread-safe the first time.
    static std::mutex driverMutex;
    sql::mysql::MySQL_Driver* driver = nullptr;
    {
        std::lock_guard lock(driverMutex);
        driver = sql::mysql::get_mysql_driver_instance();
    }
    return std::unique_ptr<sql::Connection>(driver->connect(options));
}

Error MysqlConnectionFactory::describe(const sql::SQLException& exception, const std::string& what) const {
    const int code = exception.getErrorCode();
    const std::string server = settings_.host + ":" + std::to_string(settings_.port);
    std::string message;
    switch (code) {
    case kAccessDenied:
        message = "MySQL " + server + " refused the login of user '" + settings_.user +
                  "' (wrong user name or password, or no access from this host)";
        break;
    case kUnknownDatabase: message = "database '" + settings_.database + "' does not exist on " + server; break;
    case kNoSuchTable:
        message = "table '" + settings_.table + "' does not exist in database '" + settings_.database + "'";
        break;
    case kBadField: message = "a declared column does not exist in table '" + settings_.table + "'"; break;
    case kConnectionError:
    case kConnHostError:
    case kUnknownHost:
        message = "cannot reach MySQL at " + server + " (host down, wrong host/port, or a firewall; waited at most " +
                  std::to_string(settings_.connectTimeoutSeconds) + " s)";
        break;
    case kSslConnectionError:
        message = what == kConnecting ? "the TLS handshake with " + server +
                                            " failed (server without TLS, or its certificate does not match "
                                            "the CA / host name)"
                                      : "the encrypted connection to " + server + " broke";
        break;
    default: message = "MySQL error " + std::to_string(code); break;
    }
    std::string detail = exception.what();
    if (const auto route = EndpointRoute::active()) {
        detail += " (through the jump host " + route->tunnel().jumpHost() + ")";
        if (const std::string channel = route->tunnel().lastChannelError(); !channel.empty()) detail += "; " + channel;
    }
    // The driver's own text never carries the password; it adds the server's detail.
    return Error{message + " while " + what + ": " + detail, location_};
}

std::optional<std::string> MysqlConnectionFactory::jumpHostTlsWarning() const {
    if (settings_.tlsMode != kinds::MysqlTlsMode::VerifyIdentity || !EndpointRoute::active()) return std::nullopt;
    // Connector/C++ 1.1.12 verifies the name it connected to, and has no option to name another.
    return location_ + ": through the jump host the server certificate is checked against the CA only (VERIFY_CA), "
                       "not against the host name " + settings_.host + " (Connector/C++ cannot check a name other "
                       "than the address it connects to, here the local forward)";
}

}  // namespace sw::runtime
