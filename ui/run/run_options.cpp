#include "run/run_options.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

namespace sw::ui {

QStringList RunOptions::arguments() const {
    QStringList args;
    if (!writeToSinks) args << QStringLiteral("--preview");
    if (maxRecords) args << QStringLiteral("--max-records") << QString::number(*maxRecords);
    if (durationSeconds) args << QStringLiteral("--duration") << QString::number(*durationSeconds);
    if (!checkpointDir.isEmpty()) {
        args << QStringLiteral("--checkpoint-dir") << checkpointDir;
        if (resume) args << QStringLiteral("--resume");
    }
    return args;
}

QString RunOptions::checkpointDirFor(const QString& jobPath, const QString& jobName, bool writeToSinks) {
    // A short stable name per job: the same job file always finds its checkpoints again.
    const QByteArray identity = (jobPath.isEmpty() ? QStringLiteral("unsaved:") + jobName : jobPath).toUtf8();
    const QString key = QString::fromLatin1(QCryptographicHash::hash(identity, QCryptographicHash::Sha1).toHex().left(16));
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(base).filePath(QStringLiteral("checkpoints/%1/%2").arg(key, writeToSinks ? QStringLiteral("write")
                                                                                        : QStringLiteral("preview")));
}

bool RunOptions::hasCheckpoint(const QString& dir) {
    return !dir.isEmpty() &&
           !QDir(dir).entryList({QStringLiteral("chk-*")}, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot).isEmpty();
}

}  // namespace sw::ui
