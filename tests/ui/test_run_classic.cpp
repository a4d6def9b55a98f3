// Evidence for the safe preview (docs/run-panel.md): the classic example — Kafka orders -> TLS
// MySQL lookup of users -> COUNT and SUM per city -> upsert into a MySQL table — run from the
// designer against the test broker and MariaDB (scripts/start-services.sh). A preview writes
// nothing and moves no consumer group; the table it captured equals what a run that writes then
// puts into the real table, and both equal the totals computed here from the input.
#include <QTableWidget>
#include <QtTest>
#include <algorithm>
#include <cppconn/connection.h>
#include <map>
#include <mysql_driver.h>

#include "document/job_document.h"
#include "kafka_committed_offsets.h"
#include "kcat_client.h"
#include "mainwindow/main_window.h"
#include "model/job_file.h"
#include "mysql_admin.h"
#include "run/data_preview.h"
#include "run/run_options.h"
#include "run/run_secrets.h"
#include "run/run_session.h"
#include "test_endpoints.h"

using namespace sw::ui;
using sw::testing::TestEndpoints;

namespace {

constexpr int kOrders = 300;
constexpr int kUsers = 20;  // user ids 1..20 exist; orders also name 0 and 21..24 (no such user)

QString cityOf(int userId) {
    static const char* const cities[] = {"Hangzhou", "Shanghai", "Beijing", "Shenzhen"};
    return QString::fromLatin1(cities[userId % 4]);
}

// Cents, so the expected sums are exact.
int amountCents(int order) { return (order % 50) * 100 + 25; }
int userOf(int order) { return order % 25; }

// "city,order_count,revenue" per city, sorted: the COUNT(*) and SUM(amount) the job must reach.
QStringList expectedTotals() {
    std::map<QString, std::pair<long long, long long>> totals;
    for (int order = 0; order < kOrders; ++order) {
        const int user = userOf(order);
        const QString city = user >= 1 && user <= kUsers ? cityOf(user) : QStringLiteral("unknown");
        totals[city].first += 1;
        totals[city].second += amountCents(order);
    }
    QStringList lines;
    for (const auto& [city, total] : totals)
        lines << QStringLiteral("%1,%2,%3.%4").arg(city).arg(total.first).arg(total.second / 100).arg(total.second % 100, 2, 10, QLatin1Char('0'));
    return lines;
}

}  // namespace

