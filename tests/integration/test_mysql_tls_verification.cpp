// TLS verification that can fail: ssl.mode VERIFY_CA and VERIFY_IDENTITY against a server whose
// certificate is signed by the test CA but names another host (SW_TEST_MYSQL_OTHER_HOST, CN/SAN
// other.example, reached as 127.0.0.1), and against a CA that signed no server
// (SW_TEST_UNRELATED_CA), through "Test connection", `streamwright-cli check` and the runtime's
// connection factory. MySQL's meaning of the modes: VERIFY_CA checks the chain only,
// VERIFY_IDENTITY also the host name
// (https://dev.mysql.com/doc/refman/8.0/en/connection-options.html#option_general_ssl-mode).
#include <cppconn/connection.h>
#include <gtest/gtest.h>
#include <mysql_driver.h>
#include <unistd.h>

#include <filesystem>
#include <memory>

#include "../unit/runtime/job_builder.h"
#include "cli_invocation.h"
#include "connection_report_reading.h"
#include "model/job_file.h"
#include "model/secret_ref.h"
#include "mysql_admin.h"
#include "runtime/check/node_connection_check.h"
#include "runtime/mysql/mysql_connection_factory.h"
#include "test_endpoints.h"

namespace sw::runtime {
namespace {

using test::column;
using test::itemNamed;
using test::reportText;
using test::runCli;

constexpr const char* kSecret = "swtest.tls.mysql";

class MysqlTlsVerificationTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto parsed = testing::TestEndpoints::fromEnvironment();
        ASSERT_TRUE(parsed.ok()) << parsed.error().toString();
        endpoints_ = std::move(*parsed);
        SW_REQUIRE_ENDPOINT(endpoints_.mysqlOtherHost(), testing::TestEndpoints::kMysqlOtherHostVariable);
        SW_REQUIRE_ENDPOINT(endpoints_.unrelatedCa(), testing::TestEndpoints::kUnrelatedCaVariable);
        const testing::MysqlEndpoint& server = *endpoints_.mysqlOtherHost();
        secrets_ = SecretResolver([password = server.password](const std::string& variable) {
            return variable == SecretResolver::variableFor(kSecret) ? std::optional<std::string>(password)
                                                                    : std::nullopt;
        });
        // The admin session verifies the chain only (sslCA), as the server names another host.
        sql::ConnectOptionsMap adminOptions = testing::connectOptions(server, server.password);
        admin_.reset(sql::mysql::get_mysql_driver_instance()->connect(adminOptions));
        // ctest runs tests in parallel: each test gets a table of its own.
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        table_ = "tls_" + std::to_string(std::hash<std::string>{}(std::string(info->name())) % 1000000007u);
        testing::executeSql(*admin_, "CREATE OR REPLACE TABLE " + server.database + "." + table_ +
                                         " (id BIGINT PRIMARY KEY, name VARCHAR(32))");
    }

    void TearDown() override {
        if (admin_) testing::executeSql(*admin_, "DROP TABLE IF EXISTS " + endpoints_.mysqlOtherHost()->database + "." + table_);
    }

    // A lookup on the other-host server, reached by its address 127.0.0.1.
    model::Node lookupNode(const std::string& mode, const std::string& caFile) const {
        const testing::MysqlEndpoint& server = *endpoints_.mysqlOtherHost();
        model::Node node;
        node.id = node.name = "users";
        node.kind = "mysql-lookup";
        node.options = {{"hostname", server.host},        {"port", std::to_string(server.port)},
                        {"database-name", server.database}, {"table-name", table_},
                        {"username", server.user},        {"password", model::secretReference(kSecret)},
                        {"ssl.mode", mode},               {"ssl.ca", caFile}};
        node.schema.columns = {column("id", "BIGINT"), column("name", "STRING")};
        node.schema.primaryKey = {"id"};
        return node;
    }

    const std::string& testCa() const { return endpoints_.mysqlOtherHost()->properties.at("sslCA"); }

    ConnectionReport check(const model::Node& node) const {
        ConnectionCheckOptions options;
        options.secrets = secrets_;
        options.timeout = std::chrono::seconds(5);
        auto report = checkNodeConnection(node, options);
        EXPECT_TRUE(report.has_value());
        return report ? *report : ConnectionReport();
    }

    testing::TestEndpoints endpoints_;
    SecretResolver secrets_;
    std::unique_ptr<sql::Connection> admin_;
    std::string table_;
};

