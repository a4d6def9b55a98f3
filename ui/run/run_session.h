#pragma once
// RunSession: one local run in its own process (`streamwright-cli run - --events`), spoken to
// over the JSON-lines protocol of core/runtime/protocol/run_protocol.h. A crash of the run process
// ends the session with a message; the designer keeps working.

#include <QObject>
#include <QProcess>
#include <QString>
#include <map>
#include <optional>
#include <string>

#include "model/job_graph.h"
#include "runtime/metrics/metrics_snapshot.h"
#include "runtime/protocol/run_protocol.h"

class QTimer;

namespace sw::ui {

class RunSession : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Starting, Running, Stopping, Finished };
    // How much lower than the designer's the run process's scheduling priority is (nice).
    static constexpr int kRunNiceness = 5;

    explicit RunSession(QString cliPath, QObject* parent = nullptr);
    ~RunSession() override;

    // Starts the run process and hands it the job and the secrets on its standard input.
    // `arguments` follow `run - --events` (RunOptions::arguments()).
    void start(const model::JobGraph& job, const std::map<std::string, std::string>& secrets,
               const QStringList& arguments = {});
    void setProgram(const QString& cliPath) { m_cliPath = cliPath; }
    void stop();    // with a final checkpoint when the job checkpoints
    void cancel();  // at once, without one

    State state() const { return m_state; }
    // The streamwright-cli arguments of the newest run (after `run - --events`).
    const QStringList& arguments() const { return m_arguments; }
    bool isActive() const { return m_state == State::Starting || m_state == State::Running || m_state == State::Stopping; }
    // The newest metrics the run reported; the run panel polls it.
    const std::optional<runtime::MetricsSnapshot>& latestMetrics() const { return m_latest; }
    // Counts the metrics events received, so a poller can tell a new snapshot from the last one.
    quint64 metricsGeneration() const { return m_generation; }
    // The newest rows each node reported (by node id): its output, or what a preview captured.
    const std::map<std::string, runtime::protocol::NodePreview>& previews() const { return m_previews; }
    runtime::protocol::Outcome outcome() const { return m_outcome; }
    QString outcomeMessage() const { return m_outcomeMessage; }
    qint64 processId() const { return m_process ? m_process->processId() : 0; }

    static QString stateText(State state);
    static constexpr int kOutputLinesPerChunk = 100;
    static constexpr int kCancelGraceMillis = 10000;  // after Cancel, before the process is killed

signals:
    void stateChanged(sw::ui::RunSession::State state);
    void logged(sw::runtime::protocol::LogLevel level, const QString& node, const QString& message);
    void finished(sw::runtime::protocol::Outcome outcome, const QString& message, const QString& location);
    void previewChanged(const QString& nodeId);

private:
    void setState(State state);
    void readEvents();
    void readErrorOutput();
    void handle(const runtime::protocol::Event& event);
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);
    void finish(runtime::protocol::Outcome outcome, const QString& message, const QString& location);
    void send(const std::string& line);

    QString m_cliPath;
    QProcess* m_process = nullptr;
    QByteArray m_pendingOut;
    QByteArray m_pendingErr;
    State m_state = State::Idle;
    std::optional<runtime::MetricsSnapshot> m_latest;
    std::map<std::string, runtime::protocol::NodePreview> m_previews;
    QStringList m_arguments;
    quint64 m_generation = 0;
    bool m_finishedReported = false;
    std::optional<runtime::protocol::Event> m_reported;  // the run's own "finished", until its process ends
    QTimer* m_killTimer;
    runtime::protocol::Outcome m_outcome = runtime::protocol::Outcome::Ok;
    QString m_outcomeMessage;
};

}  // namespace sw::ui
