#pragma once
// TestEndpoints: the external services (MariaDB, Kafka) a test run was given through the
// environment by scripts/start-services.sh, parsed once so every integration test agrees.

#include "ci_environment.h"
#include "util/result.h"

#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace sw::testing {

// A MySQL/MariaDB endpoint parsed from
//   mysql://USER:PASSWORD@HOST:PORT/DATABASE?PROPERTY=VALUE&PROPERTY=VALUE
// USER, PASSWORD and VALUEs may be percent-encoded (%XX). Each query PROPERTY is a
// Connector/C++ connection property name as is (e.g. sslCA=/path/ca.pem), so a test can
// copy them into its sql::ConnectOptionsMap without translating names.
struct MysqlEndpoint {
    std::string user;
    std::string password;
    std::string host;
    int port = 3306;
    std::string database;
    std::map<std::string, std::string> properties;

    // "tcp://HOST:PORT", the hostName form Connector/C++ expects.
    std::string connectorHostName() const;
};

// The MariaDB server reserved for outage tests, and the shell command prefix that controls it:
// append " stop", " start" or " restart" (scripts/mariadb-server.sh DIR).
struct MysqlOutageEndpoint {
    MysqlEndpoint server;
    std::string serverCommand;
};

// The mock Kafka cluster reserved for outage tests, and its control FIFO ("down"/"up" lines;
// the applied state appears in <FIFO>.state).
struct KafkaOutageEndpoint {
    std::string bootstrap;
    std::string controlFifo;
};

class TestEndpoints {
public:
    static constexpr const char* kMysqlVariable = "SW_TEST_MYSQL";
    static constexpr const char* kKafkaVariable = "SW_TEST_KAFKA";
    static constexpr const char* kMysqlOutageVariable = "SW_TEST_MYSQL_OUTAGE";
    static constexpr const char* kMysqlOutageServerVariable = "SW_TEST_MYSQL_OUTAGE_SERVER";
    static constexpr const char* kKafkaOutageVariable = "SW_TEST_KAFKA_OUTAGE";
    static constexpr const char* kKafkaOutageControlVariable = "SW_TEST_KAFKA_OUTAGE_CONTROL";
    static constexpr const char* kMysqlOtherHostVariable = "SW_TEST_MYSQL_OTHER_HOST";
    static constexpr const char* kUnrelatedCaVariable = "SW_TEST_UNRELATED_CA";

    // Reads the SW_TEST_* variables above; an unset or empty variable means "not provided".
    // A malformed SW_TEST_MYSQL*, or an outage endpoint without its control variable (or the
    // reverse), is an error, not "not provided", so a typo cannot skip tests.
    static Result<TestEndpoints> fromEnvironment();

    static Result<MysqlEndpoint> parseMysqlUrl(std::string_view url);

    const std::optional<MysqlEndpoint>& mysql() const { return mysql_; }
    // The Kafka bootstrap list, "HOST:PORT,HOST:PORT".
    const std::optional<std::string>& kafkaBootstrap() const { return kafkaBootstrap_; }
    const std::optional<MysqlOutageEndpoint>& mysqlOutage() const { return mysqlOutage_; }
    const std::optional<KafkaOutageEndpoint>& kafkaOutage() const { return kafkaOutage_; }
    // A server whose certificate is signed by the CA of mysql() but names another host.
    const std::optional<MysqlEndpoint>& mysqlOtherHost() const { return mysqlOtherHost_; }
    // The PEM file of a CA that signed none of the servers.
    const std::optional<std::string>& unrelatedCa() const { return unrelatedCa_; }

private:
    std::optional<MysqlEndpoint> mysql_;
    std::optional<std::string> kafkaBootstrap_;
    std::optional<MysqlOutageEndpoint> mysqlOutage_;
    std::optional<KafkaOutageEndpoint> kafkaOutage_;
    std::optional<MysqlEndpoint> mysqlOtherHost_;
    std::optional<std::string> unrelatedCa_;
};

}  // namespace sw::testing

// Skips the current test loudly when an endpoint is missing, or fails it in CI.
// Use at the top of a TEST body: SW_REQUIRE_ENDPOINT(endpoints.mysql(), "SW_TEST_MYSQL");
#define SW_REQUIRE_ENDPOINT(endpoint, variable)                                                  \
    do {                                                                                         \
        if (!(endpoint)) {                                                                       \
            if (!::sw::testing::CiEnvironment::active())                                         \
                std::fprintf(stderr, "\n*** SKIPPING: %s is not set; run scripts/test.sh (or "   \
                                     "source STATE_DIR/env after scripts/start-services.sh) ***\n\n", \
                             variable);                                                          \
            SW_GTEST_SKIP_OUTSIDE_CI(variable << " is not set: integration test NOT run; "       \
                                                 "scripts/test.sh starts the services");         \
        }                                                                                        \
    } while (false)
