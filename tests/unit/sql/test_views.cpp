// Views for transforms and lookup joins: their shapes, and how user expressions are printed.
#include <gtest/gtest.h>

#include <algorithm>

#include "job_builder.h"

namespace sw::sql::testing {
namespace {

using kinds::Dialect;

// The statement text of the view named `name` (from CREATE to its ';').
std::string view(const std::string& text, const std::string& name) {
    const std::size_t start = text.find("CREATE TEMPORARY VIEW " + name + " AS\n");
    if (start == std::string::npos) return {};
    return text.substr(start, text.find(";\n", start) + 1 - start);
}

TEST(Views, FilterPrintsTheConditionCanonically) {
    JobBuilder b;
    addOrdersSource(b);
    b.add("filter", "big", {{"condition", "amount>100 and id <> 7"}});
    b.connect("orders", "big");
    EXPECT_EQ(view(b.generate(Dialect::AliyunVvr).text, "`big`"),
              "CREATE TEMPORARY VIEW `big` AS\nSELECT *\nFROM `orders`\nWHERE `amount` > 100 AND `id` <> 7;");
}

TEST(Views, ProjectListsEachExpressionWithItsName) {
    JobBuilder b;
    addOrdersSource(b);
    model::Node& project = b.add("project", "shaped");
    project.outputs = {{"order id", "id"}, {"label", "'it''s ' || CAST(id AS STRING)"}};
    b.connect("orders", "shaped");
    const std::string text = view(b.generate(Dialect::ApacheFlink).text, "`shaped`");
    EXPECT_TRUE(contains(text, "SELECT\n  `id` AS `order id`,\n  'it''s ' || CAST(`id` AS STRING) AS `label`\nFROM `orders`;"))
        << text;
}

struct LookupCase {
    const char* joinType;
    const char* joinKeyword;
};

class LookupJoinView : public ::testing::TestWithParam<LookupCase> {};

TEST_P(LookupJoinView, JoinsTheDimTableAsOfTheProbeProcTime) {
    JobBuilder b;
    addOrdersSource(b);
    model::Node& dim = b.add("mysql-lookup", "customers",
                             {{"hostname", "h"}, {"database-name", "d"}, {"table-name", "c"}, {"username", "u"},
                              {"password", "${secret.pw}"}, {"join.type", GetParam().joinType}});
    dim.schema.columns = {column("id", "BIGINT"), column("region", "INT"), column("cname", "STRING")};
    dim.joinKeys = {{"id", "id"}, {"amount", "region"}};
    b.connect("orders", "customers", "probe");
    const std::string text = b.generate(Dialect::AliyunVvr).text;
    EXPECT_TRUE(contains(text, "CREATE TEMPORARY TABLE `customers__dim` (")) << text;
    EXPECT_EQ(view(text, "`customers`"),
              "CREATE TEMPORARY VIEW `customers` AS\nSELECT\n  `s`.`id`,\n  `s`.`amount`,\n  `s`.`ts`,\n"
              "  `s`.`proc_time`,\n  `d`.`region`,\n  `d`.`cname`\nFROM `orders` AS `s`\n" +
                  std::string(GetParam().joinKeyword) +
                  " `customers__dim` FOR SYSTEM_TIME AS OF `s`.`proc_time` AS `d`\n"
                  "  ON `s`.`id` = `d`.`id` AND `s`.`amount` = `d`.`region`;");
}

INSTANTIATE_TEST_SUITE_P(JoinTypes, LookupJoinView,
                         ::testing::Values(LookupCase{"LEFT", "LEFT JOIN"}, LookupCase{"INNER", "INNER JOIN"}));

TEST(Views, LookupWithoutProcTimeIsAnErrorComment) {
    JobBuilder b;
    addOrdersSource(b).schema.procTimeColumn.clear();
    model::Node& dim = b.add("jdbc-lookup", "dim", {{"url", "jdbc:x"}, {"table-name", "t"}});
    dim.schema.columns = {column("k", "BIGINT")};
    dim.joinKeys = {{"id", "k"}};
    b.connect("orders", "dim", "probe");
    const std::string text = b.generate(Dialect::ApacheFlink).text;
    EXPECT_TRUE(contains(text, "-- ERROR: node 'dim': the probe input 'orders' has no processing-time column")) << text;
}

TEST(Views, TumbleAndHopUseWindowTableFunctions) {
    for (const std::string kind : {"TUMBLE", "HOP"}) {
        JobBuilder b;
        addOrdersSource(b);
        model::Node& window = b.add("window-aggregate", "w",
                                    {{"window.kind", kind}, {"window.time-column", "ts"}, {"window.size", "5 min"},
                                     {"window.slide", "1 min"}});
        window.groupBy = {"id"};
        window.outputs = {{"total", "sum(amount)"}};
        b.connect("orders", "w");
        const std::string text = view(b.generate(Dialect::AliyunVvr).text, "`w`");
        const std::string table = kind == "HOP"
                                      ? "TABLE(HOP(TABLE `orders`, DESCRIPTOR(`ts`), INTERVAL '1' MINUTE, INTERVAL '5' MINUTE))"
                                      : "TABLE(TUMBLE(TABLE `orders`, DESCRIPTOR(`ts`), INTERVAL '5' MINUTE))";
        EXPECT_EQ(text, "CREATE TEMPORARY VIEW `w` AS\nSELECT\n  `window_start`,\n  `window_end`,\n  `id`,\n"
                        "  SUM(`amount`) AS `total`\nFROM " + table +
                            "\nGROUP BY `window_start`, `window_end`, `id`;");
    }
}

TEST(Views, NoWindowIsAPlainGroupBy) {
    JobBuilder b;
    addOrdersSource(b);
    model::Node& window = b.add("window-aggregate", "totals", {{"window.kind", "NONE"}});
    window.groupBy = {"id"};
    window.outputs = {{"n", "COUNT(*)"}};
    b.connect("orders", "totals");
    EXPECT_EQ(view(b.generate(Dialect::ApacheFlink).text, "`totals`"),
              "CREATE TEMPORARY VIEW `totals` AS\nSELECT\n  `id`,\n  COUNT(*) AS `n`\nFROM `orders`\nGROUP BY `id`;");
}

TEST(Views, UnionListsColumnsExplicitly) {
    JobBuilder b;
    addOrdersSource(b, "a");
    addOrdersSource(b, "b");
    b.add("union", "both");
    b.connect("a", "both");
    b.connect("b", "both");
    EXPECT_EQ(view(b.generate(Dialect::AliyunVvr).text, "`both`"),
              "CREATE TEMPORARY VIEW `both` AS\nSELECT `id`, `amount`, `ts`, `proc_time` FROM `a`\nUNION ALL\n"
              "SELECT `id`, `amount`, `ts`, `proc_time` FROM `b`;");
}

TEST(Views, UnparsableExpressionGivesAnErrorCommentAndStillValidText) {
    JobBuilder b;
    addOrdersSource(b);
    b.add("filter", "broken", {{"condition", "amount > ;\nDROP TABLE x"}});
    b.connect("orders", "broken");
    const GeneratedSql sql = b.generate(Dialect::AliyunVvr);
    const std::size_t error = sql.text.find("-- ERROR: node 'broken' / condition");
    ASSERT_NE(error, std::string::npos) << sql.text;
    EXPECT_FALSE(contains(sql.text, "\nDROP TABLE")) << sql.text;
    EXPECT_TRUE(contains(sql.text, "FROM `orders`\nWHERE NULL;")) << sql.text;
    // The comment belongs to the filter's statement.
    const int errorLine = static_cast<int>(std::count(sql.text.begin(), sql.text.begin() + error, '\n'));
    bool attributed = false;
    for (const GeneratedStatement& statement : sql.statements) {
        attributed |= statement.nodeId == "n2" && statement.firstLine == errorLine;
    }
    EXPECT_TRUE(attributed);
}

}  // namespace
}  // namespace sw::sql::testing
