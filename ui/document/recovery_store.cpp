#include "document/recovery_store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <algorithm>
#include <cerrno>
#include <csignal>

#include "model/job_file.h"

namespace sw::ui {

namespace {

constexpr auto kFormat = "streamwright-recovery/1";

// A process id names another process after a reboot, so a file from another boot is an orphan
// whatever runs under its id now.
QString bootId() {
    QFile file(QStringLiteral("/proc/sys/kernel/random/boot_id"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).trimmed() : QString();
}

}  // namespace

RecoveryStore::RecoveryStore(QString directory, qint64 ownerPid)
    : m_directory(std::move(directory)), m_ownerPid(ownerPid) {}

QString RecoveryStore::defaultDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

qint64 RecoveryStore::currentPid() { return QCoreApplication::applicationPid(); }

QString RecoveryStore::ownFile() const {
    return QDir(m_directory).filePath(QStringLiteral("job-%1.json").arg(m_ownerPid));
}

QString RecoveryStore::write(const model::JobGraph& job, const QString& jobFile) const {
    if (!QDir().mkpath(m_directory)) return QObject::tr("cannot create %1").arg(m_directory);
    // The job is kept as the exact text a save would write: it holds secret references only,
    // never their values, like any job file.
    const QJsonObject record{
        {QStringLiteral("format"), QString::fromLatin1(kFormat)},
        {QStringLiteral("pid"), m_ownerPid},
        {QStringLiteral("boot"), bootId()},
        // Absolute: the next start may run from another working directory.
        {QStringLiteral("jobFile"), jobFile.isEmpty() ? QString() : QFileInfo(jobFile).absoluteFilePath()},
        {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("job"), QString::fromStdString(model::serializeJob(job))},
    };
    QSaveFile file(ownFile());
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(record).toJson()) < 0 || !file.commit())
        return QStringLiteral("%1: %2").arg(ownFile(), file.errorString());
    return {};
}

void RecoveryStore::removeOwn() const { QFile::remove(ownFile()); }

std::vector<RecoveryStore::Entry> RecoveryStore::orphans(QStringList* unreadable) const {
    std::vector<Entry> found;
    const QString boot = bootId();
    const QDir dir(m_directory);
    for (const QString& name : dir.entryList({QStringLiteral("job-*.json")}, QDir::Files)) {
        const QString path = dir.filePath(name);
        QFile file(path);
        const QJsonObject record =
            file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
        const qint64 pid = record.value(QStringLiteral("pid")).toInteger(-1);
        auto job = model::parseJob(record.value(QStringLiteral("job")).toString().toStdString());
        if (record.value(QStringLiteral("format")).toString() != QLatin1String(kFormat) || pid < 0 || !job) {
            if (unreadable) unreadable->append(path);
            continue;
        }
        const bool sameBoot = record.value(QStringLiteral("boot")).toString() == boot;
        if (pid == m_ownerPid || (sameBoot && processRuns(pid))) continue;
        found.push_back({path, record.value(QStringLiteral("jobFile")).toString(),
                         QDateTime::fromString(record.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs),
                         std::move(job).value()});
    }
    std::ranges::sort(found, [](const Entry& a, const Entry& b) { return a.savedAt > b.savedAt; });
    return found;
}

void RecoveryStore::discard(const Entry& entry) { QFile::remove(entry.recoveryFile); }

bool RecoveryStore::processRuns(qint64 pid) {
    // Signal 0 only asks whether the process exists; EPERM means it exists under another user.
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

}  // namespace sw::ui
