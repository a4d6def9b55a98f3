#include "run/run_history.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>

#include "run/run_session.h"
#include "runtime/metrics/metrics_snapshot.h"

namespace sw::ui {

namespace {

enum Column { Started, Kind, Duration, Health, Read, Written, ColumnCount };

QString outcomeText(runtime::protocol::Outcome outcome) {
    switch (outcome) {
    case runtime::protocol::Outcome::Ok: return RunHistory::tr("finished");
    case runtime::protocol::Outcome::Failed: return RunHistory::tr("failed");
    case runtime::protocol::Outcome::Cancelled: return RunHistory::tr("cancelled");
    case runtime::protocol::Outcome::Refused: return RunHistory::tr("refused");
    }
    return {};
}

}  // namespace

RunHistory::RunHistory(RunSession* session, QWidget* parent) : QTreeWidget(parent), m_session(session) {
    setObjectName(QStringLiteral("runHistory"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("Started"), tr("Run"), tr("Duration"), tr("Health"), tr("Rows read"), tr("Rows written")});
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_session, &RunSession::stateChanged, this, &RunHistory::onStateChanged);
}

void RunHistory::onStateChanged() {
    const RunSession::State state = m_session->state();
    if (state == RunSession::State::Starting) {
        const QStringList& arguments = m_session->arguments();
        QString kind = arguments.contains(QStringLiteral("--preview")) ? tr("Preview") : tr("Writes to sinks");
        if (arguments.contains(QStringLiteral("--resume"))) kind += tr(", restarted from a checkpoint");
        m_current = new QTreeWidgetItem;
        m_current->setText(Started, QLocale().toString(QDateTime::currentDateTime().time(), QLocale::ShortFormat));
        m_current->setText(Kind, kind);
        m_current->setText(Health, tr("starting"));
        insertTopLevelItem(0, m_current);
        while (topLevelItemCount() > kMaxRuns) delete takeTopLevelItem(topLevelItemCount() - 1);
        return;
    }
    if (!m_current) return;
    if (state == RunSession::State::Running) m_current->setText(Health, tr("running"));
    if (state == RunSession::State::Stopping) m_current->setText(Health, tr("stopping"));
    if (state == RunSession::State::Finished) {
        m_current->setText(Health, outcomeText(m_session->outcome()));
        m_current->setToolTip(Health, m_session->outcomeMessage());
        if (m_session->outcome() != runtime::protocol::Outcome::Ok) m_current->setForeground(Health, QBrush(Qt::darkRed));
    }
}

void RunHistory::update(const runtime::MetricsSnapshot& snapshot) {
    if (!m_current) return;
    m_current->setText(Duration, tr("%1 s").arg(QLocale().toString(snapshot.elapsedSeconds, 'f', 1)));
    m_current->setText(Read, QLocale().toString(static_cast<qulonglong>(snapshot.sourceRecords())));
    m_current->setText(Written, QLocale().toString(static_cast<qulonglong>(snapshot.sinkRecords())));
}

}  // namespace sw::ui
