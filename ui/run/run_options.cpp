#include "run/run_options.h"

#include <QCryptographicHash>
#include <QDir>
#include <QObject>
#include <QStandardPaths>

namespace sw::ui {

QStringList RunOptions::arguments() const {
    QStringList args;
    if (!writeToSinks) args << QStringLiteral("--preview");
    if (maxRecords) args << QStringLiteral("--max-records") << QString::number(*maxRecords);
    if (toCurrentEnd) args << QStringLiteral("--to-current-end");
    if (durationSeconds) args << QStringLiteral("--duration") << QString::number(*durationSeconds);
    if (!profile.isEmpty()) args << QStringLiteral("--profile") << profile;
    if (!checkpointDir.isEmpty()) {
        args << QStringLiteral("--checkpoint-dir") << checkpointDir;
        if (resume) args << QStringLiteral("--resume");
    }
    return args;
}

model::JobGraph RunOptions::jobToRun(const model::JobGraph& job) const {
    model::JobGraph run = job;
    for (const auto& [nodeId, values] : optionOverrides) {
        model::Node* node = run.findNode(nodeId);
        if (!node) continue;
        for (const auto& [key, value] : values) node->options[key] = value;
    }
    return run;
}

QStringList RunOptions::overridesText(const model::JobGraph& job) const {
    QStringList lines;
    for (const auto& [nodeId, values] : optionOverrides) {
        const model::Node* node = job.findNode(nodeId);
        if (!node) continue;
        QStringList settings;
        for (const auto& [key, value] : values)
            settings << QStringLiteral("%1 = %2").arg(QString::fromStdString(key), QString::fromStdString(value));
        lines << QObject::tr("For this run, %1 reads with %2.")
                     .arg(QString::fromStdString(node->name.empty() ? node->id : node->name), settings.join(QStringLiteral(", ")));
    }
    if (toCurrentEnd) lines << QObject::tr("For this run, Kafka sources read to the topics' current end, then stop.");
    return lines;
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
