// ConnectionReport and how each kind's check classifies what its client library reports: the
// texts are the libraries' own (librdkafka quotes gai_strerror and strerror; libmariadb the
// system error's number).
#include <gtest/gtest.h>
#include <librdkafka/rdkafka.h>
#include <netdb.h>

#include "runtime/check/connection_report.h"
#include "runtime/check/kafka_connection_check.h"
#include "runtime/check/mysql_connection_check.h"

namespace sw::runtime {
namespace {

TEST(ConnectionReport, PassesUnlessACheckFailed) {
    ConnectionReport report("node 'orders'");
    report.pass("bootstrap", "reached");
    report.warn("tls", "ssl.mode", "not encrypted");
    EXPECT_TRUE(report.passed());
    EXPECT_EQ(report.firstFailure(), FailureClass::None);
    report.fail("topic", FailureClass::TopicMissing, "topic", "topic 'x' does not exist");
    report.fail("offsets", FailureClass::Timeout, "topic", "no answer");
    EXPECT_FALSE(report.passed());
    EXPECT_EQ(report.firstFailure(), FailureClass::TopicMissing);
    EXPECT_STREQ(toString(FailureClass::TlsVerification), "tls-verification");
}

TEST(ConnectionReport, ConfigurationFailureNamesTheFieldOfTheError) {
    ConnectionReport report("node 'users'");
    EXPECT_EQ(report.failConfiguration("configuration", Error{"no host", "node 'users' / hostname"}).field, "hostname");
    EXPECT_EQ(report.failConfiguration("configuration", Error{"not set", "option bootstrap.servers"}).field,
              "bootstrap.servers");
    EXPECT_EQ(report.items().back().failure, FailureClass::Configuration);
}

TEST(KafkaConnectionCheck, ClassifiesResolverFailuresAsDns) {
    const std::string again = std::string("Failed to resolve 'broker:9092': ") + gai_strerror(EAI_AGAIN);
    EXPECT_EQ(KafkaConnectionCheck::classify(RD_KAFKA_RESP_ERR__RESOLVE, again), FailureClass::Dns);
    // A resolver that cannot answer, reported as a transport error, is still DNS.
    EXPECT_EQ(KafkaConnectionCheck::classify(RD_KAFKA_RESP_ERR__TRANSPORT, again), FailureClass::Dns);
    const std::string noName = std::string("Failed to resolve 'x.invalid:9092': ") + gai_strerror(EAI_NONAME);
    EXPECT_EQ(KafkaConnectionCheck::classify(RD_KAFKA_RESP_ERR__TRANSPORT, noName), FailureClass::Dns);
}

TEST(KafkaConnectionCheck, ClassifiesTransportSecurityAndTopicErrors) {
    EXPECT_EQ(KafkaConnectionCheck::classify(RD_KAFKA_RESP_ERR__TRANSPORT,
                                             "Connect to ipv4#127.0.0.1:1 failed: Connection refused"),
              FailureClass::Refused);
    EXPECT_EQ(KafkaConnectionCheck::classify(RD_KAFKA_RESP_ERR__TRANSPORT,
                                             "Failed to initialize SASL authentication: SASL Handshake not supported"),
              FailureClass::Authentication);
    EXPECT_EQ(KafkaConnectionCheck::classify(RD_KAFKA_RESP_ERR_SASL_AUTHENTICATION_FAILED, "bad password"),
              FailureClass::Authentication);
    EXPECT_EQ(KafkaConnectionCheck::classify(RD_KAFKA_RESP_ERR__SSL, "certificate verify failed"),
              FailureClass::TlsVerification);
    EXPECT_EQ(KafkaConnectionCheck::classify(RD_KAFKA_RESP_ERR__TIMED_OUT, "Local: Timed out"), FailureClass::Timeout);
    EXPECT_EQ(KafkaConnectionCheck::classify(RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART, ""), FailureClass::TopicMissing);
}

TEST(MysqlConnectionCheck, ClassifiesClientAndServerErrors) {
    // CR_UNKNOWN_HOST carries getaddrinfo's code: -3 is EAI_AGAIN (the resolver did not answer).
    EXPECT_EQ(MysqlConnectionCheck::classify(2005, "Unknown server host 'db.example' (-3)"), FailureClass::Dns);
    EXPECT_EQ(MysqlConnectionCheck::classify(2005, "Unknown server host 'db.invalid' (-2)"), FailureClass::Dns);
    EXPECT_EQ(MysqlConnectionCheck::classify(2002, "Can't connect to server on '127.0.0.1' (111)"),
              FailureClass::Refused);
    EXPECT_EQ(MysqlConnectionCheck::classify(2002, "Can't connect to server on '10.0.0.1' (110)"),
              FailureClass::Timeout);
    EXPECT_EQ(MysqlConnectionCheck::classify(
                  2013, "Lost connection to server at 'handshake: reading initial communication packet', system error: 110"),
              FailureClass::Timeout);
    EXPECT_EQ(MysqlConnectionCheck::classify(1045, "Access denied for user 'sw'@'localhost' (using password: YES)"),
              FailureClass::Authentication);
    EXPECT_EQ(MysqlConnectionCheck::classify(2026, "SSL connection error: certificate verify failed"),
              FailureClass::TlsVerification);
    EXPECT_EQ(MysqlConnectionCheck::classify(1049, "Unknown database 'nope'"), FailureClass::TableMissing);
    EXPECT_EQ(MysqlConnectionCheck::classify(1146, "Table 'swtest.nope' doesn't exist"), FailureClass::TableMissing);
}

}  // namespace
}  // namespace sw::runtime
