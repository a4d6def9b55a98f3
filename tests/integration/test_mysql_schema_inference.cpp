// "Infer schema" of MySQL nodes against the per-run MariaDB (SW_TEST_MYSQL, TLS on): a table of
// several types with NOT NULL columns and a composite primary key; an unreachable server and a
// missing table are errors naming node and field; `streamwright-cli infer --apply` on a lookup.
#include <gtest/gtest.h>

#include <filesystem>

#include "../unit/runtime/job_builder.h"
#include "cli_invocation.h"
#include "loopback_port.h"
#include "model/job_file.h"
#include "model/secret_ref.h"
#include "mysql_admin.h"
#include "mysql_database_test.h"
#include "runtime/infer/node_schema_inference.h"
#include "test_endpoints.h"

namespace sw::runtime {
namespace {

using test::column;
using test::runCli;

constexpr const char* kSecret = "swtest.infer.mysql";

class MysqlSchemaInferenceTest : public test::MysqlDatabaseTest {
protected:
    MysqlSchemaInferenceTest() : MysqlDatabaseTest("swtest_inf_", kSecret) {}

    void SetUp() override {
        MysqlDatabaseTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) return;
        options_.connection.secrets = secrets_;
        options_.connection.timeout = std::chrono::seconds(5);
        testing::executeSql(*admin_, "CREATE TABLE " + database_ +
                                         ".stock (region CHAR(2) NOT NULL, sku BIGINT UNSIGNED NOT NULL, "
                                         "qty INT NOT NULL, price DECIMAL(10,2), active TINYINT(1) NOT NULL DEFAULT 1, "
                                         "note TEXT, updated DATETIME(3), shape POINT, PRIMARY KEY (region, sku))");
    }

    model::Node lookupNode() const {
        const auto& endpoint = *endpoints_.mysql();
        model::Node node;
        node.id = node.name = "stock";
        node.kind = "mysql-lookup";
        node.options = {{"hostname", endpoint.host},    {"port", std::to_string(endpoint.port)},
                        {"database-name", database_},   {"table-name", "stock"},
                        {"username", endpoint.user},    {"password", model::secretReference(kSecret)},
                        {"ssl.mode", "VERIFY_IDENTITY"}, {"ssl.ca", endpoint.properties.at("sslCA")}};
        node.schema.columns = {column("sku", "INT"), column("old", "STRING")};
        node.schema.primaryKey = {"sku"};
        return node;
    }

    Result<SchemaProposal> infer(const model::Node& node) const {
        auto inferred = inferNodeSchema(node, options_);
        EXPECT_TRUE(inferred.has_value());
        return inferred ? *inferred : Result<SchemaProposal>(Error{"no inference", ""});
    }

    SchemaInferenceOptions options_;
};

TEST_F(MysqlSchemaInferenceTest, ProposesTheTablesColumnsNotNullAndCompositeKey) {
    const auto proposal = infer(lookupNode());
    ASSERT_TRUE(proposal.ok()) << proposal.error().toString();
    EXPECT_EQ(proposal->source, "table '" + database_ + ".stock'");
    std::vector<std::string> columns;
    for (const ProposedColumn& proposed : proposal->columns)
        columns.push_back(proposed.column.name + " " + proposed.column.type.toSql());
    EXPECT_EQ(columns, (std::vector<std::string>{"region CHAR(2) NOT NULL", "sku DECIMAL(20, 0) NOT NULL",
                                                 "qty INT NOT NULL", "price DECIMAL(10, 2)", "active BOOLEAN NOT NULL",
                                                 "note STRING", "updated TIMESTAMP(3)"}));
    EXPECT_EQ(proposal->columns[1].evidence, "bigint(20) unsigned NOT NULL, primary key");
    EXPECT_EQ(proposal->primaryKey, (std::vector<std::string>{"region", "sku"}));
    ASSERT_EQ(proposal->notes.size(), 1u);
    EXPECT_NE(proposal->notes[0].find("column 'shape' is point"), std::string::npos) << proposal->notes[0];
}

TEST_F(MysqlSchemaInferenceTest, JdbcSinkReadsTheSameTable) {
    model::Node node = lookupNode();
    node.kind = "jdbc-sink";
    const auto& endpoint = *endpoints_.mysql();
    node.options = {{"url", "jdbc:mysql://" + endpoint.host + ":" + std::to_string(endpoint.port) + "/" + database_ +
                                "?sslMode=VERIFY_CA&serverSslCert=" + endpoint.properties.at("sslCA")},
                    {"table-name", "stock"},
                    {"username", endpoint.user},
                    {"password", model::secretReference(kSecret)}};
    const auto proposal = infer(node);
    ASSERT_TRUE(proposal.ok()) << proposal.error().toString();
    EXPECT_EQ(proposal->columns.size(), 7u);
}

TEST_F(MysqlSchemaInferenceTest, UnreachableServerAndMissingTableNameNodeAndField) {
    auto closed = testing::LoopbackPort::closed();
    ASSERT_TRUE(closed.ok()) << closed.error().toString();
    model::Node node = lookupNode();
    node.options["port"] = std::to_string(closed->port());
    const auto refused = infer(node);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().location, "node 'stock' / hostname");
    EXPECT_NE(refused.error().message.find("[refused]"), std::string::npos) << refused.error().message;

    model::Node missing = lookupNode();
    missing.options["table-name"] = "nope";
    const auto noTable = infer(missing);
    ASSERT_FALSE(noTable.ok());
    EXPECT_EQ(noTable.error().location, "node 'stock' / table-name");
    EXPECT_NE(noTable.error().message.find("[table-missing]"), std::string::npos) << noTable.error().message;
}

TEST_F(MysqlSchemaInferenceTest, CliAppliesTheTableSchemaAndNeverPrintsTheSecret) {
    test::JobBuilder jobs;
    jobs.add("stock", "mysql-lookup") = lookupNode();
    const std::filesystem::path file =
        std::filesystem::temp_directory_path() / ("sw-infer-mysql-" + std::to_string(::getpid()) + ".json");
    ASSERT_TRUE(model::saveJobFile(jobs.job(), file.string()).ok());
    const auto [missingCode, missingText] = runCli("infer " + file.string() + " --node stock --apply");
    EXPECT_EQ(missingCode, 1) << missingText;  // the secret is not in the environment
    EXPECT_NE(missingText.find("node 'stock'"), std::string::npos) << missingText;

    const std::string password = endpoints_.mysql()->password;
    const auto [code, text] = runCli("infer " + file.string() + " --node stock --timeout 5 --apply",
                                     SecretResolver::variableFor(kSecret) + "='" + password + "'");
    EXPECT_EQ(code, 0) << text;
    EXPECT_NE(text.find("~ sku: INT -> DECIMAL(20, 0) NOT NULL"), std::string::npos) << text;
    EXPECT_NE(text.find("- old STRING"), std::string::npos) << text;
    EXPECT_NE(text.find("key: (sku) -> (region, sku)"), std::string::npos) << text;
    EXPECT_NE(text.find("schema of node 'stock' written"), std::string::npos) << text;
    EXPECT_EQ(text.find(password), std::string::npos);
    const auto after = model::loadJobFile(file);
    ASSERT_TRUE(after.ok()) << after.error().toString();
    EXPECT_EQ(after->nodes.front().schema.primaryKey, (std::vector<std::string>{"region", "sku"}));
    EXPECT_EQ(after->nodes.front().schema.columns.size(), 7u);
    EXPECT_EQ(after->nodes.front().options.at("password"), model::secretReference(kSecret));
    std::filesystem::remove(file);
}

}  // namespace
}  // namespace sw::runtime
