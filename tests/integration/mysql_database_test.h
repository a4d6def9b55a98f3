#pragma once
// MysqlDatabaseTest: a fixture with a database of the test's own on the test MariaDB
// (SW_TEST_MYSQL, TLS on), an admin session to fill it, and a SecretResolver that gives the test
// user's password for one secret name. The database is dropped after the test.

#include <cppconn/connection.h>
#include <gtest/gtest.h>
#include <mysql_driver.h>

#include <functional>
#include <memory>
#include <string>

#include "mysql_admin.h"
#include "runtime/engine/secret_resolver.h"
#include "test_endpoints.h"

namespace sw::runtime::test {

class MysqlDatabaseTest : public ::testing::Test {
protected:
    // `prefix` names the databases of one suite ("swtest_cc_"); `secret` is the secret the nodes name.
    MysqlDatabaseTest(std::string prefix, std::string secret) : prefix_(std::move(prefix)), secret_(std::move(secret)) {}

    // Skips (fails in CI) without SW_TEST_MYSQL: a derived SetUp returns when IsSkipped().
    void SetUp() override {
        auto parsed = testing::TestEndpoints::fromEnvironment();
        ASSERT_TRUE(parsed.ok()) << parsed.error().toString();
        endpoints_ = std::move(*parsed);
        SW_REQUIRE_ENDPOINT(endpoints_.mysql(), testing::TestEndpoints::kMysqlVariable);
        const auto& endpoint = *endpoints_.mysql();
        secrets_ = SecretResolver([password = endpoint.password, secret = secret_](const std::string& variable) {
            return variable == SecretResolver::variableFor(secret) ? std::optional<std::string>(password) : std::nullopt;
        });
        sql::ConnectOptionsMap adminOptions = testing::connectOptions(endpoint, endpoint.password);
        admin_.reset(sql::mysql::get_mysql_driver_instance()->connect(adminOptions));
        // ctest runs tests in parallel: each test gets a database of its own.
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        database_ = prefix_ + std::to_string(std::hash<std::string>{}(std::string(info->name())) % 1000000007u);
        testing::executeSql(*admin_, "DROP DATABASE IF EXISTS " + database_);
        testing::executeSql(*admin_, "CREATE DATABASE " + database_);
    }

    void TearDown() override {
        if (admin_) testing::executeSql(*admin_, "DROP DATABASE IF EXISTS " + database_);
    }

    testing::TestEndpoints endpoints_;
    SecretResolver secrets_;
    std::unique_ptr<sql::Connection> admin_;
    std::string database_;

private:
    std::string prefix_;
    std::string secret_;
};

}  // namespace sw::runtime::test
