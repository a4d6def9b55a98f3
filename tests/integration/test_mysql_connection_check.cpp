// "Test connection" of MySQL nodes against the per-run MariaDB (SW_TEST_MYSQL, TLS on): login,
// TLS as ssl.mode asks, the table, its columns and key; and each failure with its class.
#include <cppconn/connection.h>
#include <gtest/gtest.h>
#include <mysql_driver.h>

#include <algorithm>
#include <cstdlib>
#include <functional>

#include "../unit/runtime/job_builder.h"
#include "connection_report_reading.h"
#include "loopback_port.h"
#include "model/secret_ref.h"
#include "mysql_admin.h"
#include "mysql_database_test.h"
#include "runtime/check/node_connection_check.h"
#include "test_endpoints.h"

namespace sw::runtime {
namespace {

using test::column;
using test::itemNamed;
using test::reportText;

constexpr const char* kSecret = "swtest.check.mysql";

class MysqlConnectionCheckTest : public test::MysqlDatabaseTest {
protected:
    MysqlConnectionCheckTest() : MysqlDatabaseTest("swtest_cc_", kSecret) {}

    void SetUp() override {
        MysqlDatabaseTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) return;
        options_.secrets = secrets_;
        options_.timeout = std::chrono::seconds(5);
        testing::executeSql(*admin_, "CREATE TABLE " + database_ +
                                         ".dim (id BIGINT PRIMARY KEY, name VARCHAR(32), amount DECIMAL(10,2))");
    }

    // A lookup on dim whose schema matches the table, TLS verified with the test CA.
    model::Node lookupNode() const {
        const auto& endpoint = *endpoints_.mysql();
        model::Node node;
        node.id = node.name = "users";
        node.kind = "mysql-lookup";
        node.options = {{"hostname", endpoint.host},   {"port", std::to_string(endpoint.port)},
                        {"database-name", database_},  {"table-name", "dim"},
                        {"username", endpoint.user},   {"password", model::secretReference(kSecret)},
                        {"ssl.mode", "VERIFY_IDENTITY"}, {"ssl.ca", endpoint.properties.at("sslCA")}};
        node.schema.columns = {column("id", "BIGINT"), column("name", "STRING"), column("amount", "DECIMAL(10, 2)")};
        node.schema.primaryKey = {"id"};
        return node;
    }

    ConnectionReport check(const model::Node& node) const {
        auto report = checkNodeConnection(node, options_);
        EXPECT_TRUE(report.has_value());
        return report ? *report : ConnectionReport();
    }