class TestRunClassic : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StreamwrightTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_run_classic"));
        auto endpoints = TestEndpoints::fromEnvironment();
        QVERIFY2(endpoints.ok(), endpoints ? "" : endpoints.error().toString().c_str());
        if (!endpoints->mysql() || !endpoints->kafkaBootstrap()) {
            SW_QSKIP_OUTSIDE_CI("SW_TEST_MYSQL or SW_TEST_KAFKA is not set; run scripts/test.sh");
        }
        m_mysql = *endpoints->mysql();
        m_bootstrap = *endpoints->kafkaBootstrap();
        auto connectOptions = sw::testing::connectOptions(m_mysql, m_mysql.password);
        m_admin.reset(sql::mysql::get_mysql_driver_instance()->connect(connectOptions));
        m_database = QStringLiteral("swtest_classic_%1").arg(QCoreApplication::applicationPid()).toStdString();
        execute("DROP DATABASE IF EXISTS " + m_database);
        execute("CREATE DATABASE " + m_database);
        m_admin->setSchema(m_database);
        execute("CREATE TABLE users (id BIGINT PRIMARY KEY, user_name VARCHAR(32), city VARCHAR(32))");
        execute("CREATE TABLE city_stats (city VARCHAR(32) PRIMARY KEY, order_count BIGINT, revenue DECIMAL(38, 2))");
        for (int id = 1; id <= kUsers; ++id)
            execute(QStringLiteral("INSERT INTO users VALUES (%1, 'u%1', '%2')").arg(id).arg(cityOf(id)).toStdString());

        m_topic = sw::testing::KcatClient::uniqueTopic("classic");
        std::vector<std::string>& orders = m_orderMessages;
        for (int order = 0; order < kOrders; ++order)
            orders.push_back(QStringLiteral(R"(o%1:{"order_id":%1,"user_id":%2,"amount":%3.%4,"order_time":"2026-12-02 10:00:00"})")
                                 .arg(order).arg(userOf(order)).arg(amountCents(order) / 100).arg(amountCents(order) % 100, 2, 10, QLatin1Char('0'))
                                 .toStdString());
        const auto produced = sw::testing::KcatClient(m_bootstrap).produce(m_topic, orders);
        QVERIFY2(produced.ok(), produced ? "" : produced.error().toString().c_str());
    }

    void cleanupTestCase() {
        if (m_admin) execute("DROP DATABASE IF EXISTS " + m_database);
    }

    void aPreviewWritesNothingAndCapturesWhatARunThatWritesThenWrites() {
        MainWindow window;
        window.setRunProgram(QStringLiteral(SW_CLI_BINARY));
        const QString password = QString::fromStdString(m_mysql.password);
        window.setRunSecrets(std::make_unique<RunSecrets>(
            [password](const QString& name) -> std::optional<QString> {
                if (name == QStringLiteral("rds_password")) return password;
                return std::nullopt;
            },
            [](const QString&) { return std::optional<QString>(); }));
        window.setWriteConfirmation([](const QString&) { return true; });
        QVERIFY(window.openExample(QStringLiteral(":/examples/orders-enrichment.json")));
        window.document()->reset(pointedAtTheTestServices(window.document()->job()));
        QVERIFY(window.document()->diagnostics().empty() ||
                std::ranges::none_of(window.document()->diagnostics(),
                                     [](const auto& d) { return d.severity == sw::analysis::Severity::Error; }));

        // The job starts at its group's offsets, which this fresh group has none of: this run
        // starts at the earliest offset instead and ends at the topic's current end.
        RunOptions options;
        options.toCurrentEnd = true;
        options.optionOverrides["orders"]["scan.startup.mode"] = "earliest-offset";

        QVERIFY(window.runJob(options));
        QTRY_COMPARE_WITH_TIMEOUT(window.runSession()->state(), RunSession::State::Finished, 60000);
        QCOMPARE(window.runSession()->outcome(), sw::runtime::protocol::Outcome::Ok);
        QCOMPARE(query("SELECT COUNT(*) FROM city_stats"), QStringList{QStringLiteral("0")});
        QCOMPARE(sw::testing::committedOffsets(m_bootstrap, m_group, m_topic), -4LL);  // no partition committed
        const auto captured = window.runSession()->previews().find("city-sink");
        QVERIFY(captured != window.runSession()->previews().end());
        QCOMPARE(captured->second.mode, sw::runtime::protocol::NodePreview::Mode::Upsert);
        QStringList capturedRows;
        for (const auto& row : captured->second.rows) {
            QStringList cells;
            for (const auto& cell : row) cells << (cell ? QString::fromStdString(*cell) : QStringLiteral("NULL"));
            capturedRows << cells.join(QLatin1Char(','));
        }
        capturedRows.sort();
        QCOMPARE(capturedRows, expectedTotals());
        // What the user sees: the sink selected, Data Preview shows the captured table.
        window.document()->setSelectedNodeIds({QStringLiteral("city-sink")});
        QCOMPARE(window.dataPreview()->rowsTable()->rowCount(), int(expectedTotals().size()));
        // The lookup's newest rows, each marked hit or miss: users 1..20 exist, 0 and 21..24 not.
        window.document()->setSelectedNodeIds({QStringLiteral("users")});
        const QTableWidget* lookupRows = window.dataPreview()->rowsTable();
        QCOMPARE(lookupRows->horizontalHeaderItem(0)->text(), QStringLiteral("Lookup"));
        int userColumn = -1;
        for (int c = 0; c < lookupRows->columnCount(); ++c)
            if (lookupRows->horizontalHeaderItem(c)->text() == QStringLiteral("user_id")) userColumn = c;
        QVERIFY(userColumn > 0 && lookupRows->rowCount() > 0);
        QSet<QString> seen;
        for (int r = 0; r < lookupRows->rowCount(); ++r) {
            const int user = lookupRows->item(r, userColumn)->text().toInt();
            const QString expected = user >= 1 && user <= kUsers ? QStringLiteral("hit") : QStringLiteral("miss");
            QCOMPARE(lookupRows->item(r, 0)->text(), expected);
            seen << expected;
        }
        QCOMPARE(seen.size(), 2);  // the last rows hold both
        // Network bytes through the run protocol: the source read every message's key and value;
        // the lookup's server counted the session's traffic.
        const auto metrics = window.runSession()->latestMetrics();
        QVERIFY(metrics);
        std::uint64_t orderBytes = 0;
        for (int order = 0; order < kOrders; ++order) orderBytes += m_orderMessages[order].size() - 1;  // without kcat's ':'
        const auto orders = std::ranges::find(metrics->nodes, std::string("orders"), &sw::runtime::NodeMetrics::nodeId);
        const auto users = std::ranges::find(metrics->nodes, std::string("users"), &sw::runtime::NodeMetrics::nodeId);
        QVERIFY(orders != metrics->nodes.end() && users != metrics->nodes.end());
        QCOMPARE(orders->bytesRead, orderBytes);
        QVERIFY(users->bytesRead > 0 && users->bytesWritten > 0);

        options.writeToSinks = true;
        QVERIFY(window.runJob(options));
        QTRY_COMPARE_WITH_TIMEOUT(window.runSession()->state(), RunSession::State::Finished, 60000);
        QCOMPARE(window.runSession()->outcome(), sw::runtime::protocol::Outcome::Ok);
        QStringList written = query("SELECT city, order_count, revenue FROM city_stats");
        written.sort();
        QCOMPARE(written, capturedRows);
        QCOMPARE(sw::testing::committedOffsets(m_bootstrap, m_group, m_topic), static_cast<long long>(kOrders));
    }

