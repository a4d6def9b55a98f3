// streamwright: the designer. `--headless` does the same job work without a window.
#include <QApplication>
#include <QCommandLineParser>

#include <algorithm>
#include <iostream>

#include "cli/cli_commands.h"
#include "mainwindow/main_window.h"

namespace {

// Headless: validate the job, then print its SQL (export is refused while it has errors).
int runHeadless(const std::string& jobFile, const std::string& dialect) {
    std::cout << "== Validation ==\n" << std::flush;
    const int validity = sw::cli::runCli({"validate", jobFile, "--dialect", dialect}, std::cout, std::cout);
    if (validity != sw::cli::kExitOk) return validity;
    std::cout << "\n== Flink SQL (" << dialect << ") ==\n" << std::flush;
    return sw::cli::runCli({"sql", jobFile, "--dialect", dialect}, std::cout, std::cerr);
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
        if (args.size() != 1) {
            std::cerr << "usage: streamwright --headless [--dialect aliyun-vvr|apache-flink] JOB\n";
            return sw::cli::kExitUsage;
        }
        return runHeadless(args.front(), dialect);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Streamwright"));
    QApplication::setOrganizationName(QStringLiteral("Streamwright"));
    QApplication::setApplicationVersion(QStringLiteral(SW_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Designer for Flink SQL streaming jobs"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("headless"), QStringLiteral("Validate and print the job's SQL without a window.")});
    parser.addPositionalArgument(QStringLiteral("job"), QStringLiteral("Job file to open."));
    parser.process(app);

    sw::ui::MainWindow window;
    if (!parser.positionalArguments().isEmpty()) window.openFile(parser.positionalArguments().constFirst());
    window.show();
    return app.exec();
}
