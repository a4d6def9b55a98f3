#include "run/process_usage.h"

#include <QFile>
#include <QList>
#include <unistd.h>

namespace sw::ui {

std::optional<ProcessUsage::Sample> ProcessUsage::sample(qint64 pid) {
#if defined(Q_OS_LINUX)
    if (pid <= 0) return std::nullopt;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    QFile statm(QStringLiteral("/proc/%1/statm").arg(pid));
    if (!stat.open(QIODevice::ReadOnly) || !statm.open(QIODevice::ReadOnly)) return std::nullopt;
    // The command name may hold spaces: the fields are counted after its closing parenthesis.
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const QList<QByteArray> memory = statm.readAll().split(' ');
    if (fields.size() < 13 || memory.size() < 2) return std::nullopt;
    const unsigned long long ticks = fields[11].toULongLong() + fields[12].toULongLong();  // utime + stime
    Sample sample;
    sample.residentMegabytes = double(memory[1].toULongLong()) * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
    if (pid == m_pid && m_clock.isValid() && m_clock.elapsed() > 0) {
        const double seconds = double(m_clock.elapsed()) / 1000.0;
        sample.cpuPercent = 100.0 * double(ticks - m_lastTicks) / double(sysconf(_SC_CLK_TCK)) / seconds;
    }
    m_pid = pid;
    m_lastTicks = ticks;
    m_clock.restart();
    return sample;
#else
    Q_UNUSED(pid);
    return std::nullopt;
#endif
}

}  // namespace sw::ui