TEST_F(MysqlTlsVerificationTest, VerifyIdentityRefusesACertificateNamingAnotherHost) {
    const ConnectionReport report = check(lookupNode("VERIFY_IDENTITY", testCa()));
    EXPECT_EQ(report.firstFailure(), FailureClass::TlsVerification) << reportText(report);
    EXPECT_EQ(report.items().back().field, "ssl.mode");
    EXPECT_EQ(itemNamed(report, "table"), nullptr) << "nothing runs over a refused session\n" << reportText(report);
}

TEST_F(MysqlTlsVerificationTest, VerifyCaAcceptsACertificateNamingAnotherHost) {
    const ConnectionReport report = check(lookupNode("VERIFY_CA", testCa()));
    EXPECT_TRUE(report.passed()) << reportText(report);
    const CheckItem* tls = itemNamed(report, "tls");
    ASSERT_NE(tls, nullptr) << reportText(report);
    EXPECT_EQ(tls->status, CheckStatus::Ok);
    EXPECT_NE(tls->message.find("certificate chain verified against " + testCa()), std::string::npos) << tls->message;
}

TEST_F(MysqlTlsVerificationTest, BothVerifyingModesRefuseACaThatSignedNothing) {
    for (const char* mode : {"VERIFY_CA", "VERIFY_IDENTITY"}) {
        const ConnectionReport report = check(lookupNode(mode, *endpoints_.unrelatedCa()));
        EXPECT_EQ(report.firstFailure(), FailureClass::TlsVerification) << mode << "\n" << reportText(report);
    }
}

TEST_F(MysqlTlsVerificationTest, RuntimeConnectsOnlyWhereTheModeAccepts) {
    struct Case {
        const char* mode;
        std::string ca;
        bool connects;
    };
    const std::vector<Case> cases = {{"VERIFY_CA", testCa(), true},
                                     {"VERIFY_IDENTITY", testCa(), false},
                                     {"VERIFY_CA", *endpoints_.unrelatedCa(), false},
                                     {"VERIFY_IDENTITY", *endpoints_.unrelatedCa(), false}};
    for (const Case& c : cases) {
        auto factory = MysqlConnectionFactory::fromNode(lookupNode(c.mode, c.ca), secrets_);
        ASSERT_TRUE(factory) << factory.error().toString();
        auto connection = factory->connect();
        const std::string what = std::string(c.mode) + " with " + c.ca;
        if (c.connects) {
            EXPECT_TRUE(connection) << what << ": " << connection.error().toString();
        } else {
            ASSERT_FALSE(connection) << what;
            EXPECT_NE(connection.error().message.find("the TLS handshake with 127.0.0.1:"), std::string::npos)
                << what << ": " << connection.error().toString();
            EXPECT_EQ(connection.error().location, "node 'users'");
        }
    }
}

TEST_F(MysqlTlsVerificationTest, CliCheckNamesTheTlsVerificationFailure) {
    test::JobBuilder jobs;
    model::Node& identity = jobs.add("users", "mysql-lookup");
    identity = lookupNode("VERIFY_IDENTITY", testCa());
    model::Node& chain = jobs.add("users_by_chain", "mysql-lookup");
    chain = lookupNode("VERIFY_CA", testCa());
    chain.id = chain.name = "users_by_chain";
    const std::filesystem::path file =
        std::filesystem::temp_directory_path() / ("sw-tls-check-" + std::to_string(::getpid()) + ".json");
    ASSERT_TRUE(model::saveJobFile(jobs.job(), file.string()).ok());
    const std::string secretVariable = SecretResolver::variableFor(kSecret);

    const auto [code, output] =
        runCli("check " + file.string() + " --timeout 5", secretVariable + "='" + endpoints_.mysqlOtherHost()->password + "'");
    std::filesystem::remove(file);
    EXPECT_EQ(code, 1) << output;
    EXPECT_NE(output.find("FAILED  tls          [tls-verification] node 'users' / ssl.mode: "), std::string::npos)
        << output;
    EXPECT_NE(output.find("certificate chain verified against " + testCa()), std::string::npos) << output;
    EXPECT_NE(output.find(": 1 of 2 node(s) failed the connection check"), std::string::npos) << output;
    EXPECT_EQ(output.find(endpoints_.mysqlOtherHost()->password), std::string::npos) << output;
}

}  // namespace
}  // namespace sw::runtime
