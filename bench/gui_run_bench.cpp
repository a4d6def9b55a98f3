// A run started from the designer, as a user starts it (Run Preview: its own process, events
// over a pipe, charts and canvas updated from the snapshots), measured from the designer's side:
// the records/s the run reached (source records over elapsed seconds of its last snapshot) and
// how long the designer's event loop went without running, from a 5 ms timer's gaps while the
// run was active. A plain timed program: prints one line per run.
// With CLI "-" the designer opens the job and starts nothing: its event loop's gaps over SECONDS
// are the baseline of a designer that draws no run while the machine is as busy (the script
// runs the CLI beside it).
// usage: sw_bench_gui_run JOB SECONDS CLI|-
#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

#include "document/job_document.h"
#include "mainwindow/main_window.h"
#include "run/run_options.h"
#include "run/run_secrets.h"
#include "run/run_session.h"

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: %s JOB SECONDS CLI\n", argv[0]);
        return 2;
    }
    sw::ui::MainWindow window;
    window.setRunProgram(QString::fromLocal8Bit(argv[3]));
    window.setRunSecrets(std::make_unique<sw::ui::RunSecrets>([](const QString&) { return std::optional<QString>(); },
                                                             [](const QString&) { return std::optional<QString>(); }));
    window.resize(1600, 1000);
    window.show();
    if (!window.openFile(QString::fromLocal8Bit(argv[1]))) return 1;

    constexpr int kTickMillis = 5;
    std::vector<double> gaps;  // ms between timer ticks while the run is active
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(kTickMillis);
    const bool idle = QString::fromLocal8Bit(argv[3]) == QStringLiteral("-");
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        if ((idle || window.runSession()->state() == sw::ui::RunSession::State::Running) && sinceTick.isValid())
            gaps.push_back(double(sinceTick.nsecsElapsed()) / 1e6);
        sinceTick.restart();
    });
    QObject::connect(window.runSession(), &sw::ui::RunSession::finished, &app, &QApplication::quit);
    ticker.start();

    const double seconds = QString::fromLocal8Bit(argv[2]).toDouble();
    sw::ui::RunOptions options;
    options.durationSeconds = seconds;
    QTimer::singleShot(0, [&] {
        if (idle) QTimer::singleShot(int(seconds * 1000), &app, &QApplication::quit);
        else if (!window.runJob(options)) app.exit(1);
    });
    if (app.exec() != 0 || (!idle && !window.runSession()->latestMetrics())) return 1;
    double recordsPerSecond = 0;
    if (const auto& metrics = window.runSession()->latestMetrics())
        recordsPerSecond = double(metrics->sourceRecords()) / metrics->elapsedSeconds;
    std::sort(gaps.begin(), gaps.end());
    const double p99 = gaps.empty() ? 0 : gaps[gaps.size() * 99 / 100];
    const double worst = gaps.empty() ? 0 : gaps.back();
    std::printf("records/s %.0f  event-loop gaps over %zu ticks: p99 %.1f ms, max %.1f ms (timer %d ms)\n",
                recordsPerSecond, gaps.size(), p99, worst, kTickMillis);
    return 0;
}
