// The designer with a 200-node job: open (scene + validation + SQL preview), auto-layout, one
// property edit (undo command -> diagnostics, SQL preview and card refresh) and the bare SQL
// generation. A plain timed program: prints the median of several runs per step, in ms.
#include <QApplication>
#include <QElapsedTimer>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

#include "canvas/job_view.h"
#include "commands/change_node_command.h"
#include "document/job_document.h"
#include "mainwindow/main_window.h"
#include "model/flink_type.h"
#include "sql/generator.h"
#include "validate/validator.h"

namespace {

sw::model::Node makeNode(const std::string& id, const std::string& kind, double x, double y) {
    sw::model::Node node;
    node.id = id;
    node.kind = kind;
    node.name = id;
    node.position = {x, y};
    return node;
}

// `chains` independent pipelines datagen -> filter -> project -> filter -> print: 5 nodes each.
sw::model::JobGraph generatedJob(int chains) {
    sw::model::JobGraph job;
    job.name = "generated";
    for (int c = 0; c < chains; ++c) {
        const std::string n = std::to_string(c);
        auto source = makeNode("src_" + n, "datagen-source", 0, c * 120.0);
        source.options = {{"rows-per-second", "1000"}};
        source.schema.columns = {{"id", *sw::model::FlinkType::parse("BIGINT NOT NULL"), ""},
                                 {"amount", *sw::model::FlinkType::parse("INT"), ""},
                                 {"city", *sw::model::FlinkType::parse("STRING"), ""}};
        auto first = makeNode("big_" + n, "filter", 0, 0);  // all at the origin: layout has work to do
        first.options = {{"condition", "amount > 100"}};
        auto project = makeNode("tax_" + n, "project", 0, 0);
        project.outputs = {{"id", "id"}, {"city", "UPPER(city)"}, {"tax", "amount * 0.08"}};
        auto second = makeNode("some_" + n, "filter", 0, 0);
        second.options = {{"condition", "city LIKE 'A%' OR tax > 10"}};
        auto sink = makeNode("out_" + n, "print-sink", 0, 0);
        for (auto* node : {&source, &first, &project, &second, &sink}) job.nodes.push_back(*node);
        job.edges.push_back({source.id, "out", first.id, "in"});
        job.edges.push_back({first.id, "out", project.id, "in"});
        job.edges.push_back({project.id, "out", second.id, "in"});
        job.edges.push_back({second.id, "out", sink.id, "in"});
    }
    return job;
}

double medianMs(int runs, const std::function<void()>& step) {
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        step();
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::atoi(argv[1]) : 5;
    const sw::model::JobGraph job = generatedJob(40);
    std::printf("job: %zu nodes, %zu edges; median of %d runs\n", job.nodes.size(), job.edges.size(), runs);

    sw::ui::MainWindow window;
    window.resize(1600, 1000);
    window.show();
    app.processEvents();

    const double open = medianMs(runs, [&] {
        window.document()->reset(job);
        app.processEvents();
    });
    const double layout = medianMs(runs, [&] {
        window.view()->autoLayout();
        app.processEvents();
    });
    int flip = 0;
    const double edit = medianMs(runs, [&] {
        const sw::model::Node before = *window.document()->node(QStringLiteral("big_7"));
        sw::model::Node after = before;
        after.options["condition"] = "amount > " + std::to_string(100 + ++flip);
        window.document()->undoStack()->push(
            new sw::ui::ChangeNodeCommand(window.document(), before, after, QStringLiteral("bench/%1").arg(flip)));
        app.processEvents();
    });
    const double sql = medianMs(runs, [&] { sw::sql::generateSql(job, sw::kinds::Dialect::AliyunVvr); });
    const double validation = medianMs(runs, [&] { sw::validate::validateJob(job, sw::kinds::Dialect::AliyunVvr); });

    std::printf("open (scene + validation + SQL preview): %8.1f ms\n", open);
    std::printf("auto-layout (one undoable command):      %8.1f ms\n", layout);
    std::printf("one property edit, all views refreshed:  %8.1f ms\n", edit);
    std::printf("generateSql alone:                       %8.1f ms\n", sql);
    std::printf("validateJob alone:                       %8.1f ms\n", validation);
    return 0;
}
