// streamwright: the designer. `--headless` does the same job work without a window.
#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <algorithm>
#include <iostream>

#include "cli/cli_commands.h"
#include "i18n/translations.h"
#include "mainwindow/main_window.h"
#include "model/job_file.h"
#include "runtime/engine/plan.h"

namespace {

// Headless: validate the job, print its SQL (export is refused while it has errors), then run it
// on the embedded runtime for `duration` seconds when the local runtime can run every node.
int runHeadless(const std::string& jobFile, const std::string& dialect, const std::string& duration) {
    std::cout << "== Validation ==\n" << std::flush;
    const int validity = sw::cli::runCli({"validate", jobFile, "--dialect", dialect}, std::cout, std::cout);
    if (validity != sw::cli::kExitOk) return validity;
    std::cout << "\n== Flink SQL (" << dialect << ") ==\n" << std::flush;
    const int exported = sw::cli::runCli({"sql", jobFile, "--dialect", dialect}, std::cout, std::cerr);
    if (exported != sw::cli::kExitOk) return exported;

    auto job = sw::model::loadJobFile(jobFile);
    if (!job) return sw::cli::kExitInvalid;
    if (auto plan = sw::runtime::Plan::build(*job); !plan) {
        std::cout << "\n== Local run skipped: " << plan.error().toString() << " ==\n";
        return sw::cli::kExitOk;
    }
    std::cout << "\n== Local run (" << duration << " s, metrics on stderr) ==\n" << std::flush;
    return sw::cli::runCli({"run", jobFile, "--dialect", dialect, "--duration", duration}, std::cout, std::cerr);
}

}  // namespace

int main(int argc, char** argv) {
    // Decide before creating QApplication: headless runs need no display at all.
    std::vector<std::string> args(argv + 1, argv + argc);
    const auto headless = std::find(args.begin(), args.end(), "--headless");
    if (headless != args.end()) {
        args.erase(headless);
        std::string dialect = "aliyun-vvr";
        if (auto d = std::find(args.begin(), args.end(), "--dialect"); d != args.end() && d + 1 != args.end()) {
            dialect = *(d + 1);
            args.erase(d, d + 2);
        }
        std::string duration = "5";
        if (auto d = std::find(args.begin(), args.end(), "--duration"); d != args.end() && d + 1 != args.end()) {
            duration = *(d + 1);
            args.erase(d, d + 2);
        }
        if (args.size() != 1) {
            std::cerr << "usage: streamwright --headless [--dialect aliyun-vvr|apache-flink] [--duration S] JOB\n";
            return sw::cli::kExitUsage;
        }
        return runHeadless(args.front(), dialect, duration);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Streamwright"));
    QApplication::setOrganizationName(QStringLiteral("Streamwright"));
    QApplication::setApplicationVersion(QStringLiteral(SW_VERSION));
    // Before any widget or --help text exists: the system locale picks the language (LANG=C: English).
    sw::ui::installTranslations(app, QLocale::system());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Designer for Flink SQL streaming jobs"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("headless"),
                      QCoreApplication::translate("main", "Validate, print the job's SQL and run it locally for "
                                                          "--duration seconds (default 5), without a window.")});
    parser.addPositionalArgument(QStringLiteral("job"), QCoreApplication::translate("main", "Job file to open."));
    parser.process(app);

    sw::ui::MainWindow window;
    if (!parser.positionalArguments().isEmpty()) window.openFile(parser.positionalArguments().constFirst());
    window.show();
    // Asked once the window is on screen, so the question has its job's window behind it.
    QTimer::singleShot(0, &window, &sw::ui::MainWindow::offerRecovery);
    return app.exec();
}
