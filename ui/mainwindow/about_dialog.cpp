#include "mainwindow/about_dialog.h"

#include <librdkafka/rdkafka.h>
#include <mysql_driver.h>

#include <QMessageBox>
#include <QString>
#include <QtGlobal>

namespace sw::ui {

namespace {

QString connectorCppVersion() {
    sql::mysql::MySQL_Driver* driver = sql::mysql::get_mysql_driver_instance();
    if (!driver) return QObject::tr("unavailable");
    return QStringLiteral("%1.%2.%3")
        .arg(driver->getMajorVersion())
        .arg(driver->getMinorVersion())
        .arg(driver->getPatchVersion());
}

}  // namespace

void showAboutDialog(QWidget* parent) {
    QMessageBox::about(parent, QObject::tr("About Streamwright"),
                       QObject::tr("<h3>Streamwright %1</h3>"
                                   "<p>Designer for Flink SQL streaming jobs on Alibaba Cloud Realtime Compute "
                                   "and Apache Flink.</p>"
                                   "<table>"
                                   "<tr><td>Qt</td><td>%2 (built with %3)</td></tr>"
                                   "<tr><td>librdkafka</td><td>%4</td></tr>"
                                   "<tr><td>MySQL Connector/C++</td><td>%5</td></tr>"
                                   "</table>")
                           .arg(QStringLiteral(SW_VERSION), QString::fromLatin1(qVersion()),
                                QStringLiteral(QT_VERSION_STR), QString::fromLatin1(rd_kafka_version_str()),
                                connectorCppVersion()));
}

}  // namespace sw::ui
