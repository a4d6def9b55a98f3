// Parsing of the SW_TEST_* variables that scripts/start-services.sh writes; runs without services.
#include "test_endpoints.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <optional>
#include <string>

namespace sw::testing {
namespace {

struct GoodUrlCase {
    const char* url;
    const char* user;
    const char* password;
    const char* host;
    int port;
    const char* database;
    std::map<std::string, std::string> properties;
};

TEST(TestEndpointsTest, ParsesWellFormedUrls) {
    const GoodUrlCase cases[] = {
        {"mysql://sw:secret@127.0.0.1:33061/swtest?sslCA=/tmp/x/ca.pem", "sw", "secret", "127.0.0.1", 33061,
         "swtest", {{"sslCA", "/tmp/x/ca.pem"}}},
        {"mysql://root:pw@db.example:3307/app", "root", "pw", "db.example", 3307, "app", {}},
        {"mysql://u:pw@host/db", "u", "pw", "host", 3306, "db", {}},
        {"mysql://u%40x:p%3Aw%26@h:1/d?sslCA=%2Fa%20b&sslVerify=true", "u@x", "p:w&", "h", 1, "d",
         {{"sslCA", "/a b"}, {"sslVerify", "true"}}},
        {"mysql://u:@h:2/d", "u", "", "h", 2, "d", {}},
        {"mysql://u:a@b@h:2/d", "u", "a@b", "h", 2, "d", {}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.url);
        const auto parsed = TestEndpoints::parseMysqlUrl(c.url);
        ASSERT_TRUE(parsed.ok()) << parsed.error().toString();
        EXPECT_EQ(parsed->user, c.user);
        EXPECT_EQ(parsed->password, c.password);
        EXPECT_EQ(parsed->host, c.host);
        EXPECT_EQ(parsed->port, c.port);
        EXPECT_EQ(parsed->database, c.database);
        EXPECT_EQ(parsed->properties, c.properties);
        EXPECT_EQ(parsed->connectorHostName(), "tcp://" + std::string(c.host) + ":" + std::to_string(c.port));
    }
}

TEST(TestEndpointsTest, RejectsMalformedUrlsWithAReason) {
    const struct {
        const char* url;
        const char* messagePart;
    } cases[] = {
        {"tcp://u:p@h:1/d", "expected mysql://"},
        {"mysql://h:1/d", "USER:PASSWORD@"},
        {"mysql://:p@h:1/d", "empty user"},
        {"mysql://u:p@h:1", "/DATABASE"},
        {"mysql://u:p@h:1/", "/DATABASE"},
        {"mysql://u:p@:1/d", "empty host"},
        {"mysql://u:p@h:0/d", "bad port"},
        {"mysql://u:p@h:70000/d", "bad port"},
        {"mysql://u:p@h:12x/d", "bad port"},
        {"mysql://u:p@h:1/d?sslCA", "PROPERTY=VALUE"},
        {"mysql://u:p%4@h:1/d", "percent escape"},
        {"mysql://u:p%zz@h:1/d", "percent escape"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.url);
        const auto parsed = TestEndpoints::parseMysqlUrl(c.url);
        ASSERT_FALSE(parsed.ok());
        EXPECT_NE(parsed.error().toString().find(c.messagePart), std::string::npos) << parsed.error().toString();
    }
}

// Sets an environment variable for one scope and puts the old value back.
class ScopedVariable {
public:
    ScopedVariable(const char* name, const char* value) : name_(name) {
        if (const char* old = std::getenv(name)) old_ = old;
        value ? ::setenv(name, value, 1) : ::unsetenv(name);
    }
    ~ScopedVariable() { old_ ? ::setenv(name_, old_->c_str(), 1) : ::unsetenv(name_); }

private:
    const char* name_;
    std::optional<std::string> old_;
};

TEST(TestEndpointsTest, OutageEndpointsComeWithTheirControlOrNotAtAll) {
    {
        ScopedVariable kafka(TestEndpoints::kKafkaOutageVariable, "127.0.0.1:1");
        ScopedVariable control(TestEndpoints::kKafkaOutageControlVariable, "/tmp/fifo");
        ScopedVariable mysql(TestEndpoints::kMysqlOutageVariable, "mysql://u:p@h:2/d?sslCA=/ca.pem");
        ScopedVariable server(TestEndpoints::kMysqlOutageServerVariable, "bash x.sh dir");
        const auto endpoints = TestEndpoints::fromEnvironment();
        ASSERT_TRUE(endpoints.ok()) << endpoints.error().toString();
        ASSERT_TRUE(endpoints->kafkaOutage());
        EXPECT_EQ(endpoints->kafkaOutage()->bootstrap, "127.0.0.1:1");
        EXPECT_EQ(endpoints->kafkaOutage()->controlFifo, "/tmp/fifo");
        ASSERT_TRUE(endpoints->mysqlOutage());
        EXPECT_EQ(endpoints->mysqlOutage()->server.port, 2);
        EXPECT_EQ(endpoints->mysqlOutage()->server.properties.at("sslCA"), "/ca.pem");
        EXPECT_EQ(endpoints->mysqlOutage()->serverCommand, "bash x.sh dir");
    }
    {
        ScopedVariable kafka(TestEndpoints::kKafkaOutageVariable, "127.0.0.1:1");
        ScopedVariable control(TestEndpoints::kKafkaOutageControlVariable, nullptr);
        const auto endpoints = TestEndpoints::fromEnvironment();
        ASSERT_FALSE(endpoints.ok());
        EXPECT_EQ(endpoints.error().location, TestEndpoints::kKafkaOutageControlVariable);
    }
    {
        ScopedVariable mysql(TestEndpoints::kMysqlOutageVariable, nullptr);
        ScopedVariable server(TestEndpoints::kMysqlOutageServerVariable, "bash x.sh dir");
        const auto endpoints = TestEndpoints::fromEnvironment();
        ASSERT_FALSE(endpoints.ok());
        EXPECT_EQ(endpoints.error().location, TestEndpoints::kMysqlOutageVariable);
    }
}

}  // namespace
}  // namespace sw::testing
