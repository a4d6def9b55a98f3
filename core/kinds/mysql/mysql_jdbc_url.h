#pragma once
// MysqlJdbcUrl: a `jdbc:mysql://host:port/db?key=value&...` url both ways: its parts and TLS
// parameters mapped onto one ssl mode (the local runtime), and composed from a node given in
// parts (the SQL export of the rds and jdbc connectors).

#include <map>
#include <string>
#include <string_view>

#include "util/result.h"

namespace sw::kinds {

// DISABLED / REQUIRED (encrypt, no check) / VERIFY_CA (check the chain) / VERIFY_IDENTITY (and the host).
enum class MysqlTlsMode { Disabled, Required, VerifyCa, VerifyIdentity };

// "DISABLED", "REQUIRED", ... (the names of the ssl.mode option and of Connector/J's sslMode).
Result<MysqlTlsMode> parseMysqlTlsMode(std::string_view text);

struct MysqlJdbcUrl {
    std::string host;
    int port = 3306;
    std::string database;
    std::map<std::string, std::string> parameters;  // as written, percent-decoded

    // Errors say which part of the url is wrong; `location` is prefixed by the caller.
    static Result<MysqlJdbcUrl> parse(std::string_view url);

    // Connector/J semantics: sslMode wins; else useSSL=false -> DISABLED, verifyServerCertificate=true
    // -> VERIFY_CA, useSSL/requireSSL=true -> REQUIRED (Connector/J's PREFERRED is run as REQUIRED:
    // a local run never silently falls back to plaintext); no TLS parameter at all -> DISABLED.
    Result<MysqlTlsMode> tlsMode() const;
    // jdbc:mysql://host:port/database with the Connector/J parameters that express `mode`:
    // DISABLED -> useSSL=false; REQUIRED -> useSSL=true&requireSSL=true; VERIFY_CA and
    // VERIFY_IDENTITY additionally verifyServerCertificate=true (Connector/J has no host check).
    static std::string compose(std::string_view host, std::string_view port, std::string_view database,
                               MysqlTlsMode mode);
    // A PEM CA file for verification: MariaDB Connector/J's serverSslCert parameter (a Java trust
    // store cannot be read here).
    std::string caFile() const;
};

}  // namespace sw::kinds
