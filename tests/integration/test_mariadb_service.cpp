// Smoke test of the per-run MariaDB from scripts/start-services.sh: TLS really on, auth really
// checked. Runtime tests build on the same connection recipe.
#include "mysql_admin.h"
#include "test_endpoints.h"

#include <cppconn/connection.h>
#include <cppconn/exception.h>
#include <cppconn/resultset.h>
#include <cppconn/statement.h>
#include <gtest/gtest.h>
#include <mysql_driver.h>

#include <memory>

namespace sw::testing {
namespace {

// ER_ACCESS_DENIED_ERROR: the server rejected the credentials.
constexpr int kAccessDenied = 1045;

std::string singleString(sql::Connection& connection, const std::string& query, int column) {
    std::unique_ptr<sql::Statement> statement(connection.createStatement());
    std::unique_ptr<sql::ResultSet> rows(statement->executeQuery(query));
    return rows->next() ? std::string(rows->getString(column)) : std::string();
}

class MariaDbServiceTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto parsed = TestEndpoints::fromEnvironment();
        ASSERT_TRUE(parsed.ok()) << parsed.error().toString();
        endpoints_ = std::move(*parsed);
    }
    TestEndpoints endpoints_;
};

TEST_F(MariaDbServiceTest, ConnectionIsEncryptedAndUsable) {
    SW_REQUIRE_ENDPOINT(endpoints_.mysql(), TestEndpoints::kMysqlVariable);
    const auto& endpoint = *endpoints_.mysql();
    ASSERT_TRUE(endpoint.properties.contains("sslCA")) << "SW_TEST_MYSQL must carry sslCA";

    auto options = connectOptions(endpoint, endpoint.password);
    std::unique_ptr<sql::Connection> connection(sql::mysql::get_mysql_driver_instance()->connect(options));
    ASSERT_TRUE(connection && connection->isValid());

    // Some Connector/C++ TLS options are silently ignored; only the server can prove TLS is on.
    EXPECT_NE(singleString(*connection, "SHOW STATUS LIKE 'Ssl_cipher'", 2), "");
    EXPECT_NE(singleString(*connection, "SHOW STATUS LIKE 'Ssl_version'", 2), "");
    EXPECT_EQ(singleString(*connection, "SELECT DATABASE()", 1), endpoint.database);

    // The test user can create, write and read in its database.
    std::unique_ptr<sql::Statement> statement(connection->createStatement());
    statement->execute("CREATE TEMPORARY TABLE smoke (id INT PRIMARY KEY, name VARCHAR(32))");
    EXPECT_EQ(statement->executeUpdate("INSERT INTO smoke VALUES (1, 'one'), (2, 'two'), (3, 'three')"), 3);
    EXPECT_EQ(singleString(*connection, "SELECT GROUP_CONCAT(name ORDER BY id) FROM smoke", 1), "one,two,three");
}

TEST_F(MariaDbServiceTest, WrongPasswordIsRejected) {
    SW_REQUIRE_ENDPOINT(endpoints_.mysql(), TestEndpoints::kMysqlVariable);
    const auto& endpoint = *endpoints_.mysql();

    auto options = connectOptions(endpoint, endpoint.password + "-wrong");
    try {
        std::unique_ptr<sql::Connection> connection(sql::mysql::get_mysql_driver_instance()->connect(options));
        FAIL() << "connected with a wrong password";
    } catch (const sql::SQLException& e) {
        EXPECT_EQ(e.getErrorCode(), kAccessDenied) << e.what();
    }
}

}  // namespace
}  // namespace sw::testing
