#include "runtime/check/mysql_connection_check.h"

#include <cppconn/connection.h>
#include <cppconn/exception.h>
#include <cppconn/resultset.h>
#include <cppconn/statement.h>

#include <algorithm>
#include <cctype>
#include <memory>

#include "runtime/check/mysql_column_types.h"
#include "runtime/check/mysql_table_shape.h"
#include "runtime/engine/compiled_expressions.h"
#include "runtime/mysql/mysql_connection_factory.h"
#include "runtime/mysql/mysql_error_codes.h"

namespace sw::runtime {

namespace {

using namespace mysql_error;

bool contains(const std::string& text, const char* part) {
    return text.find(part) != std::string::npos;
}

std::string sessionStatus(sql::Connection& connection, const std::string& variable) {
    std::unique_ptr<sql::Statement> statement(connection.createStatement());
    std::unique_ptr<sql::ResultSet> rows(statement->executeQuery("SHOW SESSION STATUS LIKE '" + variable + "'"));
    return rows->next() ? rows->getString(2).asStdString() : std::string();
}

// MySQL compares column names without case.
std::string lowered(std::string name) {
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    return name;
}

std::string joined(const std::vector<std::string>& names) {
    std::string text;
    for (const std::string& name : names) text += (text.empty() ? "" : ", ") + name;
    return text.empty() ? "none" : "(" + text + ")";
}

// Where the node sets TLS: its URL (jdbc) or ssl.mode (mysql).
std::string tlsField(const model::Node& node) {
    return node.option("url").empty() ? "ssl.mode" : "url";
}

void reportTls(ConnectionReport& report, sql::Connection& connection, const model::Node& node,
               const MysqlConnectionSettings& settings) {
    const std::string cipher = sessionStatus(connection, "Ssl_cipher");
    const std::string version = sessionStatus(connection, "Ssl_version");
    const std::string encrypted = "encrypted (" + version + ", " + cipher + ")";
    switch (settings.tlsMode) {
    case kinds::MysqlTlsMode::Disabled:
        report.warn("tls", tlsField(node),
                    cipher.empty() ? "not encrypted: TLS is disabled for this node" : encrypted + " though TLS is disabled");
        return;
    case kinds::MysqlTlsMode::Required:
        if (!cipher.empty())
            report.pass("tls", encrypted + "; the server certificate is not verified (ssl.mode REQUIRED)");
        break;
    case kinds::MysqlTlsMode::VerifyCa:
        if (!cipher.empty()) report.pass("tls", encrypted + "; certificate chain verified against " + settings.caFile);
        break;
    case kinds::MysqlTlsMode::VerifyIdentity:
        if (!cipher.empty())
            report.pass("tls", encrypted + "; certificate and host name '" + settings.host + "' verified against " +
                                   settings.caFile);
        break;
    }
    if (cipher.empty())
        report.fail("tls", FailureClass::TlsVerification, tlsField(node),
                    "the session is not encrypted although the node asks for TLS");
}

void reportColumns(ConnectionReport& report, const model::Node& node, const MysqlTableShape& shape) {
    std::vector<std::string> lines;
    std::vector<std::string> problems;
    for (const model::Column& declared : node.schema.columns) {
        const auto column = std::find_if(shape.columns.begin(), shape.columns.end(),
                                         [&](const MysqlTableColumn& c) { return lowered(c.name) == lowered(declared.name); });
        if (column == shape.columns.end()) {
            problems.push_back("column '" + declared.name + "' is not in the table");
            continue;
        }
        const auto read = MysqlColumnTypes::flinkTypeOf(column->columnType);
        const std::string declaredType = declared.type.toSql();
        if (!read) {
            problems.push_back("column '" + declared.name + "' is " + column->columnType + ", which Flink does not read");
        } else if (!MysqlColumnTypes::fits(declared.type, *read)) {
            problems.push_back("column '" + declared.name + "' is " + column->columnType + " (read as " + read->toSql() +
                               ") but declared " + declaredType);
        } else {
            lines.push_back(declared.name + ": " + column->columnType + " -> " + declaredType);
        }
    }
    if (problems.empty()) {
        CheckItem& item = report.pass("columns", "the " + std::to_string(node.schema.columns.size()) +
                                                     " declared column(s) match the table");
        item.details = std::move(lines);
        return;
    }
    CheckItem& item = report.fail("columns", FailureClass::SchemaMismatch, "schema",
                                  std::to_string(problems.size()) + " declared column(s) do not match the table: " +
                                      problems.front() + (problems.size() > 1 ? " ..." : ""));
    item.details = std::move(problems);
}

void reportPrimaryKey(ConnectionReport& report, const model::Node& node, const MysqlTableShape& shape) {
    const std::vector<std::string>& declared = node.schema.primaryKey;
    const auto sameNames = [](std::vector<std::string> a, std::vector<std::string> b) {
        for (auto* names : {&a, &b})
            for (std::string& name : *names) name = lowered(name);
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        return a == b;
    };
    if (declared.empty() && !shape.primaryKey.empty()) {
        report.warn("primary key", "schema.primaryKey",
                    "the table's primary key " + joined(shape.primaryKey) + " is not declared on the node");
    } else if (sameNames(declared, shape.primaryKey)) {
        report.pass("primary key", declared.empty() ? "neither the node nor the table has a primary key"
                                                    : "primary key " + joined(declared) + " matches the table");
    } else {
        report.fail("primary key", FailureClass::SchemaMismatch, "schema.primaryKey",
                    "declared primary key " + joined(declared) + " but the table's is " + joined(shape.primaryKey));
    }
}

}  // namespace

FailureClass MysqlConnectionCheck::classify(int code, const std::string& message) {
    switch (code) {
    case kAccessDenied:
    case kDatabaseAccessDenied: return FailureClass::Authentication;
    case kUnknownHost: return FailureClass::Dns;
    case kSslConnectionError: return FailureClass::TlsVerification;
    case kUnknownDatabase:
    case kNoSuchTable: return FailureClass::TableMissing;
    case kConnectionError:
    case kConnHostError:
    case kServerLost:
        // The system error is in brackets (errno 110 = ETIMEDOUT) or named by the lost handshake.
        if (contains(message, "(110)") || contains(message, "system error: 110") || contains(message, "timed out") ||
            contains(message, "initial communication packet"))
            return FailureClass::Timeout;
        return code == kServerLost ? FailureClass::Other : FailureClass::Refused;
    default: break;
    }
    if (contains(message, "SSL") || contains(message, "TLS") || contains(message, "certificate"))
        return FailureClass::TlsVerification;
    return FailureClass::Other;
}

ConnectionReport MysqlConnectionCheck::run(const model::Node& node, const ConnectionCheckOptions& options) {
    ConnectionReport report(nodeLocation(node));
    auto configured = MysqlConnectionFactory::fromNode(node, options.secrets);
    if (!configured) {
        report.failConfiguration("configuration", configured.error());
        return report;
    }
    MysqlConnectionSettings settings = configured->settings();
    const int seconds = options.wholeSeconds();
    settings.connectTimeoutSeconds = seconds;
    settings.readTimeoutSeconds = seconds;
    const MysqlConnectionFactory factory(settings, configured->location());
    const std::string server = settings.host + ":" + std::to_string(settings.port);
    const std::string hostField = node.option("url").empty() ? "hostname" : "url";

    std::unique_ptr<sql::Connection> connection;
    try {
        connection = factory.connectOrThrow();
    } catch (const sql::SQLException& e) {
        const FailureClass failure = classify(e.getErrorCode(), e.what());
        const std::string field = failure == FailureClass::Authentication   ? "password"
                                  : failure == FailureClass::TlsVerification ? tlsField(node)
                                  : failure == FailureClass::TableMissing    ? (hostField == "url" ? "url" : "database-name")
                                                                             : hostField;
        // The driver words a silent server as a lost connection; say what the user waited for.
        const std::string message = failure == FailureClass::Timeout
                                        ? "MySQL at " + server + " did not answer within " + std::to_string(seconds) +
                                              " s (" + e.what() + ")"
                                        : factory.describe(e, "connecting").message;
        report.fail(failure == FailureClass::TlsVerification ? "tls" : "login", failure, field, message);
        return report;
    }
    report.pass("login", "logged in as '" + settings.user + "' on " + server + ", database '" + settings.database + "'");
    if (auto fallback = factory.jumpHostTlsWarning()) report.warn("tls", tlsField(node), *fallback);
    try {
        reportTls(report, *connection, node, settings);
        const MysqlTableShape shape = MysqlTableShape::read(*connection, settings.database, settings.table);
        if (shape.columns.empty()) {
            report.fail("table", FailureClass::TableMissing, "table-name",
                        "table '" + settings.table + "' does not exist in database '" + settings.database + "'");
            return report;
        }
        report.pass("table", "table '" + settings.table + "' exists with " + std::to_string(shape.columns.size()) +
                                 " column(s)");
        reportColumns(report, node, shape);
        reportPrimaryKey(report, node, shape);
    } catch (const sql::SQLException& e) {
        report.fail("table", classify(e.getErrorCode(), e.what()), "table-name",
                    factory.describe(e, "reading the table's definition").message);
    }
    return report;
}

}  // namespace sw::runtime
