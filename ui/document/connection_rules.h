#pragma once
// ConnectionRules: the core connection rules (kinds/connection_rules.h) in words for the canvas.

#include <QString>

#include "model/job_graph.h"

namespace sw::ui {

struct ConnectionVerdict {
    bool allowed = false;
    QString reason;  // empty when allowed; one sentence a user can act on otherwise

    explicit operator bool() const { return allowed; }
};

class ConnectionRules {
public:
    // `edge` is the candidate connection; the job is the one it would be added to.
    static ConnectionVerdict check(const model::JobGraph& job, const model::Edge& edge);
};

}  // namespace sw::ui
