#include "kinds/mysql/mysql_connection_options.h"

#include "kinds/mysql/database_table_options.h"
#include "kinds/option_builder.h"

namespace sw::kinds {

namespace {

// hostname, port and database-name have keys only on `mysql`: for `rds` and `jdbc` the SQL
// generator composes them into the JDBC url.
std::vector<OptionDescriptor> endpointOptions() {
    return {
        OptionBuilder("connector", "Connector", ValueType::Enum)
            .allowed({"mysql", "rds"})
            .defaultValue("mysql")
            .group("Connection")
            .help("Alibaba Cloud connector to export. mysql is the recommended one; rds is the "
                  "legacy connector being retired. The apache-flink dialect always uses jdbc."),
        OptionBuilder("hostname", "Host", ValueType::String)
            .required()
            .group("Connection")
            .sqlKey({"mysql"}, "hostname")
            .help("Host name or IP of the MySQL server; for ApsaraDB RDS use the VPC "
                  "endpoint."),
        OptionBuilder("port", "Port", ValueType::Int)
            .defaultValue("3306")
            .range(1, 65535)
            .group("Connection")
            .sqlKey({"mysql"}, "port")
            .help("TCP port of the MySQL server."),
        OptionBuilder("database-name", "Database", ValueType::String)
            .required()
            .group("Connection")
            .sqlKey({"mysql"}, "database-name")
            .help("Database (schema) that holds the table."),
    };
}

// No SQL keys: the generator maps the mode onto JDBC url parameters (useSSL, requireSSL ...);
// Alibaba's `mysql` connector documents no TLS option, so it gets none (mysql-tls-not-exported).
std::vector<OptionDescriptor> tlsOptions() {
    return {
        OptionBuilder("ssl.mode", "TLS mode", ValueType::Enum)
            .allowed({"DISABLED", "REQUIRED", "VERIFY_CA", "VERIFY_IDENTITY"})
            .defaultValue("REQUIRED")
            .group("TLS")
            .help("Whether the connection is encrypted and how the server certificate is "
                  "checked: REQUIRED encrypts without checking, VERIFY_CA checks the chain, "
                  "VERIFY_IDENTITY also checks the host name. Exported in the JDBC url of the rds "
                  "and jdbc connectors; the mysql connector's SQL carries no TLS setting."),
        OptionBuilder("ssl.ca", "CA certificate (local runs)", ValueType::Path)
            .group("TLS")
            .help("PEM file with the server's CA certificate, used only when the job runs "
                  "locally."),
    };
}

}  // namespace

std::vector<OptionDescriptor> mysqlConnectionOptions() {
    std::vector<OptionDescriptor> options = endpointOptions();
    options.push_back(databaseTableNameOption());
    options.push_back(databaseUsernameOption(true));
    options.push_back(databasePasswordOption(true));
    append(options, tlsOptions());
    return options;
}

}  // namespace sw::kinds