private:
    sw::model::JobGraph pointedAtTheTestServices(sw::model::JobGraph job) {
        m_group = "sw-classic-" + m_topic;
        sw::model::Node* orders = job.findNode("orders");
        orders->options["bootstrap.servers"] = m_bootstrap;
        orders->options["topic"] = m_topic;
        orders->options["group.id"] = m_group;
        orders->options["security.protocol"] = "PLAINTEXT";  // the mock broker has no SASL
        std::erase_if(orders->options, [](const auto& option) { return option.first.starts_with("sasl."); });
        for (const char* id : {"users", "city-sink"}) {
            sw::model::Node* node = job.findNode(id);
            node->options["hostname"] = m_mysql.host;
            node->options["port"] = std::to_string(m_mysql.port);
            node->options["database-name"] = m_database;
            node->options["username"] = m_mysql.user;
            node->options["ssl.ca"] = m_mysql.properties.at("sslCA");
        }
        return job;
    }

    void execute(const std::string& statement) { sw::testing::executeSql(*m_admin, statement); }
    QStringList query(const std::string& statement) {
        QStringList lines;
        for (const std::string& line : sw::testing::queryLines(*m_admin, statement)) lines << QString::fromStdString(line);
        return lines;
    }

    sw::testing::MysqlEndpoint m_mysql;
    std::string m_bootstrap;
    std::unique_ptr<sql::Connection> m_admin;
    std::string m_database;
    std::string m_topic;
    std::string m_group;
    std::vector<std::string> m_orderMessages;  // "key:value" as kcat wrote them
};

QTEST_MAIN(TestRunClassic)
#include "test_run_classic.moc"
