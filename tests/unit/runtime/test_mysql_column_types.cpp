// MySQL column types as Flink's MySQL dialect reads them, and which declared types they fill.
#include <gtest/gtest.h>

#include "runtime/check/mysql_column_types.h"

namespace sw::runtime {
namespace {

std::string readAs(std::string_view columnType) {
    const auto type = MysqlColumnTypes::flinkTypeOf(columnType);
    return type ? type->toSql() : "(not read)";
}

model::FlinkType flink(std::string_view text) {
    auto parsed = model::FlinkType::parse(text);
    EXPECT_TRUE(parsed.ok()) << text;
    return parsed.ok() ? *parsed : model::FlinkType();
}

TEST(MysqlColumnTypes, MapsColumnTypesAsFlinksMysqlDialect) {
    EXPECT_EQ(readAs("bigint(20)"), "BIGINT");
    EXPECT_EQ(readAs("bigint(20) unsigned"), "DECIMAL(20, 0)");
    EXPECT_EQ(readAs("int(11)"), "INT");
    EXPECT_EQ(readAs("int(10) unsigned"), "BIGINT");
    EXPECT_EQ(readAs("mediumint(9)"), "INT");
    EXPECT_EQ(readAs("smallint(5) unsigned"), "INT");
    EXPECT_EQ(readAs("tinyint(1)"), "BOOLEAN");
    EXPECT_EQ(readAs("tinyint(4)"), "TINYINT");
    EXPECT_EQ(readAs("decimal(10,2)"), "DECIMAL(10, 2)");
    EXPECT_EQ(readAs("DOUBLE"), "DOUBLE");
    EXPECT_EQ(readAs("float"), "FLOAT");
    EXPECT_EQ(readAs("varchar(32)"), "VARCHAR(32)");
    EXPECT_EQ(readAs("char(2)"), "CHAR(2)");
    EXPECT_EQ(readAs("longtext"), "STRING");
    EXPECT_EQ(readAs("enum('a','b,c')"), "STRING");
    EXPECT_EQ(readAs("json"), "STRING");
    EXPECT_EQ(readAs("blob"), "BYTES");
    EXPECT_EQ(readAs("date"), "DATE");
    EXPECT_EQ(readAs("datetime(3)"), "TIMESTAMP(3)");
    EXPECT_EQ(readAs("timestamp"), "TIMESTAMP(0)");
    EXPECT_EQ(readAs("year(4)"), "(not read)");
    EXPECT_EQ(readAs("geometry"), "(not read)");
}

TEST(MysqlColumnTypes, DeclaredTypeMustMatchWhatIsRead) {
    EXPECT_TRUE(MysqlColumnTypes::fits(flink("STRING"), flink("VARCHAR(32)")));
    EXPECT_TRUE(MysqlColumnTypes::fits(flink("BIGINT NOT NULL"), flink("BIGINT")));
    EXPECT_TRUE(MysqlColumnTypes::fits(flink("TIMESTAMP(3)"), flink("TIMESTAMP(0)")));
    EXPECT_TRUE(MysqlColumnTypes::fits(flink("DECIMAL(12, 2)"), flink("DECIMAL(10, 2)")));
    // Flink's JDBC converters cast to the declared type's class: an INT column is no BIGINT.
    EXPECT_FALSE(MysqlColumnTypes::fits(flink("BIGINT"), flink("INT")));
    EXPECT_FALSE(MysqlColumnTypes::fits(flink("INT"), flink("VARCHAR(10)")));
    EXPECT_FALSE(MysqlColumnTypes::fits(flink("DECIMAL(10, 2)"), flink("DECIMAL(10, 4)")));
    EXPECT_FALSE(MysqlColumnTypes::fits(flink("DECIMAL(8, 2)"), flink("DECIMAL(10, 2)")));
    EXPECT_FALSE(MysqlColumnTypes::fits(flink("TINYINT"), flink("BOOLEAN")));
}

}  // namespace
}  // namespace sw::runtime
