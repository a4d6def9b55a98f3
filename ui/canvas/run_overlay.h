#pragma once
// RunOverlay: a run's live state drawn on the canvas: each card's rate and errors, each edge's
// back-pressure (the fill of the queue behind it), and the node a failed run names.

#include <QString>

namespace sw::runtime {
struct MetricsSnapshot;
}

namespace sw::ui {

class JobScene;

class RunOverlay {
public:
    explicit RunOverlay(JobScene* scene) : m_scene(scene) {}

    void show(const runtime::MetricsSnapshot& snapshot);
    // `location` as the runtime names a failure ("node 'orders' / condition"); true when it named
    // a node of the job, which is then marked.
    bool markFailure(const QString& location, const QString& message);
    void clear();

    // "node 'orders' / condition" -> "orders"; "" when the location names no node.
    static QString nodeNameIn(const QString& location);

private:
    JobScene* m_scene;
};

}  // namespace sw::ui
