#pragma once
// ConnectionRules: may an output port be wired to an input port, and if not, why not.

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

private:
    static bool reaches(const model::JobGraph& job, const std::string& from, const std::string& to);
};

}  // namespace sw::ui
