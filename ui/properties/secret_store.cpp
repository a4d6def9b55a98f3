#include "properties/secret_store.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QTimer>

namespace sw::ui {

SecretStore& SecretStore::instance() {
    static SecretStore store;
    return store;
}

bool SecretStore::keychainUsable() const {
#if defined(Q_OS_LINUX)
    // Secret Service and KWallet are both reached over the D-Bus session bus.
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) return false;
#endif
    return m_enabled && m_keychainFailure.isEmpty();
}

void SecretStore::setKeychainEnabled(bool enabled) { m_enabled = enabled; }

void SecretStore::store(const QString& name, const QString& value) {
    if (!keychainUsable()) {
        keepInMemory(name, value,
                     m_keychainFailure.isEmpty() ? tr("no system keychain is available") : m_keychainFailure);
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);  // the fallback would write the value into a plain settings file
    job->setKey(name);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, [this, job, name, value] {
        if (job->error() == QKeychain::NoError) {
            m_session.remove(name);
            m_known.insert(name, true);
            emit stored(name, true, tr("Stored in the system keychain as '%1'.").arg(name));
            return;
        }
        m_keychainFailure = tr("the system keychain failed: %1").arg(job->errorString());
        keepInMemory(name, value, m_keychainFailure);
    });
    job->start();
}

std::optional<QString> SecretStore::sessionValue(const QString& name) const {
    const auto found = m_session.find(name);
    if (found == m_session.end()) return std::nullopt;
    return *found;
}

std::optional<QString> SecretStore::read(const QString& name) const {
    if (auto value = sessionValue(name)) return value;
    if (!keychainUsable()) return std::nullopt;
    QKeychain::ReadPasswordJob job(serviceName());
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(name);
    QEventLoop loop;
    bool answered = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        answered = true;
        loop.quit();
    });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);  // a keychain that never answers
    job.start();
    loop.exec();
    if (!answered || job.error() != QKeychain::NoError) return std::nullopt;
    return job.textData();
}

void SecretStore::keepInMemory(const QString& name, const QString& value, const QString& reason) {
    m_session.insert(name, value);
    m_known.insert(name, false);
    emit stored(name, false,
                tr("Kept in memory for this session only (%1); it will be asked again after a restart.").arg(reason));
}

}  // namespace sw::ui
