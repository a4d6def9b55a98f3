#pragma once
// SecretStore: puts secret values into the system keychain (service "streamwright", key = the
// secret's name); without a usable keychain it keeps them in memory for this session only.
// Values never go to the job, to QSettings or to a log.

#include <QHash>
#include <QObject>
#include <QString>
#include <optional>

namespace sw::ui {

class SecretStore : public QObject {
    Q_OBJECT
public:
    static SecretStore& instance();

    // False without a session bus (offscreen tests, headless), after a keychain failure, or when
    // disabled; then store() keeps the value in memory.
    bool keychainUsable() const;
    void setKeychainEnabled(bool enabled);  // tests and "do not use the keychain" setups

    // Asynchronous when the keychain is used; `stored` reports where the value went.
    void store(const QString& name, const QString& value);
    // A value kept in memory for this session (only when the keychain was not usable).
    std::optional<QString> sessionValue(const QString& name) const;
    bool holds(const QString& name) const { return m_known.contains(name); }
    // The value stored under `name`: this session's memory, else the keychain (waits for it, a
    // few seconds at most); nothing when neither has it.
    std::optional<QString> read(const QString& name) const;

    static QString serviceName() { return QStringLiteral("streamwright"); }

signals:
    void stored(const QString& name, bool inKeychain, const QString& note);

private:
    SecretStore() = default;
    void keepInMemory(const QString& name, const QString& value, const QString& reason);

    QHash<QString, QString> m_session;
    QHash<QString, bool> m_known;  // names stored during this session -> in keychain
    bool m_enabled = true;
    QString m_keychainFailure;
};

}  // namespace sw::ui
