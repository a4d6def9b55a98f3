// MysqlJdbcUrl: url parts, and Connector/J TLS parameters mapped onto one mode.
#include <gtest/gtest.h>

#include "runtime/mysql/mysql_jdbc_url.h"
#include "runtime/engine/secret_resolver.h"

namespace sw::runtime {
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

TEST(SecretResolver, ResolvesReferencesFromTheirVariable) {
    model::Node node;
    node.id = "n1";
    node.name = "users";
    node.options = {{"password", "${secret.db.pass-word}"}, {"username", "sw"}};
    const SecretResolver secrets([](const std::string& variable) -> std::optional<std::string> {
        if (variable == "SW_SECRET_DB_PASS_WORD") return "s3cret";
        return std::nullopt;
    });
    EXPECT_EQ(*secrets.resolve(node, "password"), "s3cret");
    EXPECT_EQ(*secrets.resolve(node, "username"), "sw");  // plain text stays as it is

    const SecretResolver empty([](const std::string&) { return std::optional<std::string>(); });
    auto missing = empty.resolve(node, "password");
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error().message.find("SW_SECRET_DB_PASS_WORD"), std::string::npos);
    EXPECT_NE(missing.error().location.find("users"), std::string::npos);
}

}  // namespace
}  // namespace sw::runtime
