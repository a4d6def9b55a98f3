#include "run/run_session.h"

#include <unistd.h>

#include <QTimer>

namespace sw::ui {

namespace protocol = runtime::protocol;

RunSession::RunSession(QString cliPath, QObject* parent)
    : QObject(parent), m_cliPath(std::move(cliPath)), m_killTimer(new QTimer(this)) {
    m_killTimer->setSingleShot(true);
    m_killTimer->setInterval(kCancelGraceMillis);
    connect(m_killTimer, &QTimer::timeout, this, [this] {
        if (m_process && m_process->state() != QProcess::NotRunning) m_process->kill();
    });
}

RunSession::~RunSession() {
    if (m_process && m_process->state() != QProcess::NotRunning) {
        // The designer is closing: the run must not outlive it.
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(3000);
    }
}

QString RunSession::stateText(State state) {
    switch (state) {
    case State::Idle: return tr("Not running");
    case State::Starting: return tr("Starting");
    case State::Running: return tr("Running");
    case State::Stopping: return tr("Stopping");
    case State::Finished: return tr("Finished");
    }
    return {};
}

void RunSession::setState(State state) {
    if (m_state == state) return;
    m_state = state;
    emit stateChanged(state);
}

void RunSession::start(const model::JobGraph& job, const std::map<std::string, std::string>& secrets,
                       const QStringList& arguments) {
    if (isActive()) return;
    if (m_process) {
        // The previous run has reported its end, but its process may still be exiting: it must not
        // speak for the new run, and it is deleted once it is gone.
        m_process->disconnect(this);
        if (m_process->state() == QProcess::NotRunning) {
            m_process->deleteLater();
        } else {
            connect(m_process, &QProcess::finished, m_process, &QObject::deleteLater);
            m_process->closeWriteChannel();
        }
    }
    m_process = new QProcess(this);
    // The run works flat out on every core; a lower priority lets the designer's event loop go
    // first when both want a core, so charts, canvas and menus stay responsive (bench/gui_run_bench.sh).
    m_process->setChildProcessModifier([] { static_cast<void>(::nice(kRunNiceness)); });
    m_pendingOut.clear();
    m_pendingErr.clear();
    m_latest.reset();
    m_previews.clear();
    m_generation = 0;
    m_finishedReported = false;
    m_reported.reset();
    m_outcome = protocol::Outcome::Ok;
    m_outcomeMessage.clear();
    connect(m_process, &QProcess::readyReadStandardOutput, this, &RunSession::readEvents);
    connect(m_process, &QProcess::readyReadStandardError, this, &RunSession::readErrorOutput);
    connect(m_process, &QProcess::finished, this, &RunSession::onProcessFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(protocol::Outcome::Failed, tr("The run process could not be started: %1").arg(m_process->errorString()), {});
    });
    m_arguments = arguments;
    setState(State::Starting);
    m_process->start(m_cliPath, QStringList{QStringLiteral("run"), QStringLiteral("-"), QStringLiteral("--events")} + arguments);
    // The secrets go through the pipe only: never onto the command line or into a file.
    send(protocol::requestLine({job, secrets}));
}

void RunSession::send(const std::string& line) {
    if (!m_process || m_process->state() == QProcess::NotRunning) return;
    m_process->write(line.data(), static_cast<qint64>(line.size()));
    m_process->write("\n", 1);
}

void RunSession::stop() {
    if (!isActive()) return;
    setState(State::Stopping);
    send(protocol::commandLine(protocol::Command::Stop));
}

void RunSession::cancel() {
    if (!isActive()) return;
    if (m_state == State::Stopping && m_killTimer->isActive()) {
        m_process->kill();  // a second Cancel does not wait
        return;
    }
    setState(State::Stopping);
    send(protocol::commandLine(protocol::Command::Cancel));
    // A run that does not end after a cancel (stuck in a close or a flush) is ended by force.
    m_killTimer->start();
}

void RunSession::readEvents() {
    m_pendingOut += m_process->readAllStandardOutput();
    qsizetype end = 0;
    while ((end = m_pendingOut.indexOf('\n')) >= 0) {
        const QByteArray line = m_pendingOut.left(end);
        m_pendingOut.remove(0, end + 1);
        if (line.trimmed().isEmpty()) continue;
        auto event = protocol::parseEventLine(std::string_view(line.constData(), static_cast<std::size_t>(line.size())));
        if (!event) {
            emit logged(protocol::LogLevel::Warning, {},
                        tr("Unreadable message from the run process: %1").arg(QString::fromStdString(event.error().toString())));
            continue;
        }
        handle(*event);
    }
}

// The run's standard error carries what print sinks write and the runtime's own remarks. A print
// sink at full speed writes far more than anyone can read: of each chunk, the last lines are shown.
void RunSession::readErrorOutput() {
    m_pendingErr += m_process->readAllStandardError();
    const qsizetype complete = m_pendingErr.lastIndexOf('\n');
    if (complete < 0) return;
    QList<QByteArray> lines = m_pendingErr.left(complete).split('\n');
    m_pendingErr.remove(0, complete + 1);
    lines.removeAll(QByteArray());
    if (lines.size() > kOutputLinesPerChunk) {
        emit logged(protocol::LogLevel::Info, {}, tr("(%n line(s) of output not shown)", nullptr, int(lines.size() - kOutputLinesPerChunk)));
        lines = lines.mid(lines.size() - kOutputLinesPerChunk);
    }
    for (const QByteArray& line : lines) emit logged(protocol::LogLevel::Info, {}, QString::fromUtf8(line));
}

void RunSession::handle(const protocol::Event& event) {
    switch (event.kind) {
    case protocol::Event::Kind::Log:
        emit logged(event.level, QString::fromStdString(event.node), QString::fromStdString(event.message));
        break;
    case protocol::Event::Kind::Started:
        if (m_state == State::Starting) setState(State::Running);
        break;
    case protocol::Event::Kind::Metrics:
        m_latest = event.metrics;
        ++m_generation;
        break;
    case protocol::Event::Kind::Preview:
        m_previews[event.preview.node] = event.preview;
        emit previewChanged(QString::fromStdString(event.preview.node));
        break;
    case protocol::Event::Kind::Finished:
        // The run has reported its end, but its process still releases the checkpoint folder's
        // lock and its Kafka clients: the session ends when the process does.
        m_reported = event;
        break;
    }
}

void RunSession::onProcessFinished(int exitCode, QProcess::ExitStatus status) {
    readEvents();
    readErrorOutput();
    // An unfinished last line (a crash's last words often have no newline) still counts.
    if (!m_pendingErr.isEmpty()) emit logged(protocol::LogLevel::Info, {}, QString::fromUtf8(m_pendingErr));
    m_pendingErr.clear();
    m_killTimer->stop();
    if (m_finishedReported) return;
    if (m_reported) {
        finish(m_reported->outcome, QString::fromStdString(m_reported->message),
               QString::fromStdString(m_reported->location));
    } else if (status == QProcess::CrashExit) {
        finish(protocol::Outcome::Failed, tr("The run process crashed; the designer and the job are unaffected."), {});
    } else {
        finish(protocol::Outcome::Failed, tr("The run process ended without a result (exit code %1).").arg(exitCode), {});
    }
}

void RunSession::finish(protocol::Outcome outcome, const QString& message, const QString& location) {
    if (m_finishedReported) return;
    m_finishedReported = true;
    m_outcome = outcome;
    m_outcomeMessage = location.isEmpty() ? message : location + QStringLiteral(": ") + message;
    setState(State::Finished);
    emit finished(outcome, message, location);
}

}  // namespace sw::ui
