#pragma once
// ProcessUsage: CPU share and resident memory of another process (the run), from /proc on Linux;
// nothing elsewhere or once the process is gone.

#include <QElapsedTimer>
#include <QtGlobal>
#include <optional>

namespace sw::ui {

class ProcessUsage {
public:
    struct Sample {
        double cpuPercent = 0;  // of one core, since the previous sample
        double residentMegabytes = 0;
    };

    // A sample of `pid`; the first one after another pid has no CPU share yet (0).
    std::optional<Sample> sample(qint64 pid);

private:
    qint64 m_pid = 0;
    unsigned long long m_lastTicks = 0;
    QElapsedTimer m_clock;
};

}  // namespace sw::ui
