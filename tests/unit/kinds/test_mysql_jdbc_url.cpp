// MysqlJdbcUrl: url parts, Connector/J TLS parameters mapped onto one mode, and back.
#include <gtest/gtest.h>

#include "kinds/mysql/mysql_jdbc_url.h"

namespace sw::kinds {
namespace {

TEST(MysqlJdbcUrl, Parts) {
    auto url = MysqlJdbcUrl::parse("jdbc:mysql://rm-abc.mysql.rds.aliyuncs.com:3307/shop%5Fdb?useSSL=true&serverSslCert=%2Ftmp%2Fca.pem");
    ASSERT_TRUE(url.ok()) << url.error().toString();
    EXPECT_EQ(url->host, "rm-abc.mysql.rds.aliyuncs.com");
    EXPECT_EQ(url->port, 3307);
    EXPECT_EQ(url->database, "shop_db");
    EXPECT_EQ(url->caFile(), "/tmp/ca.pem");
    auto plain = MysqlJdbcUrl::parse("jdbc:mysql://db/orders");
    ASSERT_TRUE(plain.ok());
    EXPECT_EQ(plain->port, 3306);
}

TEST(MysqlJdbcUrl, BadUrlsAreRefused) {
    for (const char* text : {"jdbc:postgresql://h:5432/db", "jdbc:mysql://h:3306", "jdbc:mysql://h:3306/",
                             "jdbc:mysql://h:70000/db", "jdbc:mysql://h:x/db", "jdbc:mysql://:3306/db",
                             "jdbc:mysql://a:1,b:2/db", "jdbc:mysql://h/db?x=%zz"}) {
        EXPECT_FALSE(MysqlJdbcUrl::parse(text).ok()) << text;
    }
}

TEST(MysqlJdbcUrl, TlsParametersMapOntoOneMode) {
    struct Case {
        const char* query;
        MysqlTlsMode expected;
    };
    const Case cases[] = {
        {"", MysqlTlsMode::Disabled},
        {"?useSSL=false", MysqlTlsMode::Disabled},
        {"?useSSL=false&verifyServerCertificate=true", MysqlTlsMode::Disabled},
        {"?useSSL=true", MysqlTlsMode::Required},
        {"?useSSL=true&requireSSL=true", MysqlTlsMode::Required},
        {"?useSSL=true&requireSSL=true&verifyServerCertificate=true", MysqlTlsMode::VerifyCa},
        {"?sslMode=VERIFY_IDENTITY&useSSL=false", MysqlTlsMode::VerifyIdentity},
        {"?sslMode=preferred", MysqlTlsMode::Required},
        {"?sslMode=DISABLED", MysqlTlsMode::Disabled},
    };
    for (const Case& c : cases) {
        auto url = MysqlJdbcUrl::parse(std::string("jdbc:mysql://h:1/db") + c.query);
        ASSERT_TRUE(url.ok()) << c.query;
        auto mode = url->tlsMode();
        ASSERT_TRUE(mode.ok()) << c.query;
        EXPECT_EQ(*mode, c.expected) << c.query;
    }
    auto bad = MysqlJdbcUrl::parse("jdbc:mysql://h:1/db?sslMode=SOMETIMES");
    ASSERT_TRUE(bad.ok());
    EXPECT_FALSE(bad->tlsMode().ok());
}

// The url the SQL export writes for a node given in parts reads back as the same endpoint and mode.
TEST(MysqlJdbcUrl, ComposedUrlReadsBackAsTheSameEndpoint) {
    for (MysqlTlsMode mode : {MysqlTlsMode::Disabled, MysqlTlsMode::Required, MysqlTlsMode::VerifyCa}) {
        const std::string text = MysqlJdbcUrl::compose("rm-x.mysql.rds.aliyuncs.com", "3307", "shop", mode);
        auto url = MysqlJdbcUrl::parse(text);
        ASSERT_TRUE(url.ok()) << text;
        EXPECT_EQ(url->host, "rm-x.mysql.rds.aliyuncs.com");
        EXPECT_EQ(url->port, 3307);
        EXPECT_EQ(url->database, "shop");
        auto parsed = url->tlsMode();
        ASSERT_TRUE(parsed.ok()) << text;
        EXPECT_EQ(*parsed, mode) << text;
    }
    // Connector/J's parameters have no host check: VERIFY_IDENTITY is written as verification of the CA.
    EXPECT_EQ(MysqlJdbcUrl::compose("h", "1", "d", MysqlTlsMode::VerifyIdentity),
              "jdbc:mysql://h:1/d?useSSL=true&requireSSL=true&verifyServerCertificate=true");
}

}  // namespace
}  // namespace sw::kinds