    ConnectionCheckOptions options_;
};

TEST_F(MysqlConnectionCheckTest, PassesLoginTlsTableColumnsAndKey) {
    const ConnectionReport report = check(lookupNode());
    EXPECT_TRUE(report.passed()) << reportText(report);
    for (const char* name : {"login", "tls", "table", "columns", "primary key"}) {
        const CheckItem* item = itemNamed(report, name);
        ASSERT_NE(item, nullptr) << name << "\n" << reportText(report);
        EXPECT_EQ(item->status, CheckStatus::Ok) << name << ": " << item->message;
    }
    EXPECT_NE(itemNamed(report, "tls")->message.find("host name '127.0.0.1' verified"), std::string::npos)
        << itemNamed(report, "tls")->message;
    EXPECT_EQ(itemNamed(report, "columns")->details.size(), 3u);
    EXPECT_EQ(reportText(report).find(endpoints_.mysql()->password), std::string::npos);
}

TEST_F(MysqlConnectionCheckTest, JdbcUrlNodeIsCheckedToo) {
    const auto& endpoint = *endpoints_.mysql();
    model::Node node = lookupNode();
    node.kind = "jdbc-lookup";
    node.options = {{"url", "jdbc:mysql://" + endpoint.host + ":" + std::to_string(endpoint.port) + "/" + database_ +
                                "?sslMode=VERIFY_CA&serverSslCert=" + endpoint.properties.at("sslCA")},
                    {"table-name", "dim"},
                    {"username", endpoint.user},
                    {"password", model::secretReference(kSecret)}};
    const ConnectionReport report = check(node);
    EXPECT_TRUE(report.passed()) << reportText(report);
}

TEST_F(MysqlConnectionCheckTest, WrongPasswordIsAuthentication) {
    ConnectionCheckOptions wrong = options_;
    wrong.secrets = SecretResolver([](const std::string&) { return std::optional<std::string>("not-the-password"); });
    const auto report = checkNodeConnection(lookupNode(), wrong);
    ASSERT_TRUE(report);
    EXPECT_EQ(report->firstFailure(), FailureClass::Authentication) << reportText(*report);
    EXPECT_EQ(report->items().back().field, "password");
    EXPECT_EQ(reportText(*report).find("not-the-password"), std::string::npos);
}

TEST_F(MysqlConnectionCheckTest, MissingTableAndDatabaseAreTableMissing) {
    model::Node node = lookupNode();
    node.options["table-name"] = "no_such_table";
    ConnectionReport report = check(node);
    EXPECT_EQ(report.firstFailure(), FailureClass::TableMissing) << reportText(report);
    EXPECT_EQ(itemNamed(report, "table")->field, "table-name");

    node = lookupNode();
    node.options["database-name"] = database_ + "_missing";
    report = check(node);
    EXPECT_EQ(report.firstFailure(), FailureClass::TableMissing) << reportText(report);
}

TEST_F(MysqlConnectionCheckTest, MissingColumnAndTypeMismatchAreSchemaMismatch) {
    model::Node node = lookupNode();
    node.schema.columns = {column("id", "BIGINT"), column("name", "STRING"), column("amount", "INT"),
                           column("city", "STRING")};
    const ConnectionReport report = check(node);
    const CheckItem* columns = itemNamed(report, "columns");
    ASSERT_NE(columns, nullptr) << reportText(report);
    EXPECT_EQ(columns->failure, FailureClass::SchemaMismatch);
    EXPECT_EQ(columns->field, "schema");
    ASSERT_EQ(columns->details.size(), 2u) << reportText(report);
    EXPECT_EQ(columns->details[0], "column 'amount' is decimal(10,2) (read as DECIMAL(10, 2)) but declared INT");
    EXPECT_EQ(columns->details[1], "column 'city' is not in the table");
}

TEST_F(MysqlConnectionCheckTest, WrongPrimaryKeyIsSchemaMismatch) {
    model::Node node = lookupNode();
    node.schema.primaryKey = {"name"};
    const ConnectionReport report = check(node);
    const CheckItem* key = itemNamed(report, "primary key");
    ASSERT_NE(key, nullptr) << reportText(report);
    EXPECT_EQ(key->failure, FailureClass::SchemaMismatch);
    EXPECT_EQ(key->message, "declared primary key (name) but the table's is (id)");
}

TEST_F(MysqlConnectionCheckTest, ClosedPortIsRefused) {
    auto closed = testing::LoopbackPort::closed();
    ASSERT_TRUE(closed.ok()) << closed.error().toString();
    model::Node node = lookupNode();
    node.options["port"] = std::to_string(closed->port());
    const ConnectionReport report = check(node);
    EXPECT_EQ(report.firstFailure(), FailureClass::Refused) << reportText(report);
    EXPECT_EQ(report.items().back().field, "hostname");
}

TEST_F(MysqlConnectionCheckTest, InvalidHostNameIsDns) {
    model::Node node = lookupNode();
    node.options["hostname"] = "mysql.invalid";
    const ConnectionReport report = check(node);
    EXPECT_EQ(report.firstFailure(), FailureClass::Dns) << reportText(report);
}

TEST_F(MysqlConnectionCheckTest, ServerThatNeverAnswersIsTimeout) {
    auto silent = testing::LoopbackPort::silent();
    ASSERT_TRUE(silent.ok()) << silent.error().toString();
    model::Node node = lookupNode();
    node.options["port"] = std::to_string(silent->port());
    ConnectionCheckOptions quick = options_;
    quick.timeout = std::chrono::seconds(1);
    const auto report = checkNodeConnection(node, quick);
    ASSERT_TRUE(report);
    EXPECT_EQ(report->firstFailure(), FailureClass::Timeout) << reportText(*report);
}

TEST_F(MysqlConnectionCheckTest, UnavailableSecretIsConfiguration) {
    ConnectionCheckOptions none = options_;
    none.secrets = SecretResolver([](const std::string&) { return std::optional<std::string>(); });
    const auto report = checkNodeConnection(lookupNode(), none);
    ASSERT_TRUE(report);
    EXPECT_EQ(report->firstFailure(), FailureClass::Configuration) << reportText(*report);
    EXPECT_EQ(report->items().back().field, "password");
}

}  // namespace
}  // namespace sw::runtime
